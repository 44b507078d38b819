import { parseArgs } from 'node:util';
import { z } from 'zod';
import { commonNameSchema, intendedInsiName, organisationSchema } from '../csr';
import { supportedLanguages } from '../../locales';

const keyBitsSchema = z.union([z.literal(2048), z.literal(3072), z.literal(4096)]);

export const csrArgsSchema = z.object({
  cn: commonNameSchema,
  o: organisationSchema,
  out: z.string().trim().min(1),
  bits: z.string().default('2048').pipe(z.coerce.number().pipe(keyBitsSchema)),
  lang: z.enum(supportedLanguages).default('fr'),
});

export type CsrArgs = z.infer<typeof csrArgsSchema>;

/** What is wrong, as locale keys under `csr.cli.errors.` with their values. */
export interface ArgumentError {
  key: 'cn' | 'o' | 'out' | 'bits' | 'lang' | 'syntax' | 'insiSpelling';
  values?: Record<string, string>;
}

export type ParsedCsrArgs =
  { kind: 'run'; args: CsrArgs } | { kind: 'help' } | { kind: 'invalid'; errors: ArgumentError[] };

const optionKeySchema = z.enum(['cn', 'o', 'out', 'bits', 'lang']);
const options = {
  cn: { type: 'string' },
  o: { type: 'string' },
  out: { type: 'string' },
  bits: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readOptions(argv: string[]) {
  try {
    return {
      ok: true as const,
      values: parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false as const, error: { key: 'syntax' as const, values: { detail } } };
  }
}

export function parseCsrArgs(argv: string[]): ParsedCsrArgs {
  const read = readOptions(argv);
  if (!read.ok) return { kind: 'invalid', errors: [read.error] };
  if (read.values.help === true) return { kind: 'help' };
  const parsed = csrArgsSchema.safeParse(read.values);
  if (!parsed.success) {
    const errors = new Map<string, ArgumentError>();
    for (const issue of parsed.error.issues) {
      const key = optionKeySchema.safeParse(issue.path[0]).data;
      errors.set(key ?? issue.message, key ? { key } : { key: 'syntax', values: { detail: issue.message } });
    }
    return { kind: 'invalid', errors: [...errors.values()] };
  }
  // A misspelt INSi name makes a CSR the teleservice will refuse: stop before creating the key.
  const expected = intendedInsiName(parsed.data.cn);
  if (expected !== undefined) {
    return { kind: 'invalid', errors: [{ key: 'insiSpelling', values: { expected, actual: parsed.data.cn } }] };
  }
  return { kind: 'run', args: parsed.data };
}
