import { Answers, answerList, answerText, isYes } from '../answers';
import type { Service } from './choices';
import { firstRadiologistHasSeveralEditors } from './editors';

/** Services still to certify: a PFI relay carries the DMP feed (guide §2, "not required" cases). */
export function servicesToCertify(answers: Answers): Service[] {
  const wanted = (answerList(answers, 'services') ?? []).filter((service): service is Service =>
    ['dmp', 'insi', 'mssante', 'psc'].includes(service),
  );
  return isYes(answers, 'pfiRelay') ? wanted.filter((service) => service !== 'dmp') : wanted;
}

/** The DMP feed was asked for (the PFI question only applies to it). */
export const wantsDmp = (answers: Answers): boolean => (answerList(answers, 'services') ?? []).includes('dmp');

/** INSi needs its own ORG AUTH_CLI named INSI-AUTO / INSI-MANU (guide §1, §6.6). */
export const usesInsi = (answers: Answers): boolean => servicesToCertify(answers).includes('insi');

/** The editor's staff act as technical administrators (guide §3, «Cas 1»). */
export const delegatesToEditor = (answers: Answers): boolean => answerText(answers, 'adminDelegation') === 'editor';

/**
 * Several cabinets named several editors (guide §4, Cas 3: one form per editor when its staff administer);
 * the first radiologist's cabinets decide it, the others' are asked their editors only then.
 */
export const hasSeveralEditors = (answers: Answers): boolean => firstRadiologistHasSeveralEditors(answers);

/** Each editor's own admins on its own form(s): editor delegation and several editors (guide §4, Cas 3). */
export const adminsPerEditor = (answers: Answers): boolean => delegatesToEditor(answers) && hasSeveralEditors(answers);
