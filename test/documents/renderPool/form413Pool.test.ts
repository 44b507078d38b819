import { PDFCheckBox, PDFDocument, PDFField, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { ZodError } from 'zod';
import { Form413Document, renderForm413 } from '../../../documents/form413';
import { form413Samples } from '../../../documents/form413/samples';
import { workerEntry } from '../../../documents/renderPool/workerEntry';
import { createDocumentPool } from '../../../documents/renderPool';
import { emptyForm413Fields } from '../../../rules/form413Fields';

// Worker threads start a TypeScript transpiler of their own when run from the sources: slower than in-process.
jest.setTimeout(60_000);

const valueOf = (field: PDFField) =>
  field instanceof PDFTextField
    ? field.getText()
    : field instanceof PDFRadioGroup
      ? field.getSelected()
      : field instanceof PDFCheckBox
        ? field.isChecked()
        : undefined;

const valuesOf = async (bytes: Uint8Array) =>
  Object.fromEntries(
    (await PDFDocument.load(bytes))
      .getForm()
      .getFields()
      .map((field) => [field.getName(), valueOf(field)]),
  );

describe('createDocumentPool: Form 413', () => {
  const pool = createDocumentPool({ maxThreads: 2 });
  afterAll(() => pool.close());

  it('renders on worker threads from the TypeScript sources, the same form as in-process', async () => {
    const docs = Array.from(
      { length: 12 },
      (_, index) => Object.values(form413Samples)[index % 3] ?? form413Samples.gie,
    );
    const rendered = await Promise.all(docs.map((doc) => pool.renderForm413(doc)));
    const expected = await Promise.all(
      Object.values(form413Samples).map(async (doc) => valuesOf(await renderForm413(doc))),
    );
    for (const [index, bytes] of rendered.entries()) expect(await valuesOf(bytes)).toEqual(expected[index % 3]);
  });

  it('refuses an invalid document in the calling thread, with a ZodError', async () => {
    const invalid: unknown = { fields: { ...emptyForm413Fields(), 'offre.org': 'oui' } };
    await expect(pool.renderForm413(invalid as Form413Document)).rejects.toBeInstanceOf(ZodError);
  });

  it('can be closed before it ever started, and closed twice', async () => {
    const idle = createDocumentPool();
    await expect(idle.close()).resolves.toBeUndefined();
    await expect(idle.close()).resolves.toBeUndefined();
  });
});

describe('workerEntry', () => {
  it('uses the compiled worker as is', () => {
    expect(workerEntry('/app/dist/documents/renderPool', true)).toEqual({
      filename: '/app/dist/documents/renderPool/worker.js',
      execArgv: [],
    });
  });

  it('gives a worker run from the sources a TypeScript require hook, inline', () => {
    const { filename, execArgv } = workerEntry('/app/documents/renderPool', false);
    expect(filename).toBe('/app/documents/renderPool/worker.ts');
    expect(execArgv[0]).toBe('--import');
    const hook = decodeURIComponent((execArgv[1] ?? '').replace(/^data:text\/javascript,/, ''));
    expect(hook).toContain("require.extensions['.ts']");
    expect(hook).toContain('transpileModule');
  });
});
