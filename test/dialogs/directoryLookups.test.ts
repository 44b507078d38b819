import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importExtract } from '../../annuaire/sqlite/importExtract';
import { sampleExtract } from '../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../annuaire/sqlite/sqliteDirectory';
import { directoryCases } from './cases/directoryLookups';
import { directoryCheckCases } from './cases/directoryChecks';
import { siret } from './cases/identifiers';
import { lastOf } from './conversationHarness';
import { opening } from './cases/paths';
import { asTable, playCase, runTranscript, TranscriptCase } from './transcript';

// The shipped synthetic extract, imported as an administrator would with `npm run annuaire:import`.
const folder = mkdtempSync(join(tmpdir(), 'assistant413-lookups-'));
const databasePath = join(folder, 'annuaire.sqlite');
let sample: SqliteDirectory | undefined;

beforeAll(async () => {
  await importExtract(sampleExtract, databasePath);
  sample = new SqliteDirectory(databasePath);
});

afterAll(() => {
  sample?.close();
  rmSync(folder, { recursive: true, force: true });
});

const sampleDirectory = (): SqliteDirectory => {
  if (!sample) throw new Error('the sample extract was not imported');
  return sample;
};

describe('the Annuaire Santé look-up in the conversation, on the imported sample extract', () => {
  it.each(asTable(directoryCases({ sample: sampleDirectory })))('%s', playCase);
});

describe('what the annuaire fills agrees with the rest of the form', () => {
  it.each(asTable(directoryCheckCases(sampleDirectory)))('%s', playCase);
});

describe('the places listed', () => {
  it("show each detail on its own line (a Markdown list item under the place's name), as Web Chat and Teams render it", async () => {
    const run = await runTranscript({
      name: 'places',
      directory: sampleDirectory,
      steps: [...opening, ['libéral', 'sectorCode'], ['Antoine Dupont', 'directory.place']],
    });
    const lines = (lastOf(run.turns[run.turns.length - 1] ?? []).text ?? '').split('\n');
    const title = lines.findIndex((line) => line.startsWith('**') && line.includes('SELARL IMAGERIE DU BEAUVAISIS**'));
    expect(title).toBeGreaterThan(0);
    expect(lines.slice(title + 1, title + 5)).toEqual([
      '- Enseigne : CABINET DE RADIOLOGIE DU BEAUVAISIS',
      "- Secteur d'activité : SA09 Exercice en société",
      '- SIRET : 81234567600017',
      '- Identifiant national de structure : 381234567600017',
    ]);
  });
});

describe('the summary credits the Annuaire Santé', () => {
  const mark = '(Annuaire Santé, extrait du 28 novembre 2026)';
  const selCase = (): TranscriptCase => {
    const found = directoryCases({ sample: sampleDirectory }).find((each) => each.name.startsWith('Cas 1'));
    if (!found) throw new Error('no Cas 1');
    return { ...found, steps: found.steps.slice(0, -1), outcome: undefined, plan: undefined, forms: undefined };
  };

  it('next to what it filled, and only that', async () => {
    const run = await runTranscript(selCase());
    const summary = lastOf(run.turns[run.turns.length - 1] ?? []).text ?? '';
    expect(summary).toContain(`: 81234567600017 ${mark}`);
    expect(summary).toContain(`: SELARL IMAGERIE DU BEAUVAISIS ${mark}`);
    expect(summary).toContain(`: SA09 ${mark}`);
    expect(summary).toMatch(/: Xplore\n/);
  });

  it('no longer for a value the user changed', async () => {
    const run = await runTranscript(selCase());
    await run.conversation.say('changer le SIRET');
    const replies = await run.conversation.say(siret(2));
    const summary = lastOf(replies).text ?? '';
    expect(summary).toContain(`: ${siret(2)}\n`);
    expect(summary).toContain(`: SELARL IMAGERIE DU BEAUVAISIS ${mark}`);
  });
});
