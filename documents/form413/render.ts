import type { Form413Document } from './document';
import { fillForm413 } from './fill';
import { form413Template } from './template';

/** One filled Form 413, in this thread, from the cached blank template. */
export async function renderForm413(doc: Form413Document): Promise<Uint8Array> {
  return fillForm413(await form413Template(), doc);
}
