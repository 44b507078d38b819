import { Form413Document, renderForm413 } from './fill';

/** Piscina worker: renders one Form 413 off the bot's event loop. */
export default async function render(doc: Form413Document): Promise<Uint8Array> {
  return renderForm413(doc);
}
