import { renderForm413 } from '../form413/render';
import { renderDocuments, RenderedDocument } from '../renderDocuments';
import { documentTaskSchema } from './task';

/**
 * Piscina task: checked again (it crossed a thread boundary), then made exactly as in the main thread. The blank
 * Form 413 is built here on the first form and kept for the thread, so the bot's own thread never loads pdf-lib.
 */
export default async function runDocumentTask(task: unknown): Promise<Uint8Array | RenderedDocument[]> {
  const parsed = documentTaskSchema.parse(task);
  return parsed.kind === 'form413' ? renderForm413(parsed.doc) : renderDocuments(parsed.request);
}
