import type { TFunction } from 'i18next';

/** Literal text and placeholder names, alternating: `["Bonjour ", "name", " !"]`. */
type Template = readonly string[];

/** Options that change what i18next looks up or how (plurals, context, defaults, nesting…): those calls go to i18next. */
const lookupOptions = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'keyPrefix',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'ordinal',
  'fallbackLng',
  'skipInterpolation',
]);

const placeholder = /{{\s*([A-Za-z_$][\w$]*)\s*}}/;

/** A string whose only syntax is `{{name}}`; anything else (nesting, formats, `{{- raw}}`) is left to i18next. */
function compile(text: string): Template | undefined {
  if (text.includes('$t(')) return undefined;
  const parts = text.split(new RegExp(placeholder.source, 'g'));
  for (let index = 0; index < parts.length; index += 2) if (parts[index]?.includes('{{')) return undefined;
  return parts;
}

/** The template filled with plain values, or undefined when a value is missing or not a plain string or number. */
function fill(template: Template, options: Readonly<Record<string, unknown>>): string | undefined {
  let text = template[0] ?? '';
  for (let index = 1; index < template.length; index += 2) {
    const value = options[template[index] ?? ''];
    if (typeof value === 'string') text += value;
    else if (typeof value === 'number') text += String(value);
    else return undefined;
    text += template[index + 1] ?? '';
  }
  return text;
}

const isPlainOptions = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).every((name) => !lookupOptions.has(name));

/**
 * i18next's translator for one language, with plain strings answered from templates compiled once per key: an
 * i18next call copies its whole configuration and scans for nesting each time (30 to 100 µs), and a document turn
 * or a conversation turn makes dozens. The same text either way (interpolation does not escape: `escapeValue:
 * false`); plurals, context, nesting, formats and missing keys or values still go through i18next. Only the
 * locale files' strings are kept, never a value.
 */
export function withCompiledTemplates(t: TFunction, resource: (key: string) => unknown): TFunction {
  const templates = new Map<string, Template | null>();
  const templateOf = (key: string): Template | undefined => {
    let template = templates.get(key);
    if (template === undefined) {
      const text = resource(key);
      template = (typeof text === 'string' ? compile(text) : undefined) ?? null;
      templates.set(key, template);
    }
    return template ?? undefined;
  };
  const translate = (...args: unknown[]): unknown => {
    const [key, options] = args;
    const template = typeof key === 'string' && args.length <= 2 ? templateOf(key) : undefined;
    if (template && options === undefined && template.length === 1) return template[0];
    if (template && isPlainOptions(options)) {
      const text = fill(template, options);
      if (text !== undefined) return text;
    }
    return Reflect.apply(t, undefined, args);
  };
  // i18next's own getFixedT returns such a function, with the language and namespace on it.
  for (const name of ['lng', 'lngs', 'ns', 'keyPrefix']) Reflect.set(translate, name, Reflect.get(t, name));
  return translate as unknown as TFunction;
}
