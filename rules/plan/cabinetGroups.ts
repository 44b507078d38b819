import { Answers } from '../answers';
import { cabinetCount, editorsOfCabinets } from '../questions/editors';
import { adminsPerEditor } from '../questions/predicates';

/** Cabinets that share forms and admins: one group per editor when each editor's staff administer. */
export interface CabinetGroup {
  editors: string[];
  cabinets: number[];
  /** `editor[j]` numbering of the slots, set only when each editor has its own admins. */
  editorPosition?: number;
}

export function cabinetGroups(answers: Answers): CabinetGroup[] {
  const editors = editorsOfCabinets(answers);
  if (adminsPerEditor(answers)) {
    return editors.map((editor, index) => ({ editors: [editor.name], cabinets: editor.cabinets, editorPosition: index + 1 }));
  }
  const cabinets = Array.from({ length: cabinetCount(answers) }, (_, index) => index + 1);
  return [{ editors: editors.map((editor) => editor.name), cabinets }];
}
