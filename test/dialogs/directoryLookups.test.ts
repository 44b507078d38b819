import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importExtract } from '../../annuaire/sqlite/importExtract';
import { sampleExtract } from '../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../annuaire/sqlite/sqliteDirectory';
import { directoryCases } from './cases/directoryLookups';
import { siret } from './cases/identifiers';
import { lastOf } from './conversationHarness';
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
