import type { TFunction } from 'i18next';
import type { AnswerConflict, PersonRole } from '../../rules/questions/answerChecks';
import type { AnswerError } from '../../rules/questions/parseAnswer';
import type { Question } from '../../rules/questions/question';
import { questionHelp, unsureText } from './questionHelp';
import { choiceLabel } from '../vocabulary';

/** What is wrong with the answer and how to find the right value, in the user's language. */
export function answerErrorText(t: TFunction, error: AnswerError, question: Question): string {
  switch (error.source) {
    case 'identifier': {
      const { kind, code, details } = error.result;
      return [t(`identifiers.${kind}.errors.${code}`, { ...details }), t(`identifiers.${kind}.where`)].join(' ');
    }
    case 'unsure':
      return unsureText(t, error.reason, questionHelp(t, question));
    case 'personName':
      return t('personNames.titleOnly', { title: error.title });
    case 'choice': {
      const input = question.input;
      const ids = input.type === 'choice' || input.type === 'multiChoice' ? input.choices : [];
      const shown = input.type === 'choice' ? (input.offered ?? ids) : ids;
      const options = shown.map((id) => t('common.quoted', { text: choiceLabel(t, ids, id) })).join(', ');
      return t('errors.choice.noMatch', { options });
    }
    case 'number':
      return t(`errors.number.${error.code}`, { min: error.min, max: error.max });
    case 'text':
      return t(`errors.text.${error.code}`, { maxLength: error.maxLength });
    case 'sectorCode':
      return t(`errors.sectorCode.${error.code}`);
    case 'rppsRangList':
      return error.code === 'duplicate'
        ? t('errors.rppsRangList.duplicate', { value: error.value })
        : t('errors.rppsRangList.tooMany', { given: error.given, expected: error.expected });
  }
}

/** «le signataire», «le radiologue 2», «l'administrateur technique 1 (éditeur 2)». */
function holderText(t: TFunction, holder: PersonRole, name: string): string {
  if (holder.role === 'representant') {
    return holder.radiologist === undefined
      ? t('errors.card.holder.representant', { name })
      : t('errors.card.holder.radiologist', { number: holder.radiologist, name });
  }
  return t('errors.card.holder.admin', { number: holder.index, name });
}

/** Why an answer contradicts another one, and what to do. */
export function conflictText(t: TFunction, conflict: AnswerConflict): string {
  switch (conflict.source) {
    case 'rppsRang':
      if (conflict.code === 'otherRpps') {
        return t('errors.rppsRang.otherRpps', {
          value: conflict.value,
          rpps: conflict.rpps,
          context: conflict.group ? 'group' : undefined,
        });
      }
      return t('errors.rppsRang.otherRadiologist', {
        value: conflict.value,
        number: conflict.radiologist,
        name: conflict.name,
        context: conflict.name === undefined ? undefined : 'named',
      });
    case 'card':
      return t(`errors.card.${conflict.code}`, {
        card: conflict.card,
        holder: holderText(t, conflict.holder, conflict.name),
      });
  }
}
