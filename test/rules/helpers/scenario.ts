import type { Answers, AnswerValue } from '../../../rules/answers';
import type { Question } from '../../../rules/questions/question';
import { AnswersFor } from './answerAll';
import { validFiness, validRppsRang, validSiret } from './identifiers';
import { adminOf, representant } from './people';

export const structureNames = { gie: 'GIE DU MORVAN', societe: 'SELARL IMAGERIE DU BEAUVAISIS' } as const;
export const cabinetName = (index: number): string => `Cabinet de radiologie ${index}`;
export const solutionOf = (editor: string): string => `${editor} RIS`;
export const singleEditor = 'Xplore';

const adminSlot = /^(?:editor\[(\d+)\]\.)?admin\[(\d+)\]\.(carte|nom|prenom|telephone|email)$/;
const cabinetField = /^cabinet\[(\d+)\]\.(rppsRang|denomination|editorName)$/;

/**
 * The value a scenario gives to every text and identifier question: valid normalised identifiers, the
 * guide's signatory, admins tagged with their editor and row. Choices and counts have no default: a
 * scenario states them, so a test fails when an unexpected choice is asked.
 */
export function defaultAnswer(question: Question): AnswerValue | undefined {
  const key = question.key;
  const admin = adminSlot.exec(key);
  if (admin) {
    const [, editor, row, field] = admin;
    const values = adminOf(Number(editor ?? 0), Number(row));
    return field === 'carte' || field === 'nom' || field === 'prenom' || field === 'telephone' || field === 'email'
      ? values[field]
      : undefined;
  }
  if (/moreAdmins\[\d+\]$/.test(key)) return 'no';
  const cabinet = cabinetField.exec(key);
  if (cabinet) {
    const index = Number(cabinet[1]);
    if (cabinet[2] === 'rppsRang') return validRppsRang(index);
    return cabinet[2] === 'denomination' ? cabinetName(index) : singleEditor;
  }
  const person = /^representant\.(nom|prenoms|telephone|email|carte)$/.exec(key)?.[1];
  if (person === 'nom' || person === 'prenoms' || person === 'telephone' || person === 'email' || person === 'carte') {
    return representant[person];
  }
  const editor = /^editor\[\d+\]\.solutionName$/.test(key) ? question.params['editor'] : undefined;
  if (typeof editor === 'string') return solutionOf(editor);
  const context = question.params['context'];
  const byKey: Record<string, AnswerValue | undefined> = {
    editorName: singleEditor,
    solutionName: solutionOf(singleEditor),
    denomination: context === 'gie' || context === 'societe' ? structureNames[context] : undefined,
    finess: validFiness(1),
    siret: validSiret(1),
  };
  return byKey[key];
}

/** A scenario: its table of answers by key first, then the defaults above. */
export function scenario(table: Answers): AnswersFor {
  return (question) => (question.key in table ? table[question.key] : defaultAnswer(question));
}

/** The choices that lead to a Form 413 for each case, before the scenario's own choices. */
export const caseChoices = {
  societe: { risController: 'liberal', sectorCode: 'SA09', selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', 'representant.qualite': 'titulaireCabinet' },
  gie: { risController: 'gie', sharedCertifiedRis: 'no' },
  cabinet: { risController: 'liberal', sectorCode: 'SA07' },
} satisfies Record<string, Answers>;

/** DMP without PFI, editor delegation: the most common request. */
export const commonChoices = { services: ['dmp'], pfiRelay: 'no', adminDelegation: 'editor' } satisfies Answers;
