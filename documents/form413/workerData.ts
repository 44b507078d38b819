import { z } from 'zod';

/** What each pool worker receives once at start-up. */
export const form413WorkerDataSchema = z.object({ template: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'template bytes expected') });
export type Form413WorkerData = z.infer<typeof form413WorkerDataSchema>;
