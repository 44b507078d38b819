import { createDocumentPool } from '../guidePool/pool';
import type { Form413Document } from './document';

export interface Form413Pool {
  render(doc: Form413Document): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Form 413 rendering off the calling thread, on a document pool of its own (the bot shares one pool for every
 * document: `createDocumentPool`). Each worker builds the blank template on its first form and only fills it after.
 */
export function createForm413Pool(options: { maxThreads?: number } = {}): Form413Pool {
  const pool = createDocumentPool(options);
  return { render: (doc) => pool.renderForm413(doc), close: () => pool.close() };
}
