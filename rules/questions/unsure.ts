import { normaliseWords, occursUnnegated } from './matchChoice';

/**
 * Why an answer is no answer (contract: «je ne sais pas», «aucune idée», a question back are never
 * recorded as a choice): the user does not know, says someone else knows, or asks a question back.
 */
export type UnsureReason = 'dontKnow' | 'askElsewhere' | 'question';

/** The words that say it, from the locale files (`unsure.recognition`); matched without case or accents. */
export interface UnsureVocabulary {
  /** Anywhere in the answer: «aucune idée», «peut-être». */
  dontKnow: readonly string[];
  /** Not knowing when negated before or right after: «je ne sais pas», «je sais pas», «j'en sais rien». */
  knowing: readonly string[];
  /** Not knowing when negated before: «pas sûre», «pas du tout certain». */
  certain: readonly string[];
  /** Words after which a `certain` word is something else: «pas sur le DMP» (sur, not sûr). */
  notCertainBefore: readonly string[];
  /** The negators of `knowing` and `certain`: «pas», «ne», «rien», «aucune»… */
  knowingNegators: readonly string[];
  /** Someone else knows: «demandez à l'éditeur», «je vais vérifier». */
  askElsewhere: readonly string[];
  /** Someone else handles it («l'éditeur s'en occupe»): no answer only when it names no choice. */
  handledElsewhere: readonly string[];
  /** A question back when the answer starts with one: «c'est quoi», «pourquoi». */
  questionStarts: readonly string[];
  /** Words that negate the choice named right after them («pas le DMP»): see matchChoice. */
  negators: readonly string[];
}

/** Which signs of a question back count: a leading «c'est quoi», a «?» anywhere. */
export interface QuestionSigns {
  starts: boolean;
  mark: boolean;
}

const allSigns: QuestionSigns = { starts: true, mark: true };
const knowingReachBefore = 3;

const phraseCache = new WeakMap<readonly string[], string[][]>();
/** A phrase list as word lists, normalised once per list (the lists come from the locale cache). */
function phraseWords(phrases: readonly string[]): string[][] {
  let words = phraseCache.get(phrases);
  if (!words) {
    words = phrases
      .map(normaliseWords)
      .filter((phrase) => phrase !== '')
      .map((phrase) => phrase.split(' '));
    phraseCache.set(phrases, words);
  }
  return words;
}

const containsAny = (tokens: readonly string[], phrases: readonly string[]): boolean =>
  phraseWords(phrases).some((phrase) => occursUnnegated(tokens, phrase, []));

/** Whether one of the phrases occurs in the answer as whole words («pas encore, il faut que le docteur signe»). */
export function mentions(text: string, phrases: readonly string[]): boolean {
  const words = normaliseWords(text);
  return words !== '' && containsAny(words.split(' '), phrases);
}

/** A `knowing` word with a negator just before or after it, a `certain` word with one before it. */
function negatedKnowledge(tokens: readonly string[], vocabulary: UnsureVocabulary): boolean {
  const negators = phraseWords(vocabulary.knowingNegators).flat();
  const knowing = phraseWords(vocabulary.knowing).flat();
  const certain = phraseWords(vocabulary.certain).flat();
  const notCertainBefore = phraseWords(vocabulary.notCertainBefore).flat();
  return tokens.some((token, index) => {
    const before = tokens.slice(Math.max(0, index - knowingReachBefore), index);
    const negatedBefore = before.some((word) => negators.includes(word));
    if (knowing.includes(token)) return negatedBefore || negators.includes(tokens[index + 1] ?? '');
    const next = tokens[index + 1];
    return certain.includes(token) && negatedBefore && (next === undefined || !notCertainBefore.includes(next));
  });
}

/** Why the answer says the user cannot answer, if it does (whatever choice it also names). */
export function unsureReason(
  text: string,
  vocabulary: UnsureVocabulary,
  signs: QuestionSigns = allSigns,
): UnsureReason | undefined {
  const words = normaliseWords(text);
  const tokens = words === '' ? [] : words.split(' ');
  if (containsAny(tokens, vocabulary.dontKnow) || negatedKnowledge(tokens, vocabulary)) return 'dontKnow';
  if (containsAny(tokens, vocabulary.askElsewhere)) return 'askElsewhere';
  if (signs.mark && text.includes('?')) return 'question';
  const startsWith = (phrase: string[]) => phrase.every((word, index) => tokens[index] === word);
  if (signs.starts && phraseWords(vocabulary.questionStarts).some(startsWith)) return 'question';
  return undefined;
}

/** «l'éditeur s'en occupe»: someone else handles it (read as no answer only where it names no choice). */
export const handledElsewhere = (text: string, vocabulary: UnsureVocabulary): boolean =>
  mentions(text, vocabulary.handledElsewhere);
