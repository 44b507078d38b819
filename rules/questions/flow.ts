import { Answers, answerList, answerText, isYes } from '../answers';
import { SectorCategory, sectorCategory } from '../sectorCodes';
import type { EarlyEnd } from '../outcome';
import { choiceSets, StructureType } from './choices';
import { question, Question } from './question';
import { radiologistCabinetQuestions, structureQuestions } from './structureQuestions';
import { adminQuestions, representantQuestions } from './peopleQuestions';
import { usesInsi, wantsDmp } from './predicates';
import { isGroupCabinet, maxRadiologists, moreRadiologistsKey, radiologistParams } from './radiologists';

export type FlowEnd = EarlyEnd | { kind: 'form413' };
export type Flow = Generator<Question, FlowEnd, undefined>;

const yesNo = { type: 'choice', choices: choiceSets.yesNo } as const;

/**
 * What a liberal radiologist who controls the RIS works in (guide §2: «cabinet libéral et société d'exercice
 * libérale»): once `risController` said so and the sector code is unknown, the GIE and the establishment —
 * the guide's other two cases, each a choice of `risController` — are not offered again.
 */
export const liberalStructures = ['societe', 'cabinet'] as const satisfies readonly StructureType[];

/**
 * Every question of the guided path, in order, given the answers so far: a question is yielded even when
 * answered, so that callers see the whole path taken (summary, "retour"); the generator returns how the
 * path ends. Pure: the same answers always give the same path.
 */
export function* guidedPath(answers: Answers): Flow {
  const structure = yield* structureTypePath(answers);
  if (typeof structure !== 'string') return structure;
  const exemption = yield* exemptionPath(answers, structure);
  if (exemption) return exemption;
  yield question('services', 'services', { type: 'multiChoice', choices: choiceSets.services }, 'usage');
  if (wantsDmp(answers)) {
    yield question('pfiRelay', 'pfiRelay', yesNo, 'situation');
    if (isYes(answers, 'pfiRelay') && (answerList(answers, 'services') ?? []).length === 1) {
      return { kind: 'notRequired', reason: 'pfiRelay' };
    }
  }
  if (usesInsi(answers))
    yield question('insiMode', 'insiMode', { type: 'choice', choices: choiceSets.insiMode }, 'usage');
  yield question(
    'adminDelegation',
    'adminDelegation',
    { type: 'choice', choices: choiceSets.adminDelegation },
    'admins',
  );
  yield* structureQuestions(answers, structure);
  yield* representantQuestions(answers, structure);
  if (structure === 'cabinet') yield* otherRadiologists(answers);
  yield* adminQuestions(answers);
  return { kind: 'form413' };
}

/**
 * A cabinet de groupe: after each radiologist, «another radiologist?»; each one's cabinets and 3.2 identity
 * are asked under `radiologist[k].`, what they share (services, editor, solution, admins) is not.
 */
function* otherRadiologists(answers: Answers): Generator<Question, void, undefined> {
  if (!isGroupCabinet(answers)) return;
  for (let radiologist = 1; radiologist < maxRadiologists; radiologist += 1) {
    const key = moreRadiologistsKey(radiologist);
    const params = {
      ...radiologistParams(answers, radiologist),
      index: radiologist,
      ...(radiologist > 1 ? { context: 'next' } : {}),
    };
    yield question('moreRadiologists', 'moreRadiologists', yesNo, 'structure', params, key);
    if (!isYes(answers, key)) return;
    yield* radiologistCabinetQuestions(answers, radiologist + 1);
    yield* representantQuestions(answers, 'cabinet', radiologist + 1);
  }
}

/** What the annuaire's sector code settles (shared/domain/sector-codes.md): not given yet or unknown, the structure type is asked. */
function sectorDecision(answers: Answers): SectorCategory {
  const code = answerText(answers, 'sectorCode');
  return code === undefined || code === 'unknown' ? 'ask' : sectorCategory(code);
}

/**
 * The structure type the answers give, the one rule for the path and the plan: who controls the RIS
 * (guide §2: an establishment, a GIE), else what the sector code settles, else the type chosen where the
 * code does not settle it (a cabinet until one is chosen); `notCovered`: a sector outside the guide.
 */
export function structureTypeOf(answers: Answers): StructureType | 'notCovered' {
  const controller = answerText(answers, 'risController');
  if (controller === 'establishment' || controller === 'gie') return controller;
  const category = sectorDecision(answers);
  if (category !== 'ask') return category;
  const chosen = answerText(answers, 'structureType');
  return chosen === 'establishment' || chosen === 'gie' || chosen === 'societe' ? chosen : 'cabinet';
}

/** Who controls the RIS and, for a liberal radiologist, what the annuaire's sector code says. */
function* structureTypePath(answers: Answers): Generator<Question, StructureType | FlowEnd, undefined> {
  yield question('risController', 'risController', { type: 'choice', choices: choiceSets.risController }, 'situation');
  const controller = answerText(answers, 'risController');
  if (controller !== 'establishment' && controller !== 'gie') {
    yield question('sectorCode', 'sectorCode', { type: 'sectorCode' }, 'situation');
    if (sectorDecision(answers) === 'ask') {
      // «je ne sais pas» to the sector code: the structure types left are explained, and the annuaire may find the code.
      const unknown = answerText(answers, 'sectorCode') === 'unknown';
      const input = {
        type: 'choice',
        choices: choiceSets.structureType,
        ...(unknown ? { offered: liberalStructures } : {}),
      } as const;
      yield question('structureType', 'structureType', input, 'situation', unknown ? { context: 'unknownSector' } : {});
    }
  }
  const structure = structureTypeOf(answers);
  if (structure === 'notCovered') return { kind: 'notCovered', reason: 'sectorNotCovered' };
  if (structure !== 'establishment') return structure;
  yield question('hospitalRisCertified', 'hospitalRisCertified', yesNo, 'situation');
  return isYes(answers, 'hospitalRisCertified')
    ? { kind: 'notRequired', reason: 'hospitalRisCertified' }
    : { kind: 'establishment', reason: 'establishmentOrders' };
}

/** The guide's "certificate not required" questions that apply to this structure, and only those. */
function* exemptionPath(
  answers: Answers,
  structure: StructureType,
): Generator<Question, EarlyEnd | undefined, undefined> {
  if (structure === 'societe') {
    yield question('selCertifiedElsewhere', 'selCertifiedElsewhere', yesNo, 'situation');
    if (isYes(answers, 'selCertifiedElsewhere')) return { kind: 'notRequired', reason: 'selCertifiedElsewhere' };
  }
  if (structure === 'gie' || structure === 'societe') {
    yield question('sharedCertifiedRis', 'sharedCertifiedRis', yesNo, 'situation', { context: structure });
    if (isYes(answers, 'sharedCertifiedRis')) return { kind: 'notRequired', reason: 'sharedCertifiedRis' };
  }
  return undefined;
}
