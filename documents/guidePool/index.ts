export { createGuidePool } from './pool';
export type { GuidePool } from './pool';
