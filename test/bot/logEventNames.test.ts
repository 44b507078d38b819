import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const folders = ['bot', 'dialogs', 'documents', 'annuaire', 'teamsPackage', 'bench'];

/** `area.event` or `area.part.event`, each part camelCase: the one style of every log line's `msg`. */
const eventName = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/;

/** The first argument of each logger call (and of sendInternalError, which logs its event), up to its first comma. */
const logCall =
  /\b(?:logger|log|logger\(\)|\w+\.logger)\??\.(?:debug|info|warn|error)\(\s*([^,)]*)|\bsendInternalError\([^,]+,[^,]+,\s*([^,)]*)/g;

/** Every string literal a logger call in the sources may use as its event name, with where it is. */
function loggedEvents(): { name: string; file: string }[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const text = readFileSync(join(root, folder, file), 'utf8');
        return [...text.matchAll(logCall)].flatMap((call) =>
          [...(call[1] ?? call[2] ?? '').matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)].map((literal) => ({
            name: literal[1] ?? literal[2] ?? literal[3] ?? '',
            file: relative(root, join(root, folder, file)),
          })),
        );
      }),
  );
}

describe('log event names', () => {
  const events = loggedEvents();

  it('finds the events it checks (the server, the turns, the annuaire, sendInternalError)', () => {
    expect(events.map((event) => event.name)).toEqual(
      expect.arrayContaining([
        'server.listening',
        'turn.error',
        'storage.unavailable',
        'annuaire.sources',
        'messages.turnFailed',
      ]),
    );
  });

  it('all follow one dotted style: area.event, camelCase', () => {
    expect(events.filter((event) => !eventName.test(event.name))).toEqual([]);
  });
});
