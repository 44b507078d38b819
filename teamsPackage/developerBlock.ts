import { z } from 'zod';
import { blankAsUndefined } from '../bot/config/settingSchemas';

const httpsUrl = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .url()
    .refine((url) => url.startsWith('https://'), 'must be an https:// address')
    .optional(),
);

/** The settings an editor packages its own app with (Teams shows them on the app's details page). */
const developerEnvSchema = z.object({
  TEAMS_DEVELOPER_NAME: z.preprocess(
    blankAsUndefined,
    z.string().trim().max(32, 'at most 32 characters (Teams manifest)').optional(),
  ),
  TEAMS_DEVELOPER_WEBSITE_URL: httpsUrl,
  TEAMS_DEVELOPER_PRIVACY_URL: httpsUrl,
  TEAMS_DEVELOPER_TERMS_URL: httpsUrl,
});

/** The variables the developer block reads (`.env.example` documents each). */
export const developerVariables = developerEnvSchema.keyof().options;

const developerSchema = z
  .object({ name: z.string(), websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() })
  .passthrough();
export type Developer = z.infer<typeof developerSchema>;

/** The shipped placeholders: «Éditions Exemple», exemple.fr; also example.com and the reserved test domains. */
const placeholderName = /\b(?:exemple|example)\b/i;
const placeholderHost = /(?:^|\.)(?:(?:exemple|example)\.(?:fr|com|org|net)|example|test|invalid|localhost)$/i;
const isPlaceholderUrl = (url: string): boolean => !URL.canParse(url) || placeholderHost.test(new URL(url).hostname);

const fields = [
  ['name', 'TEAMS_DEVELOPER_NAME', 'your company name'],
  ['websiteUrl', 'TEAMS_DEVELOPER_WEBSITE_URL', 'your support page'],
  ['privacyUrl', 'TEAMS_DEVELOPER_PRIVACY_URL', 'your privacy policy'],
  ['termsOfUseUrl', 'TEAMS_DEVELOPER_TERMS_URL', 'your terms of use'],
] as const;

/**
 * The manifest's `developer` block from settings (an editor publishes its own app); whatever the settings
 * leave from the committed manifest must not be a placeholder, or packaging is refused with what to set.
 */
export function developerBlock(
  template: unknown,
  env: NodeJS.ProcessEnv,
): { developer?: Developer; problems: string[] } {
  const settings = developerEnvSchema.safeParse(env);
  const shipped = developerSchema.safeParse(template);
  const problems = [
    ...(settings.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ...(shipped.error?.issues ?? []).map(
      (issue) => `manifest.json ${['developer', ...issue.path].join('.')}: ${issue.message}`,
    ),
  ];
  if (!settings.success || !shipped.success) return { problems };
  const developer: Developer = {
    ...shipped.data,
    name: settings.data.TEAMS_DEVELOPER_NAME ?? shipped.data.name,
    websiteUrl: settings.data.TEAMS_DEVELOPER_WEBSITE_URL ?? shipped.data.websiteUrl,
    privacyUrl: settings.data.TEAMS_DEVELOPER_PRIVACY_URL ?? shipped.data.privacyUrl,
    termsOfUseUrl: settings.data.TEAMS_DEVELOPER_TERMS_URL ?? shipped.data.termsOfUseUrl,
  };
  for (const [field, variable, what] of fields) {
    const value = developer[field];
    const placeholder = field === 'name' ? placeholderName.test(value) : isPlaceholderUrl(value);
    if (placeholder)
      problems.push(`${variable}: developer.${field} is still the placeholder «${value}»: set ${variable} to ${what}`);
  }
  return problems.length > 0 ? { problems } : { developer, problems };
}
