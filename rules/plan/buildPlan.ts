import { nationalStructureId } from '../identifiers';
import type { FlowEnd } from '../questions/flow';
import type { Situation } from '../situation';
import { planCertificates } from './certificates';
import { caseNumberOf, planForms } from './forms';
import { planPrerequisites } from './prerequisites';
import { Plan, planSchema, StructureRef } from './schema';
import { renewalDates, timeline, validityYears } from './timeline';

export class PlanError extends Error {
  constructor(readonly code: 'incompleteSituation') {
    super(code);
  }
}

/** The structures certificates are ordered under: one for Cas 1 and 2, one per RPPS-rang for Cas 3 (guide §2). */
function structuresOf(situation: Situation): StructureRef[] {
  if (situation.structureType === 'cabinet') {
    return situation.cabinets.map((cabinet) => ({
      identifierKind: 'rppsRang',
      identifier: cabinet.rppsRang,
      nationalStructureId: nationalStructureId('rppsRang', cabinet.rppsRang),
      denomination: cabinet.denomination ?? '',
    }));
  }
  const structure = situation.structure;
  const identifier = situation.structureType === 'gie' ? structure?.finess : structure?.siret;
  if (!structure || identifier === undefined) return [];
  const identifierKind = situation.structureType === 'gie' ? 'finess' : 'siret';
  return [{ identifierKind, identifier, nationalStructureId: nationalStructureId(identifierKind, identifier), denomination: structure.denomination }];
}

/**
 * The single source of truth for the conversation's ending and the documents, from the practice's situation
 * and how its path ended. `today` (YYYY-MM-DD) dates the renewal; the rules read no clock.
 */
export function buildPlan(situation: Situation, end: FlowEnd, today: string): Plan {
  const base = { structureType: situation.structureType, validityYears, timeline } as const;
  if (end.kind !== 'form413') {
    return planSchema.parse({
      ...base,
      outcome: { kind: end.kind, reason: end.reason, forms: 0 },
      structures: [],
      forms: [],
      prerequisites: [],
      certificates: [],
    });
  }
  const representant = situation.representant;
  const caseNumber = caseNumberOf(situation.structureType);
  if (!representant || caseNumber === undefined || situation.adminGroups.length === 0) {
    throw new PlanError('incompleteSituation');
  }
  const forms = planForms(situation, representant).map((form, index) => ({ ...form, number: index + 1 }));
  const structures = structuresOf(situation);
  const solution = situation.editors.map((editor) => editor.solution).join(' ');
  return planSchema.parse({
    ...base,
    outcome: { kind: 'form413', reason: 'form413Needed', forms: forms.length },
    caseNumber,
    orderedUnder: structures[0]?.identifierKind,
    structures,
    forms,
    prerequisites: planPrerequisites(situation),
    certificates: planCertificates(situation, structures, solution),
    renewal: renewalDates(today),
  });
}
