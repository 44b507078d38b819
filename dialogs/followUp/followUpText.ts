import { Activity, InputHints, MessageFactory } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { stepAt } from '../../rules/followUp/walkthrough';
import type { FollowUpMessage, FollowUpState } from '../../rules/followUp/state';
import { ansLinks } from '../../rules/plan/prerequisites';
import type { CertificateRequest } from '../../rules/plan/schema';
import { choiceActivity } from '../choiceActivity';
import { formatDate } from '../formatDate';
import { unsureText } from '../questions/questionHelp';

/** What a follow-up question needs to be put into words. */
export interface FollowUpView {
  t: TFunction;
  language: Language;
  channelId: string;
  today: string;
  /** The plan's certificates, for the walk-through's steps. */
  certificates: () => readonly CertificateRequest[];
}

function ask(
  view: FollowUpView,
  slot: string,
  text: string,
  choiceIds: string[],
  labels: Record<string, string> = {},
): Partial<Activity> {
  const choices = choiceIds.map((id) => ({ id, label: labels[id] ?? view.t(`choices.yesNo.${id}.label`) }));
  return choiceActivity(text, slot, choices, view.channelId);
}

/** One platform step of the walk-through (slot `walkthrough.step`), for the certificate it is at. */
function stepPrompt(view: FollowUpView, state: FollowUpState): Partial<Activity> {
  const { t } = view;
  const certificates = view.certificates();
  const certificate = certificates[state.certificate];
  const step = stepAt(certificates, state) ?? 'install';
  const values = {
    index: state.certificate + 1,
    total: certificates.length,
    commonName: certificate?.commonName ?? '',
    structure: certificate?.structure.denomination || certificate?.structure.identifier || '',
    nationalId: certificate?.structure.nationalStructureId ?? '',
    usage: certificate?.usages.join(' + ') ?? '',
    url: ansLinks.platform,
  };
  const fixed = certificate?.commonNameFixed ? 'Fixed' : 'Free';
  const key = step === 'serviceApplicatif' ? `followUp.steps.serviceApplicatif${fixed}` : `followUp.steps.${step}`;
  return ask(view, 'walkthrough.step', `${t('followUp.stepHeader', values)}\n\n${t(key, values)}`, ['done'], {
    done: t('followUp.buttons.done'),
  });
}

/** The question of the follow-up's phase (slots `followUp.*`, `walkthrough.step`); where it waits, when it comes back. */
export function followUpPrompt(view: FollowUpView, state: FollowUpState): Partial<Activity> {
  const { t } = view;
  switch (state.phase) {
    case 'offer':
      return ask(view, 'followUp.offer', t('followUp.offer'), ['yes', 'no']);
    case 'askSentOn':
    case 'awaitingSend':
      return ask(view, 'followUp.sentOn', t('followUp.askSentOn'), ['today', 'notYet'], {
        today: t('followUp.buttons.today'),
        notYet: t('followUp.buttons.notYet'),
      });
    case 'askReference':
      return ask(view, 'followUp.reference', t('followUp.askReference'), ['none'], {
        none: t('followUp.buttons.noReference'),
      });
    case 'askConfirmed':
      return ask(
        view,
        'followUp.ansConfirmed',
        t('followUp.askConfirmed', { reference: state.reference ?? t('followUp.noReferenceLabel') }),
        ['yes', 'no'],
      );
    case 'walkthrough':
      return stepPrompt(view, state);
    default:
      return followUpMessage(view, { kind: 'notYetDue', dueOn: state.dueOn ?? view.today });
  }
}

function messageText(view: FollowUpView, message: FollowUpMessage): string {
  const { t, language } = view;
  switch (message.kind) {
    case 'unsure':
      return unsureText(t, message.reason, t(`unsure.followUp.${message.topic}`));
    case 'offerNotYet':
      return t('unsure.followUp.offerNotYet');
    case 'scheduled':
    case 'notYetDue':
      return t(`followUp.${message.kind}`, { date: formatDate(message.dueOn, language) });
    case 'notReceived': {
      const reference = message.reference ?? t('followUp.noReferenceLabel');
      return t('followUp.notReceived', {
        email: ansLinks.ansSupportEmail,
        reference,
        date: formatDate(message.dueOn, language),
      });
    }
    case 'finished':
      return t('followUp.finished', {
        count: message.certificates,
        expiresOn: formatDate(message.expiresOn, language),
        remindOn: formatDate(message.remindOn, language),
      });
    default:
      return t(`followUp.${message.kind}`);
  }
}

/** Help and refusals precede the same question again (`ignoringInput`); the others leave the user free to write. */
const beforeQuestion: ReadonlySet<FollowUpMessage['kind']> = new Set([
  'unsure',
  'offerNotYet',
  'badDate',
  'badReference',
]);

export function followUpMessage(view: FollowUpView, message: FollowUpMessage): Partial<Activity> {
  const hint = beforeQuestion.has(message.kind) ? InputHints.IgnoringInput : InputHints.AcceptingInput;
  return MessageFactory.text(messageText(view, message), undefined, hint);
}

/** The outcome activity carrying the follow-up offer: one last activity with the outcome, the slot and the choices. */
export function withOffer(outcome: Partial<Activity>, offer: Partial<Activity>): Partial<Activity> {
  const outcomeData: unknown = outcome.channelData;
  const offerData: unknown = offer.channelData;
  return {
    ...outcome,
    text: [outcome.text, offer.text].filter(Boolean).join('\n\n'),
    inputHint: offer.inputHint,
    suggestedActions: offer.suggestedActions,
    channelData: {
      ...(typeof outcomeData === 'object' ? outcomeData : {}),
      ...(typeof offerData === 'object' ? offerData : {}),
    },
  };
}
