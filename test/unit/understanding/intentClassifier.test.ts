/** IntentClassifier: the same scores as NLP.js's network, stems of words as written, features. */
import { NO_NUMBER_WORDS } from '../../../src/text/numberWords';
import { NeuralNetwork, type FeatureMap } from '@nlpjs/neural';
import {
  DEFAULT_CLASSIFIER_SETTINGS,
  IntentClassifier,
  type LabelledFeatures,
} from '../../../src/understanding/intentClassifier';
import { TextNormalizer } from '../../../src/understanding/textNormalizer';

const examples: LabelledFeatures[] = [
  { features: { pension: 1, mamma: 1 }, label: 'topic:pension' },
  { features: { pension: 1, ansok: 1 }, label: 'topic:pension' },
  { features: { jobb: 1, forlor: 1 }, label: 'topic:jobSeeking' },
  { features: { jobb: 1, sok: 1 }, label: 'topic:jobSeeking' },
  { features: { hej: 1 }, label: 'intent:greeting' },
];

describe('IntentClassifier.score', () => {
  it("gives the same shares as NLP.js's own run of the same trained network", () => {
    const classifier = new IntentClassifier('sv');
    classifier.train(examples);
    const network = new NeuralNetwork({
      iterations: DEFAULT_CLASSIFIER_SETTINGS.iterations,
      learningRate: DEFAULT_CLASSIFIER_SETTINGS.learningRate,
      errorThresh: DEFAULT_CLASSIFIER_SETTINGS.errorThreshold,
      log: false,
    });
    network.train(examples.map((e) => ({ input: e.features, output: { [e.label]: 1 } })));
    const inputs: FeatureMap[] = [{ pension: 1 }, { jobb: 1, mamma: 1 }, { hej: 1, okand: 1 }];
    for (const input of inputs) {
      const out = network.run(input) ?? {};
      const total = Object.values(out).reduce((a, b) => a + b, 0);
      const { shares, strength } = classifier.score(input);
      for (const { label, score } of shares)
        expect(score).toBeCloseTo((out[label] ?? 0) / total, 6);
      expect(strength).toBeCloseTo(Math.max(...Object.values(out)), 6);
    }
  });

  it('gives shares that sum to one, best first', () => {
    const classifier = new IntentClassifier('sv');
    classifier.train(examples);
    const { shares } = classifier.score({ pension: 1, jobb: 1 });
    expect(shares.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 9);
    expect(shares.map((s) => s.score)).toEqual(
      [...shares.map((s) => s.score)].sort((a, b) => b - a),
    );
  });
});

describe('IntentClassifier.stem', () => {
  it('stems the word as written, so text with and without diacritics reads alike', () => {
    const classifier = new IntentClassifier('sv');
    // Snowball reads the folded "arbetslos" as a plural and cuts the s.
    expect(classifier.stem('arbetslos')).not.toBe(classifier.stem('arbetslosa', 'arbetslösa'));
    expect(classifier.stem('arbetslos', 'arbetslös')).toBe(
      classifier.stem('arbetslosa', 'arbetslösa'),
    );
    // Once the training text has shown the spelling, unaccented input gets the same stem.
    classifier.learnSpellings(new Map([['arbetslos', 'arbetslös']]));
    expect(classifier.stem('arbetslos')).toBe(classifier.stem('arbetslosa', 'arbetslösa'));
  });

  it('stems Ukrainian before folding its letters', () => {
    const classifier = new IntentClassifier('uk');
    expect(classifier.stem('дітіну', 'дитину')).toBe(classifier.stem('дітіна', 'дитина'));
  });
});

describe('IntentClassifier.features', () => {
  const normalizer = new TextNormalizer('sv', { fillers: [], numbers: NO_NUMBER_WORDS });

  it('adds the first five letters of Swedish and Ukrainian words, not English ones', () => {
    const sv = new IntentClassifier('sv').features(['bostadsbidraget']);
    expect(sv).toHaveProperty('^bosta', 1);
    const en = new IntentClassifier('en').features(['housing']);
    expect(Object.keys(en).some((f) => f.startsWith('^'))).toBe(false);
  });

  it('reads a two-word message and the same words written as one alike ("god dag")', () => {
    const classifier = new IntentClassifier('sv');
    const apart = classifier.features(normalizer.normalize('god dag').tokens);
    const together = classifier.features(normalizer.normalize('goddag').tokens);
    expect(apart).toHaveProperty('+goddag', 1);
    expect(together).toHaveProperty('+goddag', 1);
  });

  it('has no word-pair features in longer messages (they learn sentences by heart)', () => {
    const classifier = new IntentClassifier('en');
    const features = classifier.features(['my', 'pension', 'is', 'late']);
    expect(Object.keys(features).filter((f) => f.startsWith('+'))).toEqual([]);
  });

  it('counts the whole-message feature on the message, not on its transliterated reading', () => {
    const classifier = new IntentClassifier('uk');
    const features = classifier.features(['pryvit', 'прівіт'], [], new Map(), 1);
    expect(features).toHaveProperty('+pryvit', 1);
    expect(features).not.toHaveProperty('+pryvitпрівіт');
  });
});
