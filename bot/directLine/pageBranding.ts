import type { EditorProfile } from '../editorProfile';

export const defaultBrand = { primaryColor: '#0b5cab', accentColor: '#eef4fb', logoUrl: '/static/logo.svg' } as const;

/** WCAG relative luminance, to put white or near-black text on the brand colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const textColourOn = (hex: string): string => (luminance(hex) > 0.35 ? '#1b1f24' : '#ffffff');

export interface PageBranding {
  primaryColor: string;
  accentColor: string;
  onPrimaryColor: string;
  logoUrl: string;
  /** Web Chat `styleOptions`. */
  styleOptions: Record<string, string | number | boolean>;
}

/** The editor's colours on the page and in Web Chat; a neutral blue when no profile is configured. */
export function pageBranding(profile: EditorProfile | undefined): PageBranding {
  const primaryColor = profile?.brand.primaryColor ?? defaultBrand.primaryColor;
  const accentColor = profile?.brand.accentColor ?? defaultBrand.accentColor;
  const onPrimaryColor = textColourOn(primaryColor);
  return {
    primaryColor,
    accentColor,
    onPrimaryColor,
    logoUrl: profile?.brand.logoUrl ?? defaultBrand.logoUrl,
    styleOptions: {
      accent: primaryColor,
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
      backgroundColor: '#ffffff',
      bubbleBackground: accentColor,
      bubbleTextColor: textColourOn(accentColor),
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 12,
      bubbleFromUserBackground: primaryColor,
      bubbleFromUserTextColor: onPrimaryColor,
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 12,
      bubbleMaxWidth: 560,
      suggestedActionLayout: 'flow',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBorderColor: primaryColor,
      suggestedActionTextColor: primaryColor,
      suggestedActionBorderRadius: 16,
      suggestedActionBorderWidth: 1,
      sendBoxButtonColor: primaryColor,
      sendBoxButtonColorOnHover: primaryColor,
      sendBoxBorderTop: `1px solid ${accentColor}`,
      hideUploadButton: true,
      rootHeight: '100%',
      rootWidth: '100%',
    },
  };
}
