import type { TFunction } from 'i18next';
import type { AnswerError } from '../rules/questions/parseAnswer';
import type { Question } from '../rules/questions/question';
import { questionHelp, unsureText } from './questionHelp';
import { choiceLabel } from './vocabulary';

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
      const options = shown.map((id) => `« ${choiceLabel(t, ids, id)} »`).join(', ');
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
