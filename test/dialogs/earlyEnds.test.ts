import { asTable, playCase } from './transcript';
import { earlyEndCases, notEndingCases, sharedRisWordingCases } from './cases/earlyEnds';

describe('paths that end without a Form 413 (guide §2)', () => {
  it.each(asTable(earlyEndCases))('%s', playCase);
});

describe('paths that look like an early end but go on', () => {
  it.each(asTable(notEndingCases))('%s', playCase);
});

describe('the shared-RIS question names the structure', () => {
  it.each(asTable(sharedRisWordingCases))('%s', playCase);
});
