import { ValidationResult } from './validationResult';
import { stripSeparators } from './normalise';
import { rppsRangLength, validateRppsRang } from './rppsRang';
import { rppsLength } from './rpps';

/** Separators that always end an identifier: commas, semicolons, new lines and the word «et». */
const listSeparators = /[,;\n\r]+|\s+et\s+/i;

/**
 * Within one chunk, spaces either group digits («1000392613 5553») or separate identifiers
 * («10003926135546 10003926135553»): pieces are joined until they reach exactly 14 characters.
 */
function splitOnSpaces(chunk: string): string[] {
  const pieces = chunk.split(/\s+/).filter((piece) => piece !== '');
  const tokens: string[] = [];
  let current = '';
  for (const piece of pieces) {
    current += piece;
    const length = stripSeparators(current).length;
    if (length === rppsRangLength) {
      tokens.push(current);
      current = '';
    } else if (length > rppsRangLength) {
      return fallback(chunk, pieces);
    }
  }
  return current === '' ? tokens : fallback(chunk, pieces);
}

/** Several identifier-sized pieces (e.g. two bare RPPS) are answered one by one; anything else as one token. */
function fallback(chunk: string, pieces: string[]): string[] {
  const identifierSized = pieces.length > 1 && pieces.every((piece) => stripSeparators(piece).length >= rppsLength);
  return identifierSized ? pieces : [chunk];
}

/**
 * Several RPPS-rang typed in one message ("10003926135546, 1000392613 5553 et ..."): split on commas,
 * semicolons, new lines, " et ", and runs of spaces between 14-char groups; returns each token's result in order.
 * A message with no token (blank, or separators only) gives the single `empty` result, so the caller always has something to say.
 */
export function splitRppsRangList(input: string): ValidationResult[] {
  const tokens = input
    .split(listSeparators)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .flatMap(splitOnSpaces);
  return tokens.length === 0 ? [validateRppsRang('')] : tokens.map(validateRppsRang);
}
