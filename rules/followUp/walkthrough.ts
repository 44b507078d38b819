/** The platform steps for one certificate, in order (guide §6); the login only before the first one. */
export const walkthroughSteps = [
  'login',
  'demander',
  'structure',
  'newProduct',
  'serviceApplicatif',
  'contacts',
  'csr',
  'terminer',
  'retirer',
  'install',
] as const;
export type WalkthroughStep = (typeof walkthroughSteps)[number];

export interface WalkthroughPosition {
  certificate: number;
  step: number;
}

/** The step at a position among the plan's certificates, or undefined once every certificate is done. */
export function stepAt(certificates: readonly unknown[], position: WalkthroughPosition): WalkthroughStep | undefined {
  if (position.certificate >= certificates.length) return undefined;
  return walkthroughSteps[position.step];
}

/** The position after this one: the next step, or the next certificate from «DEMANDER» (already logged in). */
export function nextPosition(position: WalkthroughPosition): WalkthroughPosition {
  if (position.step + 1 < walkthroughSteps.length)
    return { certificate: position.certificate, step: position.step + 1 };
  return { certificate: position.certificate + 1, step: walkthroughSteps.indexOf('demander') };
}
