import forge from 'node-forge';
import { gieConversation } from '../../../bench/gieScript';
import { startBot, slot } from './botHarness';

type Field = { name: string; value: string };

function csrPem(subject: Field[]): string {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = keys.publicKey;
  csr.setSubject(subject);
  csr.sign(keys.privateKey, forge.md.sha256.create());
  return forge.pki.certificationRequestToPem(csr);
}

/** A GIE request walked through up to the CSR step of its first certificate; returns the bot and that certificate's CN. */
async function atCsrStep() {
  let today = '2026-11-30';
  const bot = startBot({ today: () => today });
  for (const text of gieConversation(1)) await bot.say(text);
  for (const text of ['oui', "aujourd'hui", 'pas de référence']) await bot.say(text);
  // The ANS's answer is due: at the next visit the bot asks whether it came.
  today = '2026-12-03';
  expect(slot((await bot.say('bonjour')).at(-1))).toBe('followUp.ansConfirmed');
  let step = await bot.say('oui');
  for (let guard = 0; !(step.at(-1)?.text ?? '').includes('Charger la CSR') && guard < 10; guard += 1)
    step = await bot.say('fait');
  const header = step.at(-1)?.text ?? '';
  const commonName = /«\s*(.+?)\s*»/.exec(header)?.[1] ?? '';
  expect(commonName).not.toBe('');
  return { bot, commonName };
}

/** Issue 12, point 6: the CSR check warns about C and O (the platform fills them, guide §8) but refuses only what breaks the certificate. */
describe('the CSR pasted during the walk-through', () => {
  it.each([
    [
      'without C=FR',
      (cn: string) => [
        { name: 'organizationName', value: 'GIE de radiologie 1' },
        { name: 'commonName', value: cn },
      ],
      'pas de pays',
    ],
    [
      'with a number as O',
      (cn: string) => [
        { name: 'countryName', value: 'FR' },
        { name: 'organizationName', value: '1750712184' },
        { name: 'commonName', value: cn },
      ],
      'un numéro',
    ],
  ])('is accepted %s, with a warning, and the walk-through goes on', async (_case, subject, warning) => {
    const { bot, commonName } = await atCsrStep();
    const replies = await bot.say(csrPem(subject(commonName)));
    const text = replies.map((reply) => reply.text ?? '').join('\n');
    expect(text).toContain('La CSR est correcte');
    expect(text).toContain('À noter, sans empêcher la demande');
    expect(text).toContain(warning);
    expect(slot(replies.at(-1))).toBe('walkthrough.step');
    expect(replies.at(-1)?.text).toContain('Terminer');
  });

  it('is refused with another CN, and the same step is asked again', async () => {
    const { bot } = await atCsrStep();
    const replies = await bot.say(
      csrPem([
        { name: 'countryName', value: 'FR' },
        { name: 'commonName', value: 'Autre nom' },
      ]),
    );
    expect(replies.map((reply) => reply.text ?? '').join('\n')).toContain('La CSR ne convient pas');
    expect(replies.at(-1)?.text).toContain('Charger la CSR');
  });
});
