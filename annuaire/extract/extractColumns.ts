/** The extract's columns this import reads, by their published header names (the ANS adds columns over time). */
export const extractColumns = {
  idType: "Type d'identifiant PP",
  rpps: 'Identifiant PP',
  lastName: "Nom d'exercice",
  firstName: "Prénom d'exercice",
  profession: 'Libellé profession',
  siret: 'Numéro SIRET site',
  finess: 'Numéro FINESS site',
  denomination: 'Raison sociale site',
  tradeName: 'Enseigne commerciale site',
  postalCode: 'Code postal (coord. structure)',
  town: 'Libellé commune (coord. structure)',
  cedexOffice: 'Bureau cedex (coord. structure)',
  nationalStructureId: 'Ancien identifiant de la structure',
  sectorCode: "Code secteur d'activité",
  sectorLabel: "Libellé secteur d'activité",
} as const;

export type ExtractColumn = keyof typeof extractColumns;

/** Where each needed column sits in a line, and how many fields a well-formed line has. */
export interface ColumnLayout {
  indexes: Record<ExtractColumn, number>;
  fieldCount: number;
}

export type ExtractFormatErrorCode = 'emptyFile' | 'missingColumns';

/** The file is not an extract this import can read; the message names what is missing. */
export class ExtractFormatError extends Error {
  constructor(
    readonly code: ExtractFormatErrorCode,
    message: string,
    readonly missingColumns: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ExtractFormatError';
  }
}

/** Every line ends with a `|`: the empty field after it is not a column. */
export function splitLine(line: string): string[] {
  const fields = line.split('|');
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

export function columnLayout(headerLine: string): ColumnLayout {
  const header = splitLine(headerLine.replace(/^\uFEFF/, '')).map((name) => name.trim());
  const position = new Map(header.map((name, index) => [name, index] as const));
  const missing = Object.values(extractColumns).filter((name) => !position.has(name));
  if (missing.length > 0) {
    throw new ExtractFormatError(
      'missingColumns',
      `Not a PS_LibreAcces_Personne_activite extract: missing column(s) ${missing.map((name) => `«${name}»`).join(', ')}`,
      missing,
    );
  }
  const at = (column: ExtractColumn): number => position.get(extractColumns[column]) ?? -1;
  const indexes: Record<ExtractColumn, number> = {
    idType: at('idType'),
    rpps: at('rpps'),
    lastName: at('lastName'),
    firstName: at('firstName'),
    profession: at('profession'),
    siret: at('siret'),
    finess: at('finess'),
    denomination: at('denomination'),
    tradeName: at('tradeName'),
    postalCode: at('postalCode'),
    town: at('town'),
    cedexOffice: at('cedexOffice'),
    nationalStructureId: at('nationalStructureId'),
    sectorCode: at('sectorCode'),
    sectorLabel: at('sectorLabel'),
  };
  return { indexes, fieldCount: header.length };
}
