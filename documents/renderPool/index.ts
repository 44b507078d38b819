export { createDocumentPool } from './pool';
export type { DocumentPool, DocumentPoolOptions } from './pool';
