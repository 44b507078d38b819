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

/** The structures certificates are ordered under: one for Cas 1 and 2, one per RPPS-rang of every radiologist for Cas 3 (guide §2). */
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
  return [
    {
      identifierKind,
      identifier,
      nationalStructureId: nationalStructureId(identifierKind, identifier),
      denomination: structure.denomination,
    },
  ];
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
  const caseNumber = caseNumberOf(situation.structureType);
  if (situation.representants.length === 0 || caseNumber === undefined || situation.adminGroups.length === 0) {
    throw new PlanError('incompleteSituation');
  }
  const forms = planForms(situation).map((form, index) => ({ ...form, number: index + 1 }));
  const structures = structuresOf(situation);
  // A cabinet's certificate is named after its own editor's solution (Cas 3 with several editors).
  const solutionOf = (structure: StructureRef): string => {
    const cabinet = situation.cabinets.find((each) => each.rppsRang === structure.identifier);
    const editor = situation.editors.find((each) => each.name === cabinet?.editorName) ?? situation.editors[0];
    return editor?.solution ?? '';
  };
  return planSchema.parse({
    ...base,
    outcome: { kind: 'form413', reason: 'form413Needed', forms: forms.length },
    caseNumber,
    orderedUnder: structures[0]?.identifierKind,
    structures,
    forms,
    prerequisites: planPrerequisites(situation),
    certificates: planCertificates(situation, structures, solutionOf),
    renewal: renewalDates(today),
  });
}
