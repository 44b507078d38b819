import { translatorFor } from '../../locales';
import { perTranslator, textWith } from '../../dialogs/translatorCache';

describe('what is built from the locale strings once per language', () => {
  it('is built once per translator and key, and frozen so that no turn can change it for the next', () => {
    const t = translatorFor('fr-FR');
    let builds = 0;
    const listOfWords = perTranslator((_t, key: string) => {
      builds += 1;
      return { words: [key, 'deux'] };
    });
    const first = listOfWords(t, 'un');
    expect(listOfWords(t, 'un')).toBe(first);
    expect(builds).toBe(1);
    expect(() => first.words.push('trois')).toThrow(TypeError);
    listOfWords(translatorFor('en-GB'), 'un');
    expect(builds).toBe(2);
  });

  it('fills placeholders as i18next does, typed values included (those are never cached)', () => {
    const t = translatorFor('fr-FR');
    const params = { editor: 'Xplore' };
    expect(textWith(t, 'questions.editorSolutionName.prompt', params)).toBe(
      t('questions.editorSolutionName.prompt', params),
    );
    expect(textWith(t, 'questions.rppsRang.prompt', { index: 2, count: 3 })).toBe(
      t('questions.rppsRang.prompt', { index: 2, count: 3 }),
    );
  });
});
