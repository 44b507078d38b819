import { textOf } from './activityData';
import { lastOf, slotOf } from './conversationHarness';
import { englishCases } from './cases/english';
import { finess } from './cases/identifiers';
import { confirmSteps, gieFromFiness, gieToFiness, opening } from './cases/paths';
import { runTranscript, Step } from './transcript';

const gieToSummary: Step[] = [...gieToFiness, ...gieFromFiness(finess(1))];
const askInstructions: Step = ['voir les instructions techniques', 'followUp.offer'];

/** Point 7 of issue 12: the end of the conversation is written for the secretary. */
describe('the end of a Form 413 conversation', () => {
  it('is one activity: what the secretary does now, the documents, where the technical instructions are, and the follow-up offer', async () => {
    const run = await runTranscript({ name: 'GIE', steps: [...gieToSummary, ...confirmSteps] });
    const lastTurn = run.turns.at(-1) ?? [];
    expect(lastTurn).toHaveLength(1);
    expect(slotOf(lastOf(lastTurn))).toBe('followUp.offer');
    const text = textOf(lastTurn);
    for (const words of [
      // Who signs, by name, and the stamp (guide §4).
      'Faites signer le formulaire par ANTOINE DUPONT (représentant légal, partie 3.2) et apposez le cachet du GIE.',
      // Where to send, or the online procedure; what our PDF is.
      'monserviceclient.certificats@esante.gouv.fr',
      'https://www.demarches-simplifiees.fr/commencer/f413',
      "c'est le formulaire de l'ANS (https://esante.gouv.fr/documents/413) rempli avec vos réponses",
      // What happens next, as the seed says it.
      "environ 3 jours ouvrés à compter de l'envoi",
      'pour le DMP, 2 certificats (ORG AUTH_CLI et ORG SIGN)',
      // A GIE's prerequisites still to secure.
      "Contrat d'adhésion avec l'ANS",
      '«\u00a0voir les instructions techniques\u00a0»',
    ])
      expect(text).toContain(words);
    // No technical text unasked: no command, no platform walk-through.
    for (const technical of ['openssl', '```', 'DEMANDER', 'Service applicatif', 'Charger la CSR'])
      expect(text).not.toContain(technical);
    expect(text.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(14);
  });

  it('gives the technical guide as text on «voir les instructions techniques», then asks the follow-up again', async () => {
    const run = await runTranscript({ name: 'GIE', steps: [...gieToSummary, ...confirmSteps, askInstructions] });
    const lastTurn = run.turns.at(-1) ?? [];
    const guide = textOf(lastTurn.slice(0, -1));
    for (const words of [
      'openssl req -new',
      'Windows (PowerShell',
      'Linux (terminal bash)',
      'création assistée',
      'ORG AUTH_CLI',
      'ORG SIGN',
      'obtenez et installez les deux',
    ]) {
      expect(guide).toContain(words);
    }
    expect(guide).not.toContain('npm');
    expect(slotOf(lastOf(lastTurn))).toBe('followUp.offer');
  });

  it('answers «voir les instructions techniques» after the follow-up is declined too', async () => {
    const run = await runTranscript({
      name: 'GIE',
      steps: [...gieToSummary, ...confirmSteps, ['non', null], ['instructions techniques', null]],
    });
    expect(textOf(run.turns.at(-1) ?? [])).toContain('openssl req -new');
  });

  it('says the instructions come at the end when asked during the questions, and asks the same question again', async () => {
    const run = await runTranscript({
      name: 'early',
      steps: [...opening, ['GIE', 'sharedCertifiedRis'], ['voir les instructions techniques', 'sharedCertifiedRis']],
    });
    expect(textOf(run.turns.at(-1) ?? [])).toContain('viendront avec vos documents');
    expect(run.conversation.producer.requests).toHaveLength(0);
  });

  it('has no instructions to give after an end without a form', async () => {
    const run = await runTranscript({
      name: 'hospital',
      steps: [
        ...opening,
        ['hôpital', 'hospitalRisCertified'],
        ['non', { outcome: 'establishment' }],
        ['voir les instructions techniques', null],
      ],
    });
    expect(textOf(run.turns.at(-1) ?? [])).toContain("Il n'y a pas d'instructions techniques");
  });

  it('in English: the same end, and «see the technical instructions»', async () => {
    const gie = englishCases.find((each) => each.outcome?.kind === 'form413');
    if (!gie) throw new Error('the English GIE case is missing');
    const run = await runTranscript({
      ...gie,
      steps: [...gie.steps, ['see the technical instructions', 'followUp.offer']],
    });
    const [end, instructions] = [textOf(run.turns.at(-2) ?? []), textOf(run.turns.at(-1) ?? [])];
    expect(end).toContain('Have the form signed by ANTOINE DUPONT (legal representative, part 3.2)');
    expect(end).toContain('about 3 working days from when it is sent');
    expect(end).toContain('«see the technical instructions»');
    expect(end).not.toContain('openssl');
    expect(instructions).toContain('Windows (PowerShell, with OpenSSL installed):');
    expect(instructions).not.toContain('npm');
  });
});
