import { loadSettings } from '../../bot/config';
import { readyMessage } from '../../bot/readyMessage';

const production = {
  NODE_ENV: 'production',
  MicrosoftAppId: 'app-id',
  MicrosoftAppPassword: 'secret',
  PUBLIC_BASE_URL: 'https://assistant.editeur.fr/',
};

describe('the line npm start prints when the server answers', () => {
  it.each([
    ['no settings: the page on this machine', {}, 3978, 'Assistant 413 is ready: open http://localhost:3978/'],
    [
      'PORT=0: the port actually listened on',
      { PORT: '0' },
      41234,
      'Assistant 413 is ready: open http://localhost:41234/',
    ],
    [
      'a public address: that one',
      { PUBLIC_BASE_URL: 'https://assistant.editeur.fr/' },
      3978,
      'Assistant 413 is ready: open https://assistant.editeur.fr/',
    ],
    [
      'production without the local Direct Line: no page to open',
      production,
      3978,
      'Assistant 413 is ready: Bot Framework endpoint https://assistant.editeur.fr/api/messages (no Web Chat page: LOCAL_DIRECT_LINE is off)',
    ],
  ])('%s', (_case, env, port, expected) => {
    expect(readyMessage(loadSettings(env).server, port)).toBe(expected);
  });
});
