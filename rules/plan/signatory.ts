import type { RepresentantQualite } from '../form413Fields';
import type { PlannedForm } from './schema';

export interface Signatory {
  /** As written in section 3.2: first name(s) then name; empty when 3.2 is not filled in. */
  name: string;
  qualite: RepresentantQualite;
}

/** The form is signed by the person of section 3.2 (guide §4: «signé par le représentant légal du cabinet / GIE»). */
export function signatoryOf(form: PlannedForm): Signatory {
  const { fields } = form;
  const name = `${fields['representant.prenoms']} ${fields['representant.nom']}`.replace(/\s+/g, ' ').trim();
  const implied: RepresentantQualite = form.caseNumber === 2 ? 'responsableLegal' : 'titulaireCabinet';
  return { name, qualite: fields['representant.qualite'] ?? implied };
}

/** Forms grouped by who signs them, in form order: one group when one person signs every form. */
export function formsBySignatory(forms: readonly PlannedForm[]): { signatory: Signatory; numbers: number[] }[] {
  const groups: { signatory: Signatory; numbers: number[] }[] = [];
  for (const form of forms) {
    const signatory = signatoryOf(form);
    const group = groups.find(
      (each) => each.signatory.name === signatory.name && each.signatory.qualite === signatory.qualite,
    );
    if (group) group.numbers.push(form.number);
    else groups.push({ signatory, numbers: [form.number] });
  }
  return groups;
}
