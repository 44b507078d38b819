export { form413DocumentSchema } from './document';
export type { Form413Document } from './document';
export { renderForm413 } from './render';
export { buildForm413Template, form413Template } from './template';
