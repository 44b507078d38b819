import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { renderForm413 } from '../../documents/form413Pdf';
import { emptyForm413Fields, Form413Fields } from '../../rules/form413Fields';

const gie = (): Form413Fields => ({
  ...emptyForm413Fields(),
  'structure.denomination': "GIE de radiologie de l'Étang",
  'structure.finess': '750712184',
  'representant.qualite': 'responsableLegal',
  'representant.nom': 'DUPONT',
  'representant.prenoms': 'HÉLÈNE',
  'representant.telephone': '0629001122',
  'representant.email': 'helene.dupont@exemple.fr',
  'representant.carte': '1012345678',
  'admin1.carte': '1107463982',
  'admin1.nom': 'MARTIN',
  'admin1.prenom': 'JEAN',
  'admin1.telephone': '0667529323',
  'admin1.email': 'certificats@exemple.fr',
  'usage.precisions': 'authentification et signature sur le DMP ; usage INS (téléservice INSi) (INSI-AUTO)',
  'usage.editeur': 'Xplore Santé',
  'usage.solution': 'RIS Xplore',
  'offre.org': true,
});

const cabinet = (): Form413Fields => ({
  ...gie(),
  'structure.denomination': '',
  'structure.finess': '',
  'structure.rppsRang1': '10003926135553',
  'structure.rppsRang2': '10003926135561',
  'structure.rppsRang3': '10003926135579',
  'structure.rppsRang4': '10003926135587',
  'representant.qualite': 'titulaireCabinet',
  'admin2.carte': '1123750485',
  'admin2.nom': 'LEFEVRE',
  'admin2.prenom': 'EMILIE',
  'admin2.telephone': '0663928301',
  'admin2.email': 'lefevre.emilie@exemple.fr',
});

const write = (bytes: Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'f413-')), 'form.pdf');
  writeFileSync(file, bytes);
  return file;
};

describe('the filled Form 413', () => {
  it.each([['Cas 2, GIE', gie()], ['Cas 3, four cabinets and two admins', cabinet()]])('%s: every field reads back with pdf-lib', async (_case, fields) => {
    const pdf = await PDFDocument.load(await renderForm413({ fields, coverNote: ['Cas 2 : GIE — formulaire 1 sur 1', 'À signer et tamponner'] }));
    expect(pdf.getPageCount()).toBe(2);
    const form = pdf.getForm();
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string' && name !== 'representant.qualite') expect([name, form.getTextField(name).getText() ?? '']).toEqual([name, value]);
    }
    expect(form.getRadioGroup('representant.qualite').getSelected()).toBe(fields['representant.qualite']);
    expect(form.getCheckBox('offre.org').isChecked()).toBe(true);
    for (const other of ['offre.serveurSsl', 'offre.serveurSmime', 'offre.pro']) expect(form.getCheckBox(other).isChecked()).toBe(false);
  });

  it('passes qpdf --check, prints its values with accents, and page 1 is not blank', async () => {
    const file = write(await renderForm413({ fields: gie(), coverNote: ['Cas 2 : GIE'] }));
    expect(execFileSync('qpdf', ['--check', file]).toString()).toMatch(/No syntax or stream encoding errors/);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const value of ["GIE de radiologie de l'Étang", 'HÉLÈNE', '750712184', 'certificats@exemple.fr', 'Formulaire 413']) expect(text).toContain(value);
    const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', file]);
    const header = pgm.subarray(0, 20).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    expect(header).not.toBeNull();
    const pixels = pgm.subarray(header?.[0].length ?? 0);
    const dark = pixels.filter((value) => value < 200).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
  });
});
