import { buildRenewalReminder } from '../reminder';
import { renderTextPdf } from '../textPdf';
import { guideTaskSchema } from './task';

/** Piscina task: checked again (it crossed a thread boundary), then made exactly as in the main thread. */
export default async function runGuideTask(task: unknown): Promise<Uint8Array | string> {
  const parsed = guideTaskSchema.parse(task);
  return parsed.kind === 'guidePdf' ? renderTextPdf(parsed.content, parsed.footer) : buildRenewalReminder(parsed.input);
}
