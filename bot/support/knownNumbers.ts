import type { Answers } from '../../rules/answers';
import { nationalStructureId, validateCardNumber, validatePhone } from '../../rules/identifiers';
import type { KnownNumbers } from './masking';

const personalValidators: Record<string, (input: string) => { ok: boolean; value?: string }> = {
  telephone: validatePhone,
  carte: validateCardNumber,
};
const structureKinds = ['finess', 'siret', 'rppsRang'] as const;
const isStructureKind = (name: string): name is (typeof structureKinds)[number] =>
  (structureKinds as readonly string[]).includes(name);

/**
 * The phones and cards a conversation holds (slots `….telephone`, `….carte`, stored normalised) and its
 * structure identifiers with their «identifiant national» (`finess`, `siret`, `….rppsRang`).
 */
export function knownNumbersOf(answers: Answers): KnownNumbers {
  const personal = new Set<string>();
  const structure = new Set<string>();
  for (const [key, value] of Object.entries(answers)) {
    const field = key.slice(key.lastIndexOf('.') + 1);
    for (const text of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      const validate = personalValidators[field];
      const checked = validate?.(text);
      if (checked?.ok && checked.value) personal.add(checked.value);
      const digits = text.replace(/\D/g, '');
      if (isStructureKind(field) && digits !== '') structure.add(digits).add(nationalStructureId(field, digits));
    }
  }
  return { personal, structure };
}
