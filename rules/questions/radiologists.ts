import { Answers, answerText, isYes } from '../answers';
import { sectorCategory } from '../sectorCodes';

/** Radiologists one conversation declares at most (a larger group runs it again). */
export const maxRadiologists = 20;

/**
 * A cabinet de groupe (SA08), or a cabinet whose sector code does not say «cabinet individuel» (SA07):
 * several radiologists, each with his own certificate and forms (seed: «Un certificat doit être commandé
 * pour chaque radiologue afin d'identifier la responsabilité de chacun»).
 */
export function isGroupCabinet(answers: Answers): boolean {
  if (answerText(answers, 'risController') !== 'liberal') return false;
  const code = answerText(answers, 'sectorCode');
  if (code === undefined) return false;
  const category = code === 'unknown' ? 'ask' : sectorCategory(code);
  if (category === 'cabinet') return code !== 'SA07';
  return category === 'ask' && answerText(answers, 'structureType') === 'cabinet';
}

/** The second and later radiologists' slots are the first one's, prefixed `radiologist[k].` (contract). */
export const radiologistPrefix = (radiologist: number): string =>
  radiologist === 1 ? '' : `radiologist[${radiologist}].`;

/** The answer key of «another radiologist?» asked after radiologist `after` (slot `moreRadiologists`). */
export const moreRadiologistsKey = (after: number): string => `moreRadiologists[${after}]`;

/** Which radiologist an answer key belongs to: `radiologist[3].cabinet[1].rppsRang` → 3, unprefixed → 1. */
export function radiologistOfKey(key: string): number {
  const match = /^radiologist\[(\d+)\]\./.exec(key);
  return match ? Number(match[1]) : 1;
}

/** The radiologists of the request: one, or as many as a group declared with «oui» to «another radiologist?». */
export function radiologistCount(answers: Answers): number {
  if (!isGroupCabinet(answers)) return 1;
  let count = 1;
  while (count < maxRadiologists && isYes(answers, moreRadiologistsKey(count))) count += 1;
  return count;
}

/** Radiologist k's name as typed for section 3.2, once given. */
export const radiologistName = (answers: Answers, radiologist: number): string | undefined =>
  answerText(answers, `${radiologistPrefix(radiologist)}representant.nom`);

/**
 * What a radiologist's questions carry when several radiologists are declared (or for the second and
 * later ones): his number and, once given, his name, so that prompts, the summary and corrections tell
 * the radiologists apart. Nothing for a radiologist alone: his questions stay as they were.
 */
export function radiologistParams(answers: Answers, radiologist: number): Record<string, string | number> {
  if (radiologist === 1 && radiologistCount(answers) === 1) return {};
  const name = radiologistName(answers, radiologist);
  return name === undefined ? { radiologist } : { radiologist, radiologistName: name };
}
