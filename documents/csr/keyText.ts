/**
 * Where key material hides in pasted text, beyond PEM armour: base64 cut into groups of any width (lines,
 * groups of 4 or 32 characters), hex dumps, `data:` URLs, and the second half of a key (a long base64 or
 * hex run that starts in the middle of a structure).
 */

/** Base64 groups separated by white space, as pasted (one long line, lines, or groups of 4, 32… characters). */
const groupedBase64 = /[A-Za-z0-9+/]{4,}={0,2}(?:\s+[A-Za-z0-9+/]{2,}={0,2})*/g;
/** Long groups (lines of a PEM body, groups of 16+), or at least 42 groups of exactly four (172+ characters). */
const fragmentRuns = [
  /(?:[A-Za-z0-9+/]{16,}\s+)*[A-Za-z0-9+/]{16,}={0,2}/g,
  /(?:[A-Za-z0-9+/]{4}\s+){42,}[A-Za-z0-9+/]{0,4}={0,2}/g,
];
/** Hex bytes, with or without separators (`30 82 04 bd`, `30:82:04:bd`, `308204bd`), at least 32 of them. */
const hexRun = /[0-9A-Fa-f]{2}(?:[:\s]*[0-9A-Fa-f]{2}){31,}/g;
const dataUrl = /data:([^,\s"']{0,200}),([^\s"']*)/gi;
const webUrl = /\bhttps?:\/\/[^\s"'<>]+/gi;
/** A public PEM block (a private one is caught by its armour first), complete or cut: its body is judged as such. */
const armouredBlock = /-----BEGIN ([A-Z0-9 ]{1,40})-----[\s\S]*?(?:-----END \1-----|$)/g;

/** 128 bytes: far longer than any identifier the bot asks for, far shorter than a key. */
export const fragmentMinimumBytes = 128;

export const compact = (run: string): string => run.replace(/[\s:]+/g, '');

/** Enough of a run, separators included, to decode the first bytes of a structure (a key's header). */
const startWindow = 512;

/** The compact base64 starting at each group of a run that could open a DER SEQUENCE (`M…`) or an OpenSSH key. */
export function base64Starts(text: string): string[] {
  const starts: string[] = [];
  for (const match of text.matchAll(groupedBase64)) {
    for (const group of match[0].matchAll(/(?:^|\s)(M|b3Bl)/g)) {
      const start = (group.index ?? 0) + group[0].length - (group[1] ?? '').length;
      starts.push(compact(match[0].slice(start, start + startWindow)));
    }
  }
  return starts;
}

/** The compact hex starting at each group of a run that opens with `30` (DER SEQUENCE). */
export function hexStarts(text: string): string[] {
  const starts: string[] = [];
  for (const match of text.matchAll(hexRun)) {
    for (const group of match[0].matchAll(/(?:^|[:\s])30/g)) {
      const start = (group.index ?? 0) + group[0].length - 2;
      starts.push(compact(match[0].slice(start, start + startWindow)));
    }
  }
  return starts;
}

/** Random bytes in base64 or hex have every class of character; words, numbers and lists of phones do not. */
const looksRandom = (run: string, classes: RegExp[]) => classes.every((pattern) => pattern.test(run));

/** Long base64 runs (compact) that could be a piece of a key, outside links and public PEM blocks: judged by their first bytes. */
export function base64Fragments(text: string): string[] {
  const withoutUrls = text.replace(webUrl, ' ').replace(armouredBlock, ' ');
  return fragmentRuns
    .flatMap((pattern) => Array.from(withoutUrls.matchAll(pattern), (match) => compact(match[0])))
    .filter((run) => run.length >= (fragmentMinimumBytes * 4) / 3 && looksRandom(run, [/[A-Z]/, /[a-z]/, /\d/]));
}

/**
 * Long hex runs (compact) not introduced by a label: a labelled dump (`Modulus:`, `Signature Value:`) is
 * judged by its labels, a private one's (`privateExponent:`, `prime1:`) are caught as such.
 */
export function hexFragments(text: string): string[] {
  const withoutUrls = text.replace(webUrl, ' ');
  return Array.from(withoutUrls.matchAll(hexRun))
    .filter((match) => !/:\s*$/.test(withoutUrls.slice(Math.max(0, (match.index ?? 0) - 40), match.index)))
    .map((match) => compact(match[0]))
    .filter((run) => run.length >= fragmentMinimumBytes * 2 && looksRandom(run, [/[A-Fa-f]/, /\d/]));
}

/** Each `data:` URL's decoded bytes, and the text with the URLs taken out (an image's base64 is no key fragment). */
export function splitDataUrls(text: string): { payloads: Buffer[]; rest: string } {
  const payloads: Buffer[] = [];
  const rest = text.replace(dataUrl, (_whole, header: string, payload: string) => {
    const unescaped = payload.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    payloads.push(/;base64$/i.test(header) ? Buffer.from(unescaped, 'base64') : Buffer.from(unescaped, 'latin1'));
    return ' ';
  });
  return { payloads, rest };
}
