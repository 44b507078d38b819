import { asTable, playCase } from './transcript';
import { cardCases } from './cases/cards';

describe('one card, one person (sections 3.2 and 4.1)', () => {
  it.each(asTable(cardCases))('%s', playCase);
});
