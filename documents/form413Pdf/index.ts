export { form413DocumentSchema, form413Template, renderForm413 } from './fill';
export type { Form413Document } from './fill';
export { createForm413Pool } from './pool';
export type { Form413Renderer } from './pool';
