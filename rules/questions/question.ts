import type { IdentifierKind } from '../identifiers';

/** How an answer is typed and checked. */
export type AnswerInput =
  /** `offered`: the choices shown when some are already excluded; every one of `choices` is still understood. */
  | { type: 'choice'; choices: readonly string[]; offered?: readonly string[] }
  | { type: 'multiChoice'; choices: readonly string[] }
  | { type: 'number'; min: number; max: number }
  | { type: 'identifier'; identifier: IdentifierKind; acceptsList?: boolean }
  | { type: 'personName' }
  | { type: 'text'; maxLength: number }
  | { type: 'sectorCode' };

/** Where a question sits in the summary, grouped as on the form. */
export type SummaryGroup = 'situation' | 'structure' | 'usage' | 'representant' | 'admins';

export interface Question {
  /** Public slot id (channelData.slot), e.g. `cabinet[2].rppsRang`. */
  slot: string;
  /** Key in the answers; differs from the slot only for repeated yes/no questions such as `moreAdmins`. */
  key: string;
  /** i18n topic: `questions.<topic>.prompt`, `.help`… */
  topic: string;
  input: AnswerInput;
  group: SummaryGroup;
  /** Interpolation values for the prompt (index, editor name…). */
  params: Record<string, string | number>;
  /**
   * The answer the case implies (the 3.2 box the guide ticks): such a question is not asked, it counts as
   * answered with this value until the user asks to change it (`walk`'s `reopened`).
   */
  inferred?: string;
}

export function question(
  slot: string,
  topic: string,
  input: AnswerInput,
  group: SummaryGroup,
  params: Record<string, string | number> = {},
  key = slot,
): Question {
  return { slot, key, topic, input, group, params };
}
