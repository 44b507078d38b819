export { createDocumentPool, createGuidePool } from './pool';
export type { DocumentPool, GuidePool } from './pool';
