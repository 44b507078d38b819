import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifierErrorCodesByKind, IdentifierKind, identifierKinds, validators } from '../../../rules/identifiers';

/** One input per (kind, code) the validators declare: proves the declared lists are what really happens. */
const sample: [IdentifierKind, string, string][] = [
  ['rpps', '', 'empty'],
  ['rpps', 'A', 'invalidCharacters'],
  ['rpps', '1', 'tooShort'],
  ['rpps', '100039261351', 'tooLong'],
  ['rpps', '10003926136', 'badCheckKey'],
  ['rpps', '10003926135544', 'looksLikeRppsRang'],
  ['rppsRang', '', 'empty'],
  ['rppsRang', '#', 'invalidCharacters'],
  ['rppsRang', '1', 'tooShort'],
  ['rppsRang', '100039261355441', 'tooLong'],
  ['rppsRang', 'A0003926135544', 'badFormat'],
  ['rppsRang', '10003926135546', 'badCheckKey'],
  ['rppsRang', '10003926135', 'looksLikeRpps'],
  ['rppsRang', '410003926135544', 'hasStructurePrefix'],
  ['finess', '', 'empty'],
  ['finess', 'X', 'invalidCharacters'],
  ['finess', '1', 'tooShort'],
  ['finess', '7507121840', 'tooLong'],
  ['finess', '2AB000000', 'badFormat'],
  ['finess', '710015953', 'badCheckKey'],
  ['finess', '73282932000074', 'looksLikeSiret'],
  ['finess', '1750712184', 'hasStructurePrefix'],
  ['siret', '', 'empty'],
  ['siret', 'A', 'invalidCharacters'],
  ['siret', '1', 'tooShort'],
  ['siret', '732829320000740', 'tooLong'],
  ['siret', '73282932000075', 'badCheckKey'],
  ['siret', '732829320', 'looksLikeSiren'],
  ['siret', '373282932000074', 'hasStructurePrefix'],
  ['carte', '', 'empty'],
  ['carte', 'A', 'invalidCharacters'],
  ['carte', '1', 'tooShort'],
  ['carte', '101234567890', 'tooLong'],
  ['carte', '10003926135', 'looksLikeRpps'],
  ['telephone', '', 'empty'],
  ['telephone', 'A', 'invalidCharacters'],
  ['telephone', '06', 'tooShort'],
  ['telephone', '062900112233', 'tooLong'],
  ['telephone', '6290011223', 'badFormat'],
  ['telephone', '+44 20 7946 0000', 'notFrenchNumber'],
  ['email', '', 'empty'],
  ['email', 'a b@c.fr', 'invalidCharacters'],
  ['email', 'abc.fr', 'missingAt'],
  ['email', 'a@b', 'badFormat'],
];

type Tree = { [key: string]: string | Tree };
const readLocale = (language: string): Tree =>
  JSON.parse(readFileSync(join(__dirname, '../../../locales', language, 'identifiers.json'), 'utf8')) as Tree;

const lookup = (tree: Tree, path: string[]): string | undefined => {
  const [head, ...rest] = path;
  const node = head === undefined ? undefined : tree[head];
  if (typeof node === 'string') return rest.length === 0 ? node : undefined;
  return node === undefined ? undefined : lookup(node, rest);
};

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

const declaredPairs = identifierKinds.flatMap((kind) =>
  identifierErrorCodesByKind[kind].map((code): [IdentifierKind, string] => [kind, code]),
);

describe('identifier error codes', () => {
  it.each(sample)('%s %j gives %s', (kind, input, code) => {
    expect(validators[kind](input)).toMatchObject({ ok: false, kind, code });
  });

  it.each(identifierKinds)('the sample exercises exactly the codes declared for %s', (kind) => {
    const sampled = sample.filter(([k]) => k === kind).map(([, , code]) => code);
    expect(sampled.sort()).toEqual([...identifierErrorCodesByKind[kind]].sort());
  });
});

describe.each(['fr', 'en'])('locales/%s/identifiers.json', (language) => {
  const tree = readLocale(language);

  it.each(declaredPairs)('has a message for %s / %s', (kind, code) => {
    expect(lookup(tree, [kind, 'errors', code])).toEqual(expect.stringMatching(/\S/));
  });

  it.each(identifierKinds)('has a label and a «where» for %s', (kind) => {
    expect(lookup(tree, [kind, 'label'])).toEqual(expect.stringMatching(/\S/));
    expect(lookup(tree, [kind, 'where'])).toEqual(expect.stringMatching(/\S/));
  });

  it.each(declaredPairs)('%s / %s uses only the placeholders its details carry', (kind, code) => {
    const usesLengths = [
      'tooShort',
      'tooLong',
      'looksLikeRpps',
      'looksLikeRppsRang',
      'looksLikeSiren',
      'looksLikeSiret',
    ];
    const allowed = usesLengths.includes(code) ? ['actualLength', 'expectedLength'] : [];
    for (const name of placeholders(lookup(tree, [kind, 'errors', code]))) expect(allowed).toContain(name);
  });
});

describe('locale parity', () => {
  const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, node]) =>
      typeof node === 'string' ? [prefix + key] : keys(node, `${prefix}${key}.`),
    );

  it('fr and en have the same keys and the same placeholders', () => {
    const fr = readLocale('fr');
    const en = readLocale('en');
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const key of keys(fr)) {
      expect([key, placeholders(lookup(en, key.split('.')))]).toEqual([key, placeholders(lookup(fr, key.split('.')))]);
    }
  });

  it('has no message for a code its validator cannot answer', () => {
    const fr = readLocale('fr');
    const declared = declaredPairs.map(([kind, code]) => `${kind}.errors.${code}`).sort();
    expect(
      keys(fr)
        .filter((key) => key.includes('.errors.'))
        .sort(),
    ).toEqual(declared);
  });
});
