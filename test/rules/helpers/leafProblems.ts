import { insiCommonNames } from '../../../rules/plan/certificates';
import { Plan, planSchema } from '../../../rules/plan/schema';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import type { Leaf } from './enumeratePaths';

const today = '2026-03-02';
const insiNames: readonly string[] = Object.values(insiCommonNames);

/** What is wrong with the plan a finished path gives, each problem as a readable line (none: the leaf is right). */
export function leafProblems(leaf: Leaf): string[] {
  const where = JSON.stringify(leaf.answers);
  const plan = planFromAnswers(leaf.answers, today);
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${what} — ${where}`);
  };
  check(planSchema.safeParse(plan).success, 'plan fails its schema');
  const keys = leaf.path.map((question) => question.key);
  check(new Set(keys).size === keys.length, 'a question asked twice');
  // Each «not required» question only where the guide's case applies (§2), and always there.
  const type = plan.structureType;
  const wanted = leaf.answers['services'];
  const asked = (key: string, applies: boolean) =>
    check(keys.includes(key) === applies, `${key} asked: ${keys.includes(key)}`);
  asked('hospitalRisCertified', type === 'establishment');
  asked('selCertifiedElsewhere', type === 'societe');
  if (!keys.includes('selCertifiedElsewhere') || leaf.answers['selCertifiedElsewhere'] === 'no') {
    asked('sharedCertifiedRis', type === 'gie' || type === 'societe');
  }
  if (keys.includes('services')) {
    asked('pfiRelay', Array.isArray(wanted) && wanted.includes('dmp'));
    asked('insiMode', Array.isArray(wanted) && wanted.includes('insi'));
  }
  check(plan.outcome.kind === leaf.end.kind, `outcome ${plan.outcome.kind} ≠ end ${leaf.end.kind}`);
  if (leaf.end.kind !== 'form413') {
    check(plan.outcome.reason === leaf.end.reason, 'outcome reason differs from the end');
    check(plan.forms.length === 0 && plan.certificates.length === 0, 'documents without a form413 end');
    return problems;
  }
  check(plan.forms.length >= 1, 'no form');
  check(plan.certificates.length >= 1, 'no certificate');
  check(plan.outcome.forms === plan.forms.length, 'outcome.forms ≠ number of forms');
  for (const form of plan.forms) {
    const fields = form.fields;
    check(
      fields['offre.org'] && !fields['offre.serveurSsl'] && !fields['offre.serveurSmime'] && !fields['offre.pro'],
      'offer other than ORG',
    );
    check(fields['admin1.carte'] !== '' && fields['representant.carte'] !== '', 'form without admin or signatory');
  }
  for (const certificate of plan.certificates) {
    const isInsi = certificate.services.includes('insi');
    check(
      !isInsi || (certificate.services.length === 1 && insiNames.includes(certificate.commonName)),
      `INSi certificate ${certificate.commonName}`,
    );
    check(isInsi || !certificate.commonName.toUpperCase().includes('INSI-'), 'INSi name on a shared certificate');
  }
  // The DMP needs «2 certificats»: ORG AUTH_CLI and ORG SIGN, for every structure (seed, guide §1).
  const dmpUsages = (structure: string) =>
    plan.certificates
      .filter(
        (certificate) =>
          certificate.structure.nationalStructureId === structure && certificate.services.includes('dmp'),
      )
      .flatMap((certificate) => certificate.usages);
  const wantsDmp = plan.certificates.some((certificate) => certificate.services.includes('dmp'));
  for (const structure of plan.structures)
    check(
      !wantsDmp || dmpUsages(structure.nationalStructureId).sort().join() === 'AUTH_CLI,SIGN',
      'DMP without both AUTH_CLI and SIGN',
    );
  // The 3.2 box: the one the user chose, else the one the guide ticks for the case (Cas 2 «Responsable légal», else «Titulaire du cabinet»).
  const implied = plan.caseNumber === 2 ? 'responsableLegal' : 'titulaireCabinet';
  for (const form of plan.forms) {
    const prefix = (form.radiologist ?? 1) === 1 ? '' : `radiologist[${form.radiologist}].`;
    const chosen = leaf.answers[`${prefix}representant.qualite`];
    check(
      form.fields['representant.qualite'] === (chosen ?? implied),
      `form ${form.number}: box ${form.fields['representant.qualite']}`,
    );
  }
  if (plan.caseNumber === 3) problems.push(...radiologistProblems(leaf, plan, where));
  else check(plan.structures.length === 1, 'not one structure');
  return problems;
}

const rangsOn = (form: Plan['forms'][number]): string[] =>
  [
    form.fields['structure.rppsRang1'],
    form.fields['structure.rppsRang2'],
    form.fields['structure.rppsRang3'],
    form.fields['structure.rppsRang4'],
  ].filter((value) => value !== '');

/**
 * Cas 3 (seed: «Un certificat doit être commandé pour chaque radiologue»): every radiologist's RPPS-rang on
 * his own forms only, each form's RPPS-rang sharing its signatory's RPPS, one structure per cabinet.
 */
function radiologistProblems(leaf: Leaf, plan: Plan, where: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${what} — ${where}`);
  };
  let radiologists = 1;
  while (leaf.answers[`moreRadiologists[${radiologists}]`] === 'yes') radiologists += 1;
  let cabinets = 0;
  for (let radiologist = 1; radiologist <= radiologists; radiologist += 1) {
    const prefix = radiologist === 1 ? '' : `radiologist[${radiologist}].`;
    const count = Number(leaf.answers[`${prefix}cabinetCount`]);
    cabinets += count;
    const expected = Array.from({ length: count }, (_, offset) =>
      String(leaf.answers[`${prefix}cabinet[${offset + 1}].rppsRang`]),
    );
    const forms = plan.forms.filter((form) => form.radiologist === radiologist);
    check(forms.length >= 1, `radiologist ${radiologist} has no form`);
    check(
      forms.flatMap(rangsOn).sort().join() === [...expected].sort().join(),
      `radiologist ${radiologist}: RPPS-rang on his forms ≠ his cabinets`,
    );
    for (const form of forms) {
      check(
        form.fields['representant.nom'] === leaf.answers[`${prefix}representant.nom`],
        `form ${form.number} not signed by radiologist ${radiologist}`,
      );
      check(
        new Set(rangsOn(form).map((rang) => rang.slice(0, 11))).size === 1,
        `form ${form.number}: RPPS-rang of several radiologists`,
      );
    }
  }
  check(
    plan.forms.every((form) => form.radiologist !== undefined && form.radiologist <= radiologists),
    'a form of no declared radiologist',
  );
  check(plan.structures.length === cabinets, 'not one structure per cabinet');
  return problems;
}
