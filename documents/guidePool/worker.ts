import { renderForm413 } from '../form413/render';
import { buildRenewalReminder } from '../reminder';
import { renderTextPdf } from '../textPdf';
import { documentTaskSchema } from './task';

/**
 * Piscina task: checked again (it crossed a thread boundary), then made exactly as in the main thread. The blank
 * Form 413 is built here on the first form and kept for the thread, so the bot's own thread never loads pdf-lib.
 */
export default async function runDocumentTask(task: unknown): Promise<Uint8Array | string> {
  const parsed = documentTaskSchema.parse(task);
  if (parsed.kind === 'form413') return renderForm413(parsed.doc);
  return parsed.kind === 'guidePdf' ? renderTextPdf(parsed.content, parsed.footer) : buildRenewalReminder(parsed.input);
}
