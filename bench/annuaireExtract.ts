import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { sampleExtract } from '../annuaire/sqlite/openExtractDirectory';
import { structureIdPrefixes } from '../rules/identifiers';

/** What the benchmark looks up afterwards: a sample of what was written. */
export interface GeneratedSample {
  rpps: string[];
  names: string[];
  structures: { kind: 'siret' | 'finess' | 'rppsRang'; value: string }[];
  rows: number;
  bytes: number;
}

const firstNames: [string, ...string[]] = [
  'Jean',
  'Marie',
  'Émilie',
  'Hélène',
  'Jean-Pierre',
  'François',
  'Anne',
  'Loïc',
  'Chloé',
  'Nicolas',
  'Sophie',
  'Thomas',
  'Léa',
  'Jérôme',
  'Céline',
  'Pierre',
  'Isabelle',
  'Stéphane',
  'Nathalie',
  'Benoît',
  'Agnès',
  'Mathieu',
  'Gaëlle',
  'Hervé',
  'Amélie',
];
const common: [string, ...string[]] = [
  'MARTIN',
  'BERNARD',
  'DUBOIS',
  'THOMAS',
  'ROBERT',
  'RICHARD',
  'PETIT',
  'DURAND',
  'LEROY',
  'MOREAU',
  'LEFÈVRE',
  'LE GALL',
  'DUPONT',
  "D'ORNANO",
  'GARNIER-FAURE',
];
const starts: [string, ...string[]] = [
  'BO',
  'CHA',
  'DE',
  'FA',
  'GI',
  'LA',
  'MA',
  'NO',
  'PE',
  'RI',
  'SA',
  'TOU',
  'VA',
  'BRI',
  'CLÉ',
  'GRO',
  'LEB',
  'MOU',
  'PRÉ',
  'ROU',
];
const middles: [string, ...string[]] = ['', 'R', 'L', 'N', 'S', 'T', 'M', 'V', 'CH', 'G'];
const ends: [string, ...string[]] = [
  'ARD',
  'EAU',
  'IN',
  'OT',
  'ET',
  'IER',
  'AND',
  'OU',
  'ÈRE',
  'Y',
  'ON',
  'AUD',
  'EL',
  'IAS',
  'OIS',
];
const towns: [[string, string], ...[string, string][]] = [
  ['75020', 'PARIS'],
  ['69002', 'LYON'],
  ['44000', 'NANTES'],
  ['29200', 'BREST'],
  ['13001', 'MARSEILLE'],
  ['59000', 'LILLE'],
  ['31000', 'TOULOUSE'],
  ['67000', 'STRASBOURG'],
];

/** Deterministic (mulberry32): the same extract at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes an extract of about `rows` lines in the published format (the sample's header): practitioners
 * grouped as in the real file, 1 to 4 places each, some places repeated once per activity, 3 % ADELI lines.
 */
export async function generateExtract(file: string, rows: number): Promise<GeneratedSample> {
  const header = readFileSync(sampleExtract, 'utf8').split('\n')[0] ?? '';
  const columns = header.split('|').slice(0, -1);
  const at = (name: string): number => columns.indexOf(name);
  const next = random(413);
  const pick = <T>(list: readonly [T, ...T[]]): T => list[Math.floor(next() * list.length)] ?? list[0];
  const digits = (count: number): string => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  const generatedName = (): string => `${pick(starts)}${pick(middles)}${pick(ends)}`;
  const lastName = (): string =>
    next() < 0.3 ? pick(common) : `${generatedName()}${next() < 0.2 ? `-${generatedName()}` : ''}`;
  const sample: GeneratedSample = { rpps: [], names: [], structures: [], rows: 0, bytes: 0 };
  const out = createWriteStream(file);
  const write = async (text: string) => {
    sample.bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${header}\n`);
  let chunk: string[] = [];
  for (let person = 0; sample.rows < rows; person += 1) {
    const adeli = next() < 0.03;
    const rpps = adeli ? `0${digits(8)}` : `1${String(person).padStart(10, '0')}`;
    const [last, first] = [lastName(), pick(firstNames)];
    const placeCount = 1 + Math.floor(next() * next() * 4);
    const keep = !adeli && person % 100 === 0;
    if (keep) sample.rpps.push(rpps);
    if (keep) sample.names.push(next() < 0.5 ? `${first} ${last}` : last);
    for (let place = 0; place < placeCount && sample.rows < rows; place += 1) {
      const kind = pick(['rppsRang', 'rppsRang', 'siret', 'finess'] as const);
      const rang = `${rpps.padStart(11, '0')}${String(place + 1).padStart(2, '0')}${digits(1)}`;
      const value = kind === 'rppsRang' ? rang : kind === 'siret' ? digits(14) : `${digits(2)}000${digits(4)}`;
      if (keep) sample.structures.push({ kind, value });
      const [postalCode, town] = pick(towns);
      const fields = new Array<string>(columns.length).fill('');
      fields[at("Type d'identifiant PP")] = adeli ? '0' : '8';
      fields[at('Identifiant PP')] = rpps;
      fields[at("Nom d'exercice")] = last;
      fields[at("Prénom d'exercice")] = first;
      fields[at('Libellé profession')] = 'Médecin';
      fields[at('Numéro SIRET site')] = kind === 'siret' ? value : '';
      fields[at('Numéro FINESS site')] = kind === 'finess' ? value : '';
      const legalForm = kind === 'siret' ? 'SELARL' : kind === 'finess' ? 'CENTRE HOSPITALIER' : 'CABINET';
      fields[at('Raison sociale site')] = `${legalForm} ${last} ${place}`;
      fields[at('Code postal (coord. structure)')] = postalCode;
      fields[at('Libellé commune (coord. structure)')] = next() < 0.05 ? '' : town;
      fields[at('Bureau cedex (coord. structure)')] = `${postalCode} ${town}`;
      fields[at('Ancien identifiant de la structure')] = `${structureIdPrefixes[kind]}${value}`;
      fields[at("Code secteur d'activité")] = kind === 'finess' ? 'SA01' : 'SA08';
      fields[at("Libellé secteur d'activité")] =
        kind === 'finess' ? 'Etablissement public de santé' : 'Cabinet de groupe';
      const activities = next() < 0.25 ? 2 : 1;
      for (let activity = 0; activity < activities && sample.rows < rows; activity += 1) {
        chunk.push(`${fields.join('|')}|`);
        sample.rows += 1;
      }
    }
    if (chunk.length >= 2000) {
      await write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  await write(chunk.length > 0 ? `${chunk.join('\n')}\n` : '');
  out.end();
  await once(out, 'finish');
  return sample;
}
