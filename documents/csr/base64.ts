/** A base64 run as pasted: one long first line, then the following lines (breaks possibly turned into spaces). */
const base64Run = /[A-Za-z0-9+/]{40,}={0,2}(?:\s+[A-Za-z0-9+/]{4,}={0,2})*/g;
const base64Body = /^[A-Za-z0-9+/]+={0,2}$/;

export const base64Runs = (text: string): string[] => Array.from(text.matchAll(base64Run), (match) => match[0]);

/** Whole base64 body (whitespace and stray armour dashes ignored), or undefined when it is not base64. */
export function decodeBase64(body: string): Buffer | undefined {
  const compact = body.replace(/[\s-]+/g, '');
  return base64Body.test(compact) && compact.length % 4 === 0 ? Buffer.from(compact, 'base64') : undefined;
}

/** The first bytes of a run, enough to recognise a DER structure's header even if the rest is cut. */
export function decodeBase64Prefix(run: string, characters: number): Buffer {
  const compact = run.replace(/\s+/g, '').slice(0, characters);
  return Buffer.from(compact.slice(0, compact.length - (compact.length % 4)), 'base64');
}
