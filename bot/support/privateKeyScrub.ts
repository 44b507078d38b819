import { containsPrivateKey } from '../../documents/csr/privateKey';

/** Nesting no activity needs: deeper values cannot be checked cheaply, so they are not kept. */
const maxDepth = 32;

interface Scrubbed {
  value: unknown;
  /** Key material was replaced. */
  found: boolean;
  /** Anything was replaced (key material, or a value nested too deep). */
  changed: boolean;
}

const kept = (value: unknown): Scrubbed => ({ value, found: false, changed: false });

/** `value`, or a copy where every string holding key material is the placeholder and every such property name dropped. */
function scrubValue(value: unknown, placeholder: string, depth: number): Scrubbed {
  if (typeof value === 'string')
    return containsPrivateKey(value) ? { value: placeholder, found: true, changed: true } : kept(value);
  if (value === null || typeof value !== 'object') return kept(value);
  if (depth >= maxDepth) return { value: null, found: false, changed: true };
  const entries = Array.isArray(value)
    ? value.map((item: unknown, index) => [String(index), item] as const)
    : Object.entries(value);
  let found = false;
  let changed = false;
  const scrubbed: Array<readonly [string, unknown]> = [];
  for (const [key, item] of entries) {
    if (!Array.isArray(value) && containsPrivateKey(key)) {
      found = changed = true;
      continue;
    }
    const result = scrubValue(item, placeholder, depth + 1);
    found ||= result.found;
    changed ||= result.changed;
    scrubbed.push([key, result.value]);
  }
  if (!changed) return kept(value);
  return {
    value: Array.isArray(value) ? scrubbed.map(([, item]) => item) : Object.fromEntries(scrubbed),
    found,
    changed,
  };
}

/**
 * Replaces, in place, every piece of the activity that holds a private key — text, value, attachments
 * (content, `data:` URLs, names), channelData, entities, from.name, anything else — with the placeholder.
 * True when key material was found.
 */
export function scrubPrivateKeys(activity: object, placeholder: string): boolean {
  let found = false;
  for (const [key, value] of Object.entries(activity)) {
    const result = scrubValue(value, placeholder, 0);
    if (result.changed) Reflect.set(activity, key, result.value);
    found ||= result.found;
  }
  return found;
}
