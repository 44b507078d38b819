import { Answers } from '../answers';
import { allCabinets, CabinetRef, editorsOfCabinets } from '../questions/editors';
import { adminsPerEditor } from '../questions/predicates';

/** Cabinets that share admins: one group per editor when each editor's staff administer, else one. */
export interface CabinetGroup {
  editors: string[];
  /** Every radiologist's cabinets in the group; each radiologist's forms take his own. */
  cabinets: CabinetRef[];
  /** `editor[j]` numbering of the slots, set only when each editor has its own admins. */
  editorPosition?: number;
}

export function cabinetGroups(answers: Answers): CabinetGroup[] {
  const editors = editorsOfCabinets(answers);
  if (adminsPerEditor(answers)) {
    return editors.map((editor, index) => ({
      editors: [editor.name],
      cabinets: editor.cabinets,
      editorPosition: index + 1,
    }));
  }
  return [{ editors: editors.map((editor) => editor.name), cabinets: allCabinets(answers) }];
}

/** Radiologist k's cabinets in each group, the groups where he has none left out. */
export function radiologistGroups(answers: Answers, radiologist: number): CabinetGroup[] {
  return cabinetGroups(answers)
    .map((group) => ({ ...group, cabinets: group.cabinets.filter((cabinet) => cabinet.radiologist === radiologist) }))
    .filter((group) => group.cabinets.length > 0);
}
