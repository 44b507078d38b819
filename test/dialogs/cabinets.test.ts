import { asTable, playCase } from './transcript';
import { cabinetCases } from './cases/cabinets';

describe('cabinets (Cas 3): one RPPS-rang per cabinet, four per form, a form per editor', () => {
  it.each(asTable(cabinetCases))('%s', playCase);
});
