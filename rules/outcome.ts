import { z } from 'zod';

export const outcomeKinds = ['form413', 'establishment', 'notRequired', 'notCovered'] as const;
export const outcomeKindSchema = z.enum(outcomeKinds);
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;

/** Why the guided path ended, as a code the conversation and documents put into words. */
export const outcomeReasons = [
  'form413Needed',
  'establishmentOrders',
  'hospitalRisCertified',
  'sharedCertifiedRis',
  'selCertifiedElsewhere',
  'pfiRelay',
  'sectorNotCovered',
] as const;
export const outcomeReasonSchema = z.enum(outcomeReasons);
export type OutcomeReason = z.infer<typeof outcomeReasonSchema>;

export interface EarlyEnd {
  kind: Exclude<OutcomeKind, 'form413'>;
  reason: OutcomeReason;
}
