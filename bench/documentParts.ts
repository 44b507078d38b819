import {
  DocumentRequest,
  renderForm413Documents,
  renderGuideDocument,
  renderReminderDocument,
} from '../documents/renderDocuments';
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
 * Where a document turn's CPU goes: each document of `renderDocuments` made alone, by the same function.
 * The parts add up to less than the whole turn: made together they leave more garbage per collection.
 */
export async function documentParts(request: (index: number) => DocumentRequest, calls = 400) {
  return {
    form413CpuMs: await cpuMsPerCall((index) => renderForm413Documents(request(index)), calls),
    guidePdfCpuMs: await cpuMsPerCall((index) => renderGuideDocument(request(index)), calls),
    reminderIcsCpuMs: await cpuMsPerCall((index) => renderReminderDocument(request(index)), calls),
  };
}
