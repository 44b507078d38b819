import { createForm413Pool, form413Template, renderForm413 } from '../documents/form413Pdf';
import { buildForm413Template } from '../documents/form413Pdf/template';
import { emptyForm413Fields } from '../rules/form413Fields';
import { round, summary } from './stats';

const doc = () => ({
  fields: { ...emptyForm413Fields(), 'structure.denomination': 'GIE du Morvan', 'structure.finess': '750712184', 'representant.qualite': 'responsableLegal' as const, 'representant.nom': 'DUPONT', 'admin1.nom': 'MARTIN', 'offre.org': true },
  coverNote: ['Cas 2 : GIE'],
});

async function timed(times: number, run: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  return durations;
}

/** Building the blank form (once) against filling it per request, in-process and on the worker pool. */
export async function benchForm413(): Promise<Record<string, unknown>> {
  await form413Template();
  const build = summary(await timed(20, () => buildForm413Template()));
  const fill = summary(await timed(50, () => renderForm413(doc())));
  const bytes = (await renderForm413(doc())).byteLength;
  const pool = createForm413Pool();
  await Promise.all(Array.from({ length: 4 }, () => pool.render(doc())));
  const started = performance.now();
  const concurrent = await Promise.all(Array.from({ length: 100 }, async () => {
    const begin = performance.now();
    await pool.render(doc());
    return performance.now() - begin;
  }));
  const wall = performance.now() - started;
  await pool.close();
  return { templateBuildMs: build, fillMs: fill, pdfBytes: bytes, pool100Concurrent: { ...summary(concurrent), wallMs: round(wall) } };
}
