import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { botEditorProfile, EditorProfileError, loadEditorProfile, parseEditorProfile } from '../../bot/editorProfile';
import exampleProfile from '../../editor-profile.example.json';

describe('editor profile', () => {
  it('reads the example file and gives the conversation its prefill', async () => {
    const profile = await loadEditorProfile(join(__dirname, '..', '..', 'editor-profile.example.json'));
    expect(profile).toMatchObject({
      id: 'radiologiciel',
      name: 'Radiologiciel Exemple',
      solutions: ['RadioRIS Exemple'],
    });
    expect(botEditorProfile(profile)).toEqual({
      id: 'radiologiciel',
      prefill: {
        name: 'Radiologiciel Exemple',
        solutions: ['RadioRIS Exemple'],
        technicalAdmins: profile.technicalAdmins,
      },
    });
  });

  it('accepts a profile without admins, accent or logo', () => {
    const minimal = { id: 'ris-2', name: 'RIS Deux', brand: { primaryColor: '#000000' }, solutions: ['R2'] };
    expect(botEditorProfile(parseEditorProfile(minimal)).prefill.technicalAdmins).toEqual([]);
  });

  const admin = exampleProfile.technicalAdmins[0];
  it.each([
    ['an id with spaces', { id: 'Mon Éditeur' }, 'id'],
    ['a colour name', { brand: { primaryColor: 'blue' } }, 'brand.primaryColor'],
    [
      'a logo over http',
      { brand: { primaryColor: '#000000', logoUrl: 'http://exemple.fr/logo.svg' } },
      'brand.logoUrl',
    ],
    ['no solution', { solutions: [] }, 'solutions'],
    ['an admin card of 9 digits', { technicalAdmins: [{ ...admin, carte: '110746398' }] }, 'technicalAdmins.0.carte'],
    [
      'an admin e-mail without @',
      { technicalAdmins: [{ ...admin, email: 'support.exemple.fr' }] },
      'technicalAdmins.0.email',
    ],
    [
      'an admin phone that is not French',
      { technicalAdmins: [{ ...admin, telephone: '+44 20 7946 0000' }] },
      'technicalAdmins.0.telephone',
    ],
    ['four admins (the form has three rows)', { technicalAdmins: [admin, admin, admin, admin] }, 'technicalAdmins'],
    ['an unknown key', { colour: '#000000' }, '(root)'],
  ])('refuses %s, naming the field', (_case, change, path) => {
    expect(() => parseEditorProfile({ ...exampleProfile, ...change }, 'editor.json')).toThrow(
      new RegExp(`^Invalid editor profile editor\\.json:\\n {2}- ${path.replace(/[.()]/g, '\\$&')}: `),
    );
  });

  it('says which file is not JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'editor.json');
    writeFileSync(file, '{ "id": ');
    await expect(loadEditorProfile(file)).rejects.toThrow(EditorProfileError);
    await expect(loadEditorProfile(file)).rejects.toThrow(/editor\.json:\n {2}- not JSON/);
  });
});
