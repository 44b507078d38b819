import { ChoiceVocabulary, exactChoice, matchChoices, matchOneChoice, normaliseWords } from './matchChoice';
import { handledElsewhere, QuestionSigns, UnsureReason, unsureReason, UnsureVocabulary } from './unsure';

/** What an answer to a choice question says: a choice, no answer yet (the bot helps and asks again), or nothing understood. */
export type ChoiceReading<T> =
  { kind: 'chosen'; value: T } | { kind: 'unsure'; reason: UnsureReason } | { kind: 'none' };

export interface ChoiceReadingOptions {
  /** The choice the question offers for not knowing (`sectorCode`'s `unknown`): «je ne sais pas» picks it. */
  unknownChoice?: string;
  /** The signs of a question back that count (the summary reads «pouvez-vous changer… ?» as a change). */
  signs?: QuestionSigns;
}

interface Readers<T> {
  exact: T | undefined;
  named: () => T | undefined;
  unknown: T | undefined;
}

/**
 * The contract's rule for choices: a choice named as the whole answer; else not knowing, asking someone
 * else or a question back, even when a choice is named too («oui mais je ne suis pas sûre», «aucune idée,
 * l'éditeur s'en occupe»), which only the question's own «unknown» choice records; else the choice named.
 */
function classify<T>(
  text: string,
  unsure: UnsureVocabulary,
  readers: Readers<T>,
  signs?: QuestionSigns,
): ChoiceReading<T> {
  const chosen = (value: T): ChoiceReading<T> => ({ kind: 'chosen', value });
  if (readers.exact !== undefined) return chosen(readers.exact);
  const reason = unsureReason(text, unsure, signs);
  if (reason !== undefined)
    return reason !== 'question' && readers.unknown !== undefined
      ? chosen(readers.unknown)
      : { kind: 'unsure', reason };
  const named = readers.named();
  if (named !== undefined) return chosen(named);
  if (!handledElsewhere(text, unsure)) return { kind: 'none' };
  return readers.unknown !== undefined ? chosen(readers.unknown) : { kind: 'unsure', reason: 'askElsewhere' };
}

/** One choice among `choices`. */
export function readChoice(
  text: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
  unsure: UnsureVocabulary,
  options: ChoiceReadingOptions = {},
): ChoiceReading<string> {
  const readers = {
    exact: exactChoice(text, choices, vocabulary),
    named: () => matchOneChoice(text, choices, vocabulary, unsure.negators),
    unknown: options.unknownChoice,
  };
  return classify(text, unsure, readers, options.signs);
}

/** Several choices at once («DMP et INSi», «tous»), in the order of `choices`. */
export function readChoices(
  text: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
  unsure: UnsureVocabulary,
  everything: readonly string[],
): ChoiceReading<string[]> {
  const words = normaliseWords(text);
  const exact = exactChoice(text, choices, vocabulary);
  const all = everything.some((phrase) => normaliseWords(phrase) === words);
  const named = () => {
    const found = matchChoices(text, choices, vocabulary, unsure.negators);
    const ordered = choices.filter((id) => found.includes(id));
    return ordered.length > 0 ? ordered : undefined;
  };
  return classify(text, unsure, {
    exact: all ? [...choices] : exact === undefined ? undefined : [exact],
    named,
    unknown: undefined,
  });
}
