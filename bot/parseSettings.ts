import type { z } from 'zod';

/** Reads settings through their schema, or fails naming every wrong variable (the server refuses to start). */
export function parseSettings<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv, error: (message: string) => Error): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
  throw error(`Invalid configuration:\n${lines.join('\n')}`);
}
