import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { form413AdminRows } from '../rules/form413Fields';
import { validators } from '../rules/identifiers';
import { EditorPrefill, editorPrefillSchema } from '../rules/prefill';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #0b5cab');
/** A path on this server (`/static/logo.svg`) or an https URL: the page's CSP allows exactly that. */
const logoUrl = z
  .string()
  .refine((url) => /^\/[^/\\]/.test(url) || /^https:\/\/[^/\s]+\//.test(url), 'expected /path or https://host/path');

const adminSchema = z
  .object({
    carte: z.string(),
    nom: z.string().min(1),
    prenom: z.string().min(1),
    telephone: z.string(),
    email: z.string(),
  })
  .superRefine((admin, ctx) => {
    // The bot copies these into Form 413: a wrong card number here would be a wrong form for every practice.
    for (const field of ['carte', 'telephone', 'email'] as const) {
      const result = validators[field](admin[field]);
      if (!result.ok)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: `invalid ${field} (${result.code})` });
    }
  });

/** The configuration file of the editor whose support widget this server serves. */
export const editorProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected lower-case letters, digits and dashes'),
    name: editorPrefillSchema.shape.name,
    brand: z.object({ primaryColor: colour, accentColor: colour.optional(), logoUrl: logoUrl.optional() }).strict(),
    solutions: z.array(z.string().trim().min(1)).min(1),
    technicalAdmins: z.array(adminSchema).max(form413AdminRows).optional(),
  })
  .strict();

export type EditorProfile = z.infer<typeof editorProfileSchema>;

export class EditorProfileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid editor profile ${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EditorProfileError';
  }
}

export function parseEditorProfile(json: unknown, file = 'editor profile'): EditorProfile {
  const parsed = editorProfileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new EditorProfileError(
    file,
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

export async function loadEditorProfile(file: string): Promise<EditorProfile> {
  const content = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new EditorProfileError(file, [`not JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return parseEditorProfile(json, file);
}

/** What the conversation needs from the profile (`AssistantBotDependencies.editorProfile`). */
export function botEditorProfile(profile: EditorProfile): { id: string; prefill: EditorPrefill } {
  const prefill = editorPrefillSchema.parse({
    name: profile.name,
    solutions: profile.solutions,
    technicalAdmins: profile.technicalAdmins ?? [],
  });
  return { id: profile.id, prefill };
}
