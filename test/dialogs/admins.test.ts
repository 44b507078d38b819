import { asTable, playCase } from './transcript';
import { adminCases } from './cases/admins';

describe('technical administrators (section 4.1)', () => {
  it.each(asTable(adminCases))('%s', playCase);
});
