import { asTable, playCase } from './transcript';
import { form413Cases } from './cases/form413Cases';

describe('the three Form 413 cases, end to end', () => {
  it.each(asTable(form413Cases))('%s', playCase);
});
