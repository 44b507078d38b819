import { asTable, playCase } from '../transcript';
import { commandCases } from '../cases/commands';

describe('global commands: aide, retour, recommencer, annuler, conseiller', () => {
  it.each(asTable(commandCases))('%s', playCase);
});
