import type { AnswerValue } from '../answers';
import { splitRppsRangList, validators, ValidationResult } from '../identifiers';
import { parseSectorCode, SectorCodeError } from '../sectorCodes';
import { choiceSets } from './choices';
import { ChoiceVocabulary, normaliseWords } from './matchChoice';
import { maxPersonName, parsePersonName, PersonNameVocabulary } from './personName';
import type { Question } from './question';
import { ChoiceReading, readChoice, readChoices } from './readChoice';
import { UnsureReason, unsureReason, UnsureVocabulary } from './unsure';

export type AnswerError =
  | { source: 'identifier'; result: Extract<ValidationResult, { ok: false }> }
  | { source: 'choice'; code: 'noMatch' }
  | { source: 'unsure'; reason: UnsureReason }
  | { source: 'personName'; code: 'titleOnly'; title: string }
  | { source: 'number'; code: 'notNumber' | 'outOfRange'; min: number; max: number }
  | { source: 'text'; code: 'empty' | 'tooLong' | 'invalidCharacters'; maxLength: number }
  | { source: 'sectorCode'; code: SectorCodeError }
  | { source: 'rppsRangList'; code: 'duplicate'; value: string }
  | { source: 'rppsRangList'; code: 'tooMany'; given: number; expected: number };

/**
 * A parsed answer may fill several keys: several RPPS-rang typed in one message. `removedTitles`: the
 * titles taken off a person's name («Dr»), for the bot to say so.
 */
export type ParsedAnswer =
  { ok: true; values: Record<string, AnswerValue>; removedTitles?: string[] } | { ok: false; error: AnswerError };

/** Words for numbers and "all of them", for not knowing, and titles, from the user's language. */
export interface AnswerVocabulary {
  choices: ChoiceVocabulary;
  numbers: Readonly<Record<string, number>>;
  all: readonly string[];
  unsure: UnsureVocabulary;
  names: PersonNameVocabulary;
}

/** Free-text answers: only a «?» or words of not knowing make them no answer («Comment» is a surname). */
const freeTextSigns = { starts: false, mark: true };
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/;

/**
 * A number written in words anywhere in the answer («trois», «dix-sept», «trois cabinets»); adjacent number
 * words add up («vingt-cinq» → 25), two separate numbers are no answer.
 */
function numberFromWords(text: string, numbers: Readonly<Record<string, number>>): number | undefined {
  const tokens = normaliseWords(text).split(' ');
  const words = Object.entries(numbers)
    .map(([name, value]) => ({ tokens: normaliseWords(name).split(' '), value }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const groups: number[] = [];
  let adjacent = false;
  for (let position = 0; position < tokens.length;) {
    const match = words.find((word) => word.tokens.every((token, offset) => tokens[position + offset] === token));
    if (!match) {
      adjacent = false;
      position += 1;
      continue;
    }
    if (adjacent) groups[groups.length - 1] = (groups[groups.length - 1] ?? 0) + match.value;
    else groups.push(match.value);
    adjacent = true;
    position += match.tokens.length;
  }
  return groups.length === 1 ? groups[0] : undefined;
}

const single = (key: string, value: AnswerValue): ParsedAnswer => ({ ok: true, values: { [key]: value } });
const failed = (error: AnswerError): ParsedAnswer => ({ ok: false, error });

function fromReading(key: string, reading: ChoiceReading<AnswerValue>): ParsedAnswer {
  if (reading.kind === 'chosen') return single(key, reading.value);
  return failed(
    reading.kind === 'unsure' ? { source: 'unsure', reason: reading.reason } : { source: 'choice', code: 'noMatch' },
  );
}

/** Where a list answer goes: the key of the n-th following slot, and the RPPS-rang already given elsewhere. */
export interface ListContext {
  keyOfNext(offset: number): string | undefined;
  taken: readonly string[];
}

/**
 * Checks and normalises what the user typed for a question (names upper case as on the card). An answer
 * saying the user does not know is no answer, except where the question offers a choice for it.
 */
export function parseAnswer(
  question: Question,
  raw: string,
  vocabulary: AnswerVocabulary,
  list?: ListContext,
): ParsedAnswer {
  const text = raw.trim();
  const input = question.input;
  if (input.type === 'choice')
    return fromReading(question.key, readChoice(text, input.choices, vocabulary.choices, vocabulary.unsure));
  if (input.type === 'multiChoice') {
    return fromReading(
      question.key,
      readChoices(text, input.choices, vocabulary.choices, vocabulary.unsure, vocabulary.all),
    );
  }
  if (input.type === 'sectorCode') {
    // «je ne sais pas» is the question's own choice `unknown`; a question back gets the help.
    const reading = readChoice(text, choiceSets.sectorCodeUnknown, vocabulary.choices, vocabulary.unsure, {
      unknownChoice: 'unknown',
    });
    if (reading.kind === 'chosen') return single(question.key, reading.value);
    const parsed = parseSectorCode(text);
    if (parsed.ok) return single(question.key, parsed.code);
    return failed(
      reading.kind === 'unsure'
        ? { source: 'unsure', reason: reading.reason }
        : { source: 'sectorCode', code: parsed.error },
    );
  }
  const reason = unsureReason(text, vocabulary.unsure, freeTextSigns);
  if (reason !== undefined) return failed({ source: 'unsure', reason });
  switch (input.type) {
    case 'number': {
      const word = numberFromWords(text, vocabulary.numbers);
      const digits = text.match(/^\D*?(\d{1,3})\D*$/)?.[1];
      const value = word ?? (digits === undefined ? undefined : Number(digits));
      if (value === undefined) return failed({ source: 'number', code: 'notNumber', min: input.min, max: input.max });
      if (value < input.min || value > input.max)
        return failed({ source: 'number', code: 'outOfRange', min: input.min, max: input.max });
      return single(question.key, value);
    }
    case 'personName': {
      const name = parsePersonName(text, vocabulary.names);
      if (name.ok)
        return {
          ...single(question.key, name.name),
          ...(name.removedTitles.length > 0 ? { removedTitles: name.removedTitles } : {}),
        };
      if (name.code === 'titleOnly') return failed({ source: 'personName', code: 'titleOnly', title: name.title });
      return failed({ source: 'text', code: name.code, maxLength: maxPersonName });
    }
    case 'text': {
      const value = text.replace(/\s+/g, ' ');
      if (value === '') return failed({ source: 'text', code: 'empty', maxLength: input.maxLength });
      if (value.length > input.maxLength)
        return failed({ source: 'text', code: 'tooLong', maxLength: input.maxLength });
      if (controlCharacters.test(value))
        return failed({ source: 'text', code: 'invalidCharacters', maxLength: input.maxLength });
      return single(question.key, value);
    }
    case 'identifier':
      if (input.identifier === 'rppsRang') return parseRppsRangs(question, text, list);
      return parseIdentifier(question.key, validators[input.identifier](text));
  }
}

function parseIdentifier(key: string, result: ValidationResult): ParsedAnswer {
  return result.ok ? single(key, result.value) : failed({ source: 'identifier', result });
}

/**
 * One RPPS-rang, or several in one message filling this slot and the following ones. The first invalid
 * one, a repeated one (one certificate per cabinet) or more than there are cabinets is refused as a whole.
 */
function parseRppsRangs(question: Question, text: string, list?: ListContext): ParsedAnswer {
  const results =
    question.input.type === 'identifier' && question.input.acceptsList
      ? splitRppsRangList(text)
      : [validators.rppsRang(text)];
  const values: Record<string, AnswerValue> = {};
  const seen = new Set(list?.taken ?? []);
  for (const [offset, result] of results.entries()) {
    if (!result.ok) return failed({ source: 'identifier', result });
    if (seen.has(result.value)) return failed({ source: 'rppsRangList', code: 'duplicate', value: result.value });
    seen.add(result.value);
    const key = offset === 0 ? question.key : list?.keyOfNext(offset);
    if (key === undefined) {
      return failed({ source: 'rppsRangList', code: 'tooMany', given: results.length, expected: offset });
    }
    values[key] = result.value;
  }
  return { ok: true, values };
}
