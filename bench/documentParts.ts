import { translatorFor } from '../locales';
import { renderForm413 } from '../documents/form413/render';
import { form413Request } from '../documents/form413Request';
import { implementationGuide } from '../documents/guide/guideContent';
import { buildRenewalReminder, planReminderInput } from '../documents/reminder';
import { renderTextPdf } from '../documents/textPdf';
import type { Plan } from '../rules/plan/schema';
import { round } from './stats';

/** CPU (this thread and V8's helpers) per call of `work`, after `warmUp` calls. */
async function cpuMsPerCall(work: (index: number) => unknown, calls: number, warmUp = 50): Promise<number> {
  for (let index = 0; index < warmUp; index += 1) await work(index);
  const cpu = process.cpuUsage();
  for (let index = 0; index < calls; index += 1) await work(index);
  const used = process.cpuUsage(cpu);
  return round((used.user + used.system) / 1000 / calls, 2);
}

/**
 * Where a document turn's CPU goes: each document of `renderDocuments` made alone, as it makes them (French).
 * The parts add up to less than the whole turn: made together they leave more garbage per collection.
 */
export async function documentParts(plans: Plan[], calls = 400) {
  const t = translatorFor('fr');
  const plan = (index: number) => plans[index % plans.length] ?? plans[0]!;
  return {
    form413CpuMs: await cpuMsPerCall(async (index) => {
      for (const form of plan(index).forms) {
        const { fields, cover } = form413Request(t, t, plan(index), form);
        await renderForm413({ fields, cover });
      }
    }, calls),
    guidePdfCpuMs: await cpuMsPerCall(
      (index) => renderTextPdf(implementationGuide(t, plan(index)), t('documents.guide.footer')),
      calls,
    ),
    reminderIcsCpuMs: await cpuMsPerCall((index) => {
      const input = planReminderInput(plan(index), 'fr', `bench-${index}@assistant-413`, new Date());
      return input && buildRenewalReminder(input);
    }, calls),
  };
}
