import { slotOf } from './conversationHarness';
import { asTable, playCase, runTranscript } from './transcript';
import { invalidInputCases } from './cases/invalidInputs';
import { selToSiret } from './cases/paths';

describe('invalid answers: explained in French, asked again, then accepted', () => {
  it.each(asTable(invalidInputCases))('%s', playCase);
});

describe('repeated failures on one question', () => {
  it('the third failure also offers help and a person, on the same slot', async () => {
    const { turns } = await runTranscript({
      name: 'three wrong SIRET',
      steps: [...selToSiret, ['123', 'siret'], ['456', 'siret'], ['789', 'siret', "Besoin d'un coup de main ?"]],
    });
    const [first = [], second = []] = turns.slice(-3);
    expect([...first, ...second].map((reply) => reply.text).join(' ')).not.toContain("Besoin d'un coup de main");
    expect(turns.slice(-3).map((replies) => replies.map(slotOf))).toEqual([['siret'], ['siret'], ['siret']]);
  });
});
