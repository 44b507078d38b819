import { emptyForm413Fields, Form413Fields, form413RppsRangSlots } from '../form413Fields';
import type { Representant, Situation, TechnicalAdmin } from '../situation';
import type { PlannedForm } from './schema';

type CaseNumber = PlannedForm['caseNumber'];

export function caseNumberOf(structureType: Situation['structureType']): CaseNumber | undefined {
  if (structureType === 'societe') return 1;
  if (structureType === 'gie') return 2;
  return structureType === 'cabinet' ? 3 : undefined;
}

/** Fields shared by every form of one signatory: the signatory and his box, the admins, the solution and the ORG offer. */
function commonFields(
  situation: Situation,
  representant: Representant,
  admins: TechnicalAdmin[],
  editorNames: string[],
): Form413Fields {
  const fields = emptyForm413Fields();
  fields['representant.qualite'] = representant.qualite;
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
  const solutions = situation.editors
    .filter((editor) => editorNames.includes(editor.name))
    .map((editor) => editor.solution);
  fields['usage.editeur'] = editorNames.join(' / ');
  fields['usage.solution'] = [...new Set(solutions)].join(' / ');
  // DMP and INSi both need the ORG offer (guide §4, «Offre»).
  fields['offre.org'] = true;
  return fields;
}

/**
 * The forms of the request (guide §4 annex). Cas 3: each radiologist's own forms, signed by him («un
 * certificat doit être commandé pour chaque radiologue»), with only his RPPS-rang, four per form, one set
 * per editor when each editor's staff administer; the denomination only where a set covers one cabinet.
 */
export function planForms(situation: Situation): Omit<PlannedForm, 'number'>[] {
  const caseNumber = caseNumberOf(situation.structureType);
  if (caseNumber === undefined) return [];
  const usage = { usageServices: situation.services, insiMode: situation.insiMode };
  const allEditors = situation.editors.map((editor) => editor.name);
  if (caseNumber !== 3) {
    const representant = situation.representants[0];
    if (!representant) return [];
    const fields = commonFields(situation, representant, situation.adminGroups[0]?.admins ?? [], allEditors);
    fields['structure.denomination'] = situation.structure?.denomination ?? '';
    fields['structure.finess'] = caseNumber === 2 ? (situation.structure?.finess ?? '') : '';
    fields['structure.siret'] = caseNumber === 1 ? (situation.structure?.siret ?? '') : '';
    return [{ caseNumber, editorNames: allEditors, cabinets: [], ...usage, fields }];
  }
  const numbered = situation.cabinets.map((cabinet, index) => ({ ...cabinet, index: index + 1 }));
  return situation.representants.flatMap((representant, offset) => {
    const radiologist = offset + 1;
    return situation.adminGroups.flatMap((group) => {
      const cabinets = numbered.filter(
        (cabinet) =>
          cabinet.radiologist === radiologist &&
          (group.editorName === undefined || cabinet.editorName === group.editorName),
      );
      // Shared admins: the form names the editors of this radiologist's cabinets only.
      const editorNames =
        group.editorName === undefined
          ? allEditors.filter((name) => cabinets.some((cabinet) => cabinet.editorName === name))
          : [group.editorName];
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
        return {
          caseNumber,
          radiologist,
          editorNames,
          cabinets: chunk.map((cabinet) => cabinet.index),
          ...usage,
          fields,
        };
      });
    });
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
