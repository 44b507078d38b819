/**
 * The Node flags `npm start` gives the bot (package.json), so the bench measures the server as it runs:
 * without a cap V8 sizes the heap from the machine's memory and lets it grow to ~4× the live set before a
 * full collection (resident memory then tracks garbage, not data). DEP0111 is restify's: it requires spdy,
 * whose http-deceiver reads `process.binding('http_parser')` twice at load (restify 11.1, the latest, still
 * does; test/bot/startFlags.test.ts says when it stops). Only that warning is silenced.
 */
export const serverNodeFlags = ['--disable-warning=DEP0111', '--max-old-space-size=1024'] as const;
