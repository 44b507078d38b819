/** Card numbers (10 digits) and French phone numbers, as typed (spaces, dots, dashes, +33). */
const phonePattern = /(?:\+33\s?|0033\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;
const cardPattern = /\b\d{10}\b/g;

const keepLastTwo = (match: string): string => {
  const digits = match.replace(/\D/g, '');
  return `${'•'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
};

/** Masks phone and card numbers in a transcript text, keeping the last two digits for recognition. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(phonePattern, keepLastTwo).replace(cardPattern, keepLastTwo);
}
