/**
 * Names compared the way people type them: accents, case, hyphens and apostrophes do not matter
 * («Lefèvre» = «LEFEVRE», «Jean-Pierre» = «jean pierre», «D'Ornano» = «D ORNANO», «Œ» = «OE»).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export const nameWords = (name: string): string[] => normaliseName(name).split(' ').filter(Boolean);

/** One way to read the typed words: which are the last name, which the start of the first name. */
export interface NameSplit {
  lastName: string;
  firstNamePrefix?: string;
}

/**
 * Every reading of «prénom nom» or «nom prénom»: the last name is a run of words at the start or at the
 * end, the other words (if any) begin the first name. «jean pierre le gall» → LE GALL + JEAN PIERRE, …
 */
export function nameSplits(words: readonly string[]): NameSplit[] {
  const splits = new Map<string, NameSplit>();
  const add = (last: readonly string[], first: readonly string[]) => {
    const split: NameSplit =
      first.length > 0 ? { lastName: last.join(' '), firstNamePrefix: first.join(' ') } : { lastName: last.join(' ') };
    splits.set(`${split.lastName}|${split.firstNamePrefix ?? ''}`, split);
  };
  for (let cut = 1; cut <= words.length; cut += 1) {
    add(words.slice(0, cut), words.slice(cut));
    add(words.slice(words.length - cut), words.slice(0, words.length - cut));
  }
  return [...splits.values()];
}

/** Whether a published name matches one reading of the query (both sides normalised). */
export function matchesName(lastName: string, firstName: string, splits: readonly NameSplit[]): boolean {
  const last = normaliseName(lastName);
  const first = normaliseName(firstName);
  return splits.some(
    (split) =>
      split.lastName === last && (split.firstNamePrefix === undefined || first.startsWith(split.firstNamePrefix)),
  );
}
