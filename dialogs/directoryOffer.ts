import type { TFunction } from 'i18next';
import { lookupTargetOf } from '../rules/directory/lookupTarget';
import { choiceSets } from '../rules/questions/choices';
import type { Question } from '../rules/questions/question';
import type { Choice } from './choiceActivity';
import { choiceLabel } from './vocabulary';

/** What a question adds when the Annuaire Santé can answer it: a line saying so, a button. */
export interface LookupOffer {
  hint?: string;
  choices: Choice[];
}

/** The sector code invites a name or an RPPS (its «je ne sais pas» leads there); identifiers get a button. */
export function lookupOffer(t: TFunction, question: Question): LookupOffer | undefined {
  if (!lookupTargetOf(question)) return undefined;
  if (question.input.type === 'sectorCode') return { hint: t('directory.sectorCodeHint'), choices: [] };
  const ids = choiceSets.directoryLookup;
  return { choices: ids.map((id) => ({ id, label: choiceLabel(t, ids, id) })) };
}
