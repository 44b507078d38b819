import { Activity, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { DialogSet } from 'botbuilder-dialogs';
import { z } from 'zod';
import {
  dialogContextOf,
  dialogStateManagerConfigurationKey,
  validateAndFixActivity,
} from '../../../bot/sdk/internals';
import { turnOf } from '../state/turnContexts';

// These pin what bot/sdk/internals.ts relies on beyond the SDK's documented API: if one fails after an
// upgrade of botbuilder or botbuilder-dialogs, that module is what must change.

/** A request body as JSON gives it: timestamps are strings (the type says Date). */
const requestBody = z.custom<Activity>((value) => typeof value === 'object' && value !== null);

describe('validateAndFixActivity (botbuilder/lib/activityValidator)', () => {
  it('turns the JSON timestamps into Dates and keeps their text', () => {
    const activity = validateAndFixActivity(
      requestBody.parse({
        type: 'message',
        timestamp: '2026-12-02T09:30:00.000Z',
        localTimestamp: '2026-12-02T10:30:00.000+01:00',
        expiration: '2026-12-03T09:30:00.000Z',
      }),
    );
    expect(activity.timestamp).toEqual(new Date('2026-12-02T09:30:00.000Z'));
    expect(activity.localTimestamp).toEqual(new Date('2026-12-02T09:30:00.000Z'));
    expect(activity.expiration).toEqual(new Date('2026-12-03T09:30:00.000Z'));
    expect(Reflect.get(activity, 'rawTimestamp')).toBe('2026-12-02T09:30:00.000Z');
    expect(Reflect.get(activity, 'rawLocalTimestamp')).toBe('2026-12-02T10:30:00.000+01:00');
  });

  it('refuses an activity without a type, as CloudAdapter.process does', () => {
    expect(() => validateAndFixActivity(requestBody.parse({ text: 'bonjour' }))).toThrow('missing activity type');
  });
});

describe(`botbuilder-dialogs' memory scopes under turn state '${dialogStateManagerConfigurationKey}'`, () => {
  const adapter = new TestAdapter();
  const dialogs = () => new DialogSet(new ConversationState(new MemoryStorage()).createProperty('dialogState'));

  it('is where DialogSet.createContext keeps the scopes it built for the turn', async () => {
    const context = turnOf(adapter, 'sdk-1');
    const dc = await dialogs().createContext(context);
    expect(dc.state.configuration.memoryScopes.length).toBeGreaterThan(0);
    expect(context.turnState.get(dialogStateManagerConfigurationKey)).toBe(dc.state.configuration);
  });

  it("is read back: later turns reuse the first turn's scopes, and memory paths still resolve", async () => {
    const set = dialogs();
    const first = await dialogContextOf(set, turnOf(adapter, 'sdk-2'));
    const later = await dialogContextOf(set, turnOf(adapter, 'sdk-3'));
    expect(later.state.configuration).toBe(first.state.configuration);
    later.state.setValue('turn.slot', 'siret');
    expect(later.state.getValue('turn.slot')).toBe('siret');
    expect(first.state.getValue('turn.slot')).toBeUndefined();
  });
});
