import { choicesOf, outcomeOf, shownLabels } from './activityData';
import { lastOf, slotOf } from './conversationHarness';
import { asTable, finalReply, playCase, runTranscript } from './transcript';
import { correctionCases } from './cases/corrections';
import { twoEditorsToSummary } from './cases/cabinets';
import { finess } from './cases/identifiers';
import { gieFromFiness, gieToFiness } from './cases/paths';

describe('corrections from the summary', () => {
  it.each(asTable(correctionCases))('%s', playCase);

  it('offers every phone number given as a choice, with its summary label', async () => {
    const run = await runTranscript({
      name: 'ambiguous phone',
      steps: [...gieToFiness, ...gieFromFiness(finess(1), 2), ['changer le téléphone', 'confirm']],
    });
    expect(choicesOf(finalReply(run))).toEqual(
      expect.arrayContaining([
        { id: 'representant.telephone', label: 'Téléphone du représentant' },
        { id: 'admin[1].telephone', label: "Téléphone de l'administrateur 1" },
        { id: 'admin[2].telephone', label: "Téléphone de l'administrateur 2" },
      ]),
    );
  });

  it("«Laquelle voulez-vous modifier ?» offers the fields only: «Oui, c'est correct» is not a field to change, «oui» still confirms", async () => {
    const run = await runTranscript({
      name: 'ambiguous phone',
      steps: [
        ...gieToFiness,
        ...gieFromFiness(finess(1), 2),
        ['changer le téléphone', 'confirm', 'Laquelle voulez-vous modifier'],
      ],
    });
    const offered = choicesOf(finalReply(run));
    expect(offered.map((choice) => choice.id)).toEqual([
      'representant.telephone',
      'admin[1].telephone',
      'admin[2].telephone',
    ]);
    expect(shownLabels(finalReply(run))).not.toContain("Oui, c'est correct");
    expect(outcomeOf(lastOf(await run.conversation.say('oui')))?.kind).toBe('form413');
  });

  it("with each editor's own admins, «modifier l'administrateur 1» offers labels that tell the editors apart", async () => {
    const run = await runTranscript({
      name: 'two editors',
      steps: [...twoEditorsToSummary, ["modifier l'administrateur 1", 'confirm']],
    });
    const offered = choicesOf(finalReply(run)).filter((choice) => choice.id !== 'yes');
    expect(offered.map((choice) => choice.id)).toEqual(['editor[1].admin[1]', 'editor[2].admin[1]']);
    expect(new Set(offered.map((choice) => choice.label)).size).toBe(offered.length);
    const telemis = offered.find((choice) => choice.id === 'editor[2].admin[1]');
    expect(slotOf(lastOf(await run.conversation.say(telemis?.label ?? '')))).toBe('editor[2].admin[1].carte');
  });
});
