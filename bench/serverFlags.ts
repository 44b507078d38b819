/**
 * The Node flags `npm start` gives the bot (package.json), so the bench measures the server as it runs:
 * without a cap V8 sizes the heap from the machine's memory and lets it grow to ~4× the live set before a
 * full collection (resident memory then tracks garbage, not data).
 */
export const serverNodeFlags = ['--max-old-space-size=1024'] as const;
