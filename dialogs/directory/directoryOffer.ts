import type { TFunction } from 'i18next';
import { lookupTargetOf } from '../../rules/directory/lookupTarget';
import { choiceSets } from '../../rules/questions/choices';
import type { Question } from '../../rules/questions/question';
import type { Choice } from '../choiceActivity';
import { choiceLabel } from '../vocabulary';

/** What a question adds when the Annuaire Santé can answer it: a line saying so, a button. */
export interface LookupOffer {
  hint?: string;
  choices: Choice[];
}

/** The sector code and the structure type invite a name or an RPPS; identifiers get a button. */
export function lookupOffer(t: TFunction, question: Question): LookupOffer | undefined {
  if (!lookupTargetOf(question)) return undefined;
  // The contract's choice lists stay as they are: the sector code and structure type invite a name in words.
  if (question.input.type === 'sectorCode') return { hint: t('directory.sectorCodeHint'), choices: [] };
  if (question.input.type === 'choice') return { hint: t('directory.structureTypeHint'), choices: [] };
  const ids = choiceSets.directoryLookup;
  return { choices: ids.map((id) => ({ id, label: choiceLabel(t, ids, id) })) };
}
