import forge from 'node-forge';
import { startBot } from './botHarness';

describe('a private key pasted into the chat', () => {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const pkcs8 = forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys.privateKey)));
  const pkcs1 = forge.pki.privateKeyToPem(keys.privateKey);
  const body = (pem: string) =>
    pem
      .split(/\r?\n/)
      .filter((line) => line && !line.startsWith('-----'))
      .join('');

  it.each([
    ['PKCS#8', pkcs8],
    ['PKCS#1', pkcs1],
  ])('%s is refused, explained, and never stored, echoed or transcribed', async (_kind, pem) => {
    const bot = startBot();
    await bot.say('bonjour');
    await bot.say('un GIE');
    const replies = await bot.say(`voici ma clé :\n${pem}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/clé privée/i);
    const material = body(pem).slice(20, 80);
    const everything = JSON.stringify({
      replies,
      state: await bot.storage.read(['test/conversations/Convo1/']),
      transcript: await bot.transcripts.getTranscriptActivities('test', 'Convo1'),
    });
    expect(everything).not.toContain(material);
    expect(everything).not.toContain('PRIVATE KEY');
    const next = await bot.say('non');
    expect((next.at(-1)?.channelData as { slot?: string }).slot).toBe('services');
  });
});
