import type { Answers, AnswerValue } from '../../../rules/answers';
import type { Question } from '../../../rules/questions/question';
import { AnswersFor } from './answerAll';
import { rppsRangOf, validFiness, validSiret } from './identifiers';
import { adminOf, representantOf } from './people';

export const structureNames = { gie: 'GIE DU MORVAN', societe: 'SELARL IMAGERIE DU BEAUVAISIS' } as const;
/** Cabinet `index`'s name; another radiologist's cabinets say whose they are. */
export const cabinetName = (index: number, radiologist = 1): string =>
  radiologist === 1 ? `Cabinet de radiologie ${index}` : `Cabinet de radiologie ${index} du radiologue ${radiologist}`;
export const solutionOf = (editor: string): string => `${editor} RIS`;
export const singleEditor = 'Xplore';

const adminSlot = /^(?:editor\[(\d+)\]\.)?admin\[(\d+)\]\.(carte|nom|prenom|telephone|email)$/;
const cabinetField = /^(?:radiologist\[(\d+)\]\.)?cabinet\[(\d+)\]\.(rppsRang|denomination|editorName)$/;
const personField = /^(?:radiologist\[(\d+)\]\.)?representant\.(nom|prenoms|telephone|email|carte)$/;

/**
 * The value a scenario gives to every text and identifier question: valid normalised identifiers, the
 * guide's signatory (each other radiologist his own RPPS and identity), admins tagged with their editor
 * and row, «non» to another admin or radiologist. Other choices and counts have no default: a scenario
 * states them, so a test fails when an unexpected choice is asked.
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
  if (/moreAdmins\[\d+\]$/.test(key) || /^moreRadiologists\[\d+\]$/.test(key)) return 'no';
  const cabinet = cabinetField.exec(key);
  if (cabinet) {
    const [radiologist, index] = [Number(cabinet[1] ?? 1), Number(cabinet[2])];
    if (cabinet[3] === 'rppsRang') return rppsRangOf(radiologist, index);
    return cabinet[3] === 'denomination' ? cabinetName(index, radiologist) : singleEditor;
  }
  const person = personField.exec(key);
  const field = person?.[2];
  if (field === 'nom' || field === 'prenoms' || field === 'telephone' || field === 'email' || field === 'carte') {
    return representantOf(Number(person?.[1] ?? 1))[field];
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
  societe: { risController: 'liberal', sectorCode: 'SA09', selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no' },
  gie: { risController: 'gie', sharedCertifiedRis: 'no' },
  cabinet: { risController: 'liberal', sectorCode: 'SA07' },
} satisfies Record<string, Answers>;

/** DMP without PFI, editor delegation: the most common request. */
export const commonChoices = { services: ['dmp'], pfiRelay: 'no', adminDelegation: 'editor' } satisfies Answers;
