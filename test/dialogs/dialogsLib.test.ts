import * as root from 'botbuilder-dialogs';
import * as lib from '../../dialogs/dialogsLib';

describe('dialogsLib: the parts of botbuilder-dialogs the bot uses, from the package modules', () => {
  it.each(Object.keys(lib))('%s is the one the package root exports', (name) => {
    expect(Reflect.get(lib, name)).toBeDefined();
    expect(Reflect.get(lib, name)).toBe(Reflect.get(root, name));
  });
});
