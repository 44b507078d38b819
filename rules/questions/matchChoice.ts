/** Lower case, no accents, punctuation as spaces: «C'est un GIE !» → "c est un gie". */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Each choice id with the words that name it: its label and synonyms (from the locale files). */
export type ChoiceVocabulary = Record<string, readonly string[]>;

/** How many words before a phrase a negator reaches: «pas le DMP», «ce n'est pas un cabinet». */
const negationReach = 2;

/** Where a phrase (as words) occurs as whole words in the input, not right after a negator. */
export function occursUnnegated(
  tokens: readonly string[],
  phrase: readonly string[],
  negators: readonly string[],
): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    if (!phrase.every((word, offset) => tokens[start + offset] === word)) continue;
    const before = tokens.slice(Math.max(0, start - negationReach), start);
    if (!before.some((word) => negators.includes(word))) return true;
  }
  return false;
}

/**
 * How well a phrase list names the input: whole input (best), longest phrase found as whole words and not
 * negated («pas tout à fait» is no «tout à fait»), or 0. A one-letter word («o», «n») only as the whole input:
 * «n» is also the elision in «je n'utilise pas».
 */
function score(input: string, phrases: readonly string[], negators: readonly string[]): number {
  const tokens = input.split(' ');
  let best = 0;
  for (const phrase of phrases) {
    const words = normaliseWords(phrase);
    if (words === '') continue;
    if (words === input) return Number.POSITIVE_INFINITY;
    if (/^[a-z]$/.test(words) || words.length <= best) continue;
    if (occursUnnegated(tokens, words.split(' '), negators)) best = words.length;
  }
  return best;
}

/** The choices a free-text answer names, best first ("c'est un GIE" → gie; "dmp et insi" → dmp, insi). */
export function matchChoices(
  input: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
  negators: readonly string[] = [],
): string[] {
  return rank(input, choices, vocabulary, negators).map((entry) => entry.id);
}

/** The one choice named, or undefined when none is, or two are named equally well (the caller asks again). */
export function matchOneChoice(
  input: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
  negators: readonly string[] = [],
): string | undefined {
  const [first, second] = rank(input, choices, vocabulary, negators);
  return first && (!second || first.score > second.score) ? first.id : undefined;
}

/** The choice whose id, label or synonym is the whole answer («je ne sais pas» for `unknown`), if one is. */
export function exactChoice(
  input: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
): string | undefined {
  const words = normaliseWords(input);
  return words === ''
    ? undefined
    : choices.find((id) => [id, ...(vocabulary[id] ?? [])].some((phrase) => normaliseWords(phrase) === words));
}

function rank(
  input: string,
  choices: readonly string[],
  vocabulary: ChoiceVocabulary,
  negators: readonly string[],
): { id: string; score: number }[] {
  const words = normaliseWords(input);
  if (words === '') return [];
  return choices
    .map((id) => ({ id, score: score(words, [id, ...(vocabulary[id] ?? [])], negators) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}
