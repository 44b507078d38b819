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

/** How well a phrase list names the input: whole input (best), longest phrase found as whole words, or 0. */
function score(input: string, phrases: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) {
    const words = normaliseWords(phrase);
    if (words === '') continue;
    if (words === input) return Number.POSITIVE_INFINITY;
    if (` ${input} `.includes(` ${words} `)) best = Math.max(best, words.length);
  }
  return best;
}

/** The choices a free-text answer names, best first ("c'est un GIE" → gie; "dmp et insi" → dmp, insi). */
export function matchChoices(input: string, choices: readonly string[], vocabulary: ChoiceVocabulary): string[] {
  return rank(input, choices, vocabulary).map((entry) => entry.id);
}

/** The one choice named, or undefined when none is, or two are named equally well (the caller asks again). */
export function matchOneChoice(input: string, choices: readonly string[], vocabulary: ChoiceVocabulary): string | undefined {
  const [first, second] = rank(input, choices, vocabulary);
  return first && (!second || first.score > second.score) ? first.id : undefined;
}

function rank(input: string, choices: readonly string[], vocabulary: ChoiceVocabulary): { id: string; score: number }[] {
  const words = normaliseWords(input);
  if (words === '') return [];
  return choices
    .map((id) => ({ id, score: score(words, [id, ...(vocabulary[id] ?? [])]) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}
