/** crossValidate: every training sentence is read once by a model that did not train on it. */
import { LANGS, type Lang } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { crossValidate } from '../../../src/understanding/crossValidation';
import {
  loadLanguageResources,
  type LanguageResources,
} from '../../../src/understanding/languageResources';

describe('crossValidate', () => {
  it('reads each sentence once and scores top-1 within top-3', () => {
    const full = loadLanguageResources(localesDir);
    // A small slice keeps the test quick: four sentences per label.
    const small = {} as Record<Lang, LanguageResources>;
    for (const lang of LANGS) {
      const utterances = Object.fromEntries(
        Object.entries(full[lang].utterances).map(([label, list]) => [label, list.slice(0, 4)]),
      );
      small[lang] = { ...full[lang], utterances };
    }
    const tallies = crossValidate(small, 2);
    for (const lang of LANGS) {
      const sentences = Object.values(small[lang].utterances).flat().length;
      const t = tallies[lang];
      expect(t.n).toBe(sentences);
      expect(t.top1).toBeLessThanOrEqual(t.top3);
      expect(t.top3).toBeLessThanOrEqual(t.n);
      expect(t.top1).toBeGreaterThan(0);
    }
  });
});
