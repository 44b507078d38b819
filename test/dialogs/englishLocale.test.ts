import { runTranscript } from './transcript';
import { englishCases } from './cases/english';

/** Words only a French sentence has: a text that contains one fell back to the French locale. */
const frenchWords = /\b(vous|votre|vos|Quel|Quelle|est-ce|Oui|Non)\b/;

describe('the English locale (en-US)', () => {
  it.each(englishCases.map((each) => [each.name, each] as const))(
    '%s, every text in English',
    async (_name, testCase) => {
      const { turns } = await runTranscript(testCase);
      const french = turns
        .flat()
        .flatMap((activity) => (activity.text ?? '').split('\n').filter((line) => frenchWords.test(line)));
      expect(french).toEqual([]);
    },
  );
});
