import { normaliseWords } from './matchChoice';

export const maxPersonName = 60;
const personNamePattern = /^[\p{L}][\p{L}' -]*$/u;

/** Titles and the articles that may precede them («le Dr»), from the locale files (`personNames`). */
export interface PersonNameVocabulary {
  titles: readonly string[];
  articles: readonly string[];
}

export type PersonNameResult =
  | { ok: true; name: string; removedTitles: string[] }
  | { ok: false; code: 'empty' | 'tooLong' | 'invalidCharacters' }
  | { ok: false; code: 'titleOnly'; title: string };

/** «Dr Bertrand», «le docteur Bertrand», «M. Dupont»: the leading titles, as typed, and what follows them. */
function splitTitles(name: string, vocabulary: PersonNameVocabulary): { titles: string[]; rest: string } {
  const titles = vocabulary.titles.map(normaliseWords);
  const articles = vocabulary.articles.map(normaliseWords);
  const isTitle = (token: string | undefined) =>
    token !== undefined && /^\p{L}+\.?$/u.test(token) && titles.includes(normaliseWords(token));
  // «M.Dupont»: a title glued to the name by its dot.
  const tokens = name.replace(/^(\p{L}+)\.(?=\p{L})/u, '$1. ').split(' ');
  const removed: string[] = [];
  let index = 0;
  for (;;) {
    const token = tokens[index];
    if (isTitle(token)) {
      removed.push(token ?? '');
      index += 1;
    } else if (token !== undefined && articles.includes(normaliseWords(token)) && isTitle(tokens[index + 1])) {
      removed.push(tokens[index + 1] ?? '');
      index += 2;
    } else {
      return { titles: removed, rest: tokens.slice(index).join(' ') };
    }
  }
}

/**
 * A person's name as on the card (guide §5: upper case), without titles: the form's «Nom» and «Prénom(s)»
 * hold the name only, so «Dr», «Mme», «Monsieur» are removed (the caller says so) and a title alone is no name.
 */
export function parsePersonName(raw: string, vocabulary: PersonNameVocabulary): PersonNameResult {
  const typed = raw.trim().replace(/\s+/g, ' ');
  if (typed === '') return { ok: false, code: 'empty' };
  const { titles, rest } = splitTitles(typed, vocabulary);
  const [title] = titles;
  if (rest === '' && title !== undefined) return { ok: false, code: 'titleOnly', title };
  if (rest.length > maxPersonName) return { ok: false, code: 'tooLong' };
  if (!personNamePattern.test(rest)) return { ok: false, code: 'invalidCharacters' };
  return { ok: true, name: rest.toLocaleUpperCase('fr'), removedTitles: titles };
}
