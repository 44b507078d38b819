import type { TFunction } from 'i18next';
import { supportedLanguages, translatorFor } from '../../locales';
import { normaliseWords } from '../../rules/questions/matchChoice';
import { perTranslator } from '../translatorCache';
import { phrasesOf } from '../vocabulary';

export const globalCommands = ['help', 'back', 'restart', 'cancel', 'human', 'resume'] as const;
export type GlobalCommand = (typeof globalCommands)[number];

/**
 * A command's phrases in every language, the turn's own first, normalised once: «advisor» works in a French
 * conversation and «conseiller» in an English one (Teams may send no locale, which reads as French).
 */
const commandPhrases = perTranslator((t, command) => {
  const others = supportedLanguages.map((language) => translatorFor(language)).filter((other) => other !== t);
  return [
    ...new Set([t, ...others].flatMap((each) => phrasesOf(each, `commands.phrases.${command}`).map(normaliseWords))),
  ];
});

/**
 * A message that is a command («aide», «retour», «recommencer», «annuler») exactly, or that asks for a
 * person anywhere in it («je voudrais parler à un conseiller»): answers are never mistaken for commands.
 */
export function recogniseCommand(t: TFunction, text: string): GlobalCommand | undefined {
  const words = normaliseWords(text);
  if (words === '') return undefined;
  for (const command of globalCommands) {
    const phrases = commandPhrases(t, command);
    if (phrases.includes(words)) return command;
    // Only multi-word requests count inside a sentence: «agent» alone is a command, «agent d'accueil» an answer.
    const asked = (phrase: string) => phrase.includes(' ') && ` ${words} `.includes(` ${phrase} `);
    if (command === 'human' && phrases.some(asked)) return command;
  }
  return undefined;
}
