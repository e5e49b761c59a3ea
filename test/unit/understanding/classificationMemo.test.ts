/** ClassificationMemo: a short message is read once per language and body in hand; each caller gets its own copy. */
import type { Lang } from '../../../src/languages';
import { ClassificationMemo } from '../../../src/understanding/classificationMemo';
import type {
  Classification,
  ClassifyContext,
  Classifier,
} from '../../../src/understanding/interpretation';

/** A classifier that counts its readings and says which key it read. */
class CountingClassifier implements Classifier {
  calls = 0;

  classify(text: string, lang: Lang, context: ClassifyContext = {}): Classification {
    this.calls += 1;
    return {
      intent: 'matter',
      body: context.agency ?? 'skatteverket',
      confidence: text.length / 100,
      alternatives: [{ agency: 'skatteverket', score: 0.6, matters: [`${lang}:${text}`] }],
      close: [
        { agency: 'skatteverket', score: 0.6 },
        { agency: 'kommun', score: 0.4 },
      ],
    };
  }
}

describe('ClassificationMemo', () => {
  it.each<[Lang, string]>([
    ['sv', 'ja'],
    ['en', 'yes'],
    ['uk', 'так'],
  ])('[%s] reads "%s" once and gives the same reading again', (lang, text) => {
    const inner = new CountingClassifier();
    const memo = new ClassificationMemo(inner);
    const first = memo.classify(text, lang);
    const second = memo.classify(text, lang);
    expect(inner.calls).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(inner.classify(text, lang));
  });

  it('keeps languages, texts and the body in hand apart', () => {
    const inner = new CountingClassifier();
    const memo = new ClassificationMemo(inner);
    memo.classify('ja', 'sv');
    memo.classify('ja', 'en');
    memo.classify('nej', 'sv');
    const withBody = memo.classify('ja', 'sv', { agency: 'kommun' });
    expect(inner.calls).toBe(4);
    expect(withBody.body).toBe('kommun');
    expect(memo.classify('ja', 'sv').body).toBe('skatteverket');
    expect(inner.calls).toBe(4);
  });

  it('gives each caller its own copy, so a change to one reading never reaches the next', () => {
    const memo = new ClassificationMemo(new CountingClassifier());
    const first = memo.classify('Kiruna', 'en');
    first.alternatives.push({ agency: 'polisen', score: 1 });
    first.alternatives[0]!.matters!.push('changed');
    first.close![0].score = 0;
    const second = memo.classify('Kiruna', 'en');
    expect(second.alternatives).toEqual([
      { agency: 'skatteverket', score: 0.6, matters: ['en:Kiruna'] },
    ]);
    expect(second.close![0].score).toBe(0.6);
  });

  it('reads long messages afresh each time, and forgets all at once when full', () => {
    const inner = new CountingClassifier();
    const memo = new ClassificationMemo(inner, 2, 10);
    const long = 'jag har fått barn och undrar om föräldrapenning';
    memo.classify(long, 'sv');
    memo.classify(long, 'sv');
    expect(inner.calls).toBe(2);
    expect(memo.count).toBe(0);
    memo.classify('a', 'sv');
    memo.classify('b', 'sv');
    expect(memo.count).toBe(2);
    memo.classify('c', 'sv');
    expect(memo.count).toBe(1);
    memo.classify('a', 'sv');
    expect(inner.calls).toBe(6);
  });
});
