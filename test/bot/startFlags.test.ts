import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serverNodeFlags } from '../../bench/serverFlags';

describe('npm start', () => {
  it('runs the bot with the Node flags the bench measures it with', () => {
    const manifest = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')));
    expect(manifest.scripts.start).toBe(`npm run build && node ${serverNodeFlags.join(' ')} dist/bot/index.js`);
  });
});
