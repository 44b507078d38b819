import { emptyForm413Fields, Form413Fields, form413RppsRangSlots, RepresentantQualite } from '../form413Fields';
import type { Situation, TechnicalAdmin } from '../situation';
import type { PlannedForm } from './schema';

type Representant = NonNullable<Situation['representant']>;
type CaseNumber = PlannedForm['caseNumber'];

/** The 3.2 box each case implies (guide §4 annex); a société d'exercice states it. */
export function qualiteFor(situation: Situation): RepresentantQualite {
  if (situation.structureType === 'gie') return 'responsableLegal';
  if (situation.structureType === 'cabinet') return 'titulaireCabinet';
  return situation.representant?.qualite ?? 'titulaireCabinet';
}

export function caseNumberOf(structureType: Situation['structureType']): CaseNumber | undefined {
  if (structureType === 'societe') return 1;
  if (structureType === 'gie') return 2;
  return structureType === 'cabinet' ? 3 : undefined;
}

/** Fields shared by every form of the request: the signatory, the admins, the solution and the ORG offer. */
function commonFields(situation: Situation, representant: Representant, admins: TechnicalAdmin[], editorNames: string[]): Form413Fields {
  const fields = emptyForm413Fields();
  fields['representant.qualite'] = qualiteFor(situation);
  fields['representant.nom'] = representant.nom;
  fields['representant.prenoms'] = representant.prenoms;
  fields['representant.telephone'] = representant.telephone;
  fields['representant.email'] = representant.email;
  fields['representant.carte'] = representant.carte;
  admins.forEach((admin, index) => {
    const row = index + 1;
    if (row !== 1 && row !== 2 && row !== 3) return;
    fields[`admin${row}.carte`] = admin.carte;
    fields[`admin${row}.nom`] = admin.nom;
    fields[`admin${row}.prenom`] = admin.prenom;
    fields[`admin${row}.telephone`] = admin.telephone;
    fields[`admin${row}.email`] = admin.email;
  });
  const solutions = situation.editors.filter((editor) => editorNames.includes(editor.name)).map((editor) => editor.solution);
  fields['usage.editeur'] = editorNames.join(' / ');
  fields['usage.solution'] = [...new Set(solutions)].join(' / ');
  // DMP and INSi both need the ORG offer (guide §4, «Offre»).
  fields['offre.org'] = true;
  return fields;
}

/**
 * The forms of the request (guide §4 annex). Cas 3: one radiologist's RPPS-rang, four per form, one set of
 * forms per editor when each editor's staff administer; the denomination only where a set covers one cabinet.
 */
export function planForms(situation: Situation, representant: Representant): Omit<PlannedForm, 'number'>[] {
  const caseNumber = caseNumberOf(situation.structureType);
  if (caseNumber === undefined) return [];
  const usage = { usageServices: situation.services, insiMode: situation.insiMode };
  const allEditors = situation.editors.map((editor) => editor.name);
  if (caseNumber !== 3) {
    const fields = commonFields(situation, representant, situation.adminGroups[0]?.admins ?? [], allEditors);
    fields['structure.denomination'] = situation.structure?.denomination ?? '';
    fields['structure.finess'] = caseNumber === 2 ? (situation.structure?.finess ?? '') : '';
    fields['structure.siret'] = caseNumber === 1 ? (situation.structure?.siret ?? '') : '';
    return [{ caseNumber, editorNames: allEditors, cabinets: [], ...usage, fields }];
  }
  return situation.adminGroups.flatMap((group) => {
    const editorNames = group.editorName === undefined ? allEditors : [group.editorName];
    const cabinets = situation.cabinets
      .map((cabinet, index) => ({ ...cabinet, index: index + 1 }))
      .filter((cabinet) => group.editorName === undefined || cabinet.editorName === group.editorName);
    const denomination = cabinets.length === 1 ? (cabinets[0]?.denomination ?? '') : '';
    return chunks(cabinets, form413RppsRangSlots).map((chunk) => {
      const fields = commonFields(situation, representant, group.admins, editorNames);
      fields['structure.denomination'] = denomination;
      chunk.forEach((cabinet, slot) => {
        if (slot === 0) fields['structure.rppsRang1'] = cabinet.rppsRang;
        if (slot === 1) fields['structure.rppsRang2'] = cabinet.rppsRang;
        if (slot === 2) fields['structure.rppsRang3'] = cabinet.rppsRang;
        if (slot === 3) fields['structure.rppsRang4'] = cabinet.rppsRang;
      });
      return { caseNumber, editorNames, cabinets: chunk.map((cabinet) => cabinet.index), ...usage, fields };
    });
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
