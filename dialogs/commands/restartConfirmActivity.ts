import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { choiceActivity } from '../choiceActivity';

/** «Voulez-vous vraiment tout recommencer ?», asked as the `restartConfirm` slot (yes / no). */
export function restartConfirmActivity(t: TFunction, channelId: string): Partial<Activity> {
  const choices = ['yes', 'no'].map((id) => ({ id, label: t(`choices.yesNo.${id}.label`) }));
  return choiceActivity(t('commands.messages.restartConfirm'), 'restartConfirm', choices, channelId);
}
