/** The trained part of understanding: NLP.js stemmers and neural classifier over words and word-list hits. */
import { NeuralNetwork, type FeatureMap, type TrainingStatus } from '@nlpjs/neural';
import { StemmerEn } from '@nlpjs/lang-en';
import { StemmerSv } from '@nlpjs/lang-sv';
import { StemmerUk } from '@nlpjs/lang-uk';
import type { Lang } from '../languages';
import { foldWords } from '../text/folding';

/** One training example: the features of an utterance and its label (`topic:pension`, `intent:yes`…). */
export interface LabelledFeatures {
  features: FeatureMap;
  label: string;
}

/** A label with its share of the classifier's output (the shares of one call sum to 1). */
export interface LabelScore {
  label: string;
  score: number;
}

/** What the classifier makes of one message (see IntentClassifier.score). */
export interface ClassifierScores {
  /** Every label with its share of the output, best first; empty when no label activates. */
  shares: LabelScore[];
  /** The raw activation of the best label: near zero means "nothing I know". */
  strength: number;
}

/** How NLP.js's network is trained (see DEFAULT_CLASSIFIER_SETTINGS). */
export interface ClassifierSettings {
  /** At most this many passes over the examples. */
  iterations: number;
  learningRate: number;
  /** Training stops once the mean squared error falls below this. */
  errorThreshold: number;
}

/**
 * A lower learning rate than NLP.js's default (0.6) and an earlier stop: the network then spreads
 * its weight over more of a sentence's words instead of learning each sentence by heart, which
 * reads new wordings better (cross-validated on the training text: `npm run eval:understanding -- --cv`).
 * Training takes a few hundred milliseconds per language.
 */
export const DEFAULT_CLASSIFIER_SETTINGS: ClassifierSettings = {
  iterations: 300,
  learningRate: 0.2,
  errorThreshold: 0.0005,
};

/**
 * Swedish and Ukrainian words also count by their first five letters: Ukrainian endings and
 * Swedish compounds vary more than the stemmers catch ("пенсію"/"пенсії", "bostadsbidraget").
 */
const HEAD_LENGTH = 5;
const HEAD_FEATURE_LANGS: ReadonlySet<Lang> = new Set(['sv', 'uk']);

/** Stems kept in memory at most (a few megabytes). */
const STEM_CACHE_LIMIT = 50_000;

/** NLP.js's default slope of its leaky ReLU (used when the trained settings do not say). */
const DEFAULT_ALPHA = 0.07;

interface Stemmer {
  stemWord(word: string): string;
}

function stemmerFor(lang: Lang): Stemmer {
  switch (lang) {
    case 'sv':
      return new StemmerSv();
    case 'en':
      return new StemmerEn();
    case 'uk':
      return new StemmerUk();
  }
}

/**
 * A classifier for one language. Features are word stems (NLP.js Snowball stemmers) and word
 * heads plus the hits of the word lists, which carry compounds, Swedish terms in other languages
 * and synonyms the training text lacks. Training is NLP.js's neural network, set so that a start
 * stays well under a second per language.
 */
export class IntentClassifier {
  private readonly stemmer: Stemmer;
  private readonly stemCache = new Map<string, string>();
  private labels: string[] = [];
  private weights = new Map<string, Float32Array>();
  private biases = new Float64Array(0);
  private alpha = DEFAULT_ALPHA;
  private vocabulary = new Set<string>();
  /** How the training text spells folded tokens ("arbetslos" → "arbetslös"). */
  private readonly spellings = new Map<string, string>();

  constructor(
    readonly lang: Lang,
    private readonly settings: ClassifierSettings = DEFAULT_CLASSIFIER_SETTINGS,
  ) {
    this.stemmer = stemmerFor(lang);
  }

  /**
   * The stem of a folded token, folded again. The stemmer reads the word as written when the
   * message or the training text shows it ("arbetslös", "пенсії"): Snowball stemmers misread
   * words whose diacritics or Ukrainian letters were folded away. Cached: stemming is the slow
   * part of featurising.
   */
  stem(token: string, written?: string): string {
    const word = written ?? this.spellings.get(token) ?? token;
    let stem = this.stemCache.get(word);
    if (stem === undefined) {
      stem = /^\d+$/.test(word) ? word : foldWords(this.stemmer.stemWord(word), this.lang);
      // Every new word a user types lands here: keep a long-running server's cache bounded.
      if (this.stemCache.size >= STEM_CACHE_LIMIT) this.stemCache.clear();
      this.stemCache.set(word, stem);
    }
    return stem;
  }

  /** Remembers how the training text writes tokens that folding changes (see `stem`). */
  learnSpellings(spellings: ReadonlyMap<string, string>): void {
    for (const [folded, written] of spellings) {
      if (!this.spellings.has(folded)) this.spellings.set(folded, written);
    }
  }

  /**
   * Sets the words of the training text. Swedish words outside it are split into two known parts
   * when possible ("studieskulden" → "studie" + "skulden"), the usual way to read a new compound.
   */
  setVocabulary(tokens: Iterable<string>): void {
    this.vocabulary = new Set();
    for (const token of tokens) {
      this.vocabulary.add(token);
      this.vocabulary.add(this.stem(token));
    }
  }

  private known(word: string): boolean {
    return this.vocabulary.has(word) || this.vocabulary.has(this.stem(word));
  }

  /** The two known parts of an unknown Swedish compound, longest tail first; undefined if none. */
  splitCompound(token: string): [string, string] | undefined {
    if (this.lang !== 'sv' || token.length < 7 || this.vocabulary.has(token)) return undefined;
    for (let i = 3; i <= token.length - 3; i += 1) {
      const head = token.slice(0, i);
      const tail = token.slice(i);
      if (!this.known(tail)) continue;
      if (
        this.known(head) ||
        (head.endsWith('s') && this.known(head.slice(0, -1))) ||
        head.length >= 4
      ) {
        return [head.endsWith('s') && !this.known(head) ? head.slice(0, -1) : head, tail];
      }
    }
    return undefined;
  }

  /**
   * The feature map of a message: stems, the first letters of Swedish and Ukrainian words, the
   * parts of unknown Swedish compounds, two words that the training text writes as one, the
   * decade of numbers (65 and 67 read alike), the whole message when it has one or two words
   * ("god dag" = "goddag"), and the extra (word-list) features. Plain word pairs are left out:
   * they let the network learn sentences by heart instead of words. `primaryCount` is how many
   * of the tokens are the message itself (the rest are a second, transliterated reading).
   */
  features(
    tokens: readonly string[],
    extra: readonly string[] = [],
    spellings: ReadonlyMap<string, string> = new Map(),
    primaryCount = tokens.length,
  ): FeatureMap {
    const features: FeatureMap = {};
    let previous: string | undefined;
    const whole = primaryCount <= 2 ? tokens.slice(0, primaryCount).join('') : '';
    for (const token of tokens) {
      for (const part of token.split('-')) {
        if (!part) continue;
        features[this.stem(part, spellings.get(part))] = 1;
        if (HEAD_FEATURE_LANGS.has(this.lang) && part.length > HEAD_LENGTH) {
          features[`^${part.slice(0, HEAD_LENGTH)}`] = 1;
        }
        const split = this.splitCompound(part);
        if (split) for (const piece of split) features[this.stem(piece)] = 1;
        if (/^\d+$/.test(part)) features[`~${part.slice(0, -1)}x`] = 1;
      }
      if (previous !== undefined && this.vocabulary.has(previous + token)) {
        features[this.stem(previous + token)] = 1;
      }
      previous = token;
    }
    if (whole !== '') features[`+${whole}`] = 1;
    for (const feature of extra) features[feature] = 1;
    return features;
  }

  /** Trains on the examples; returns NLP.js's training status (iterations, error). */
  train(examples: readonly LabelledFeatures[]): TrainingStatus {
    const corpus = examples.map((e) => ({ input: e.features, output: { [e.label]: 1 } }));
    const network = new NeuralNetwork({
      iterations: this.settings.iterations,
      learningRate: this.settings.learningRate,
      errorThresh: this.settings.errorThreshold,
      log: false,
    });
    const status = network.train(corpus);
    // Keep the trained weights in a form that scores a message in one pass over its features.
    const json = network.toJSON();
    this.labels = json.intents ?? [];
    this.alpha = json.settings.alpha ?? DEFAULT_ALPHA;
    this.biases = new Float64Array(this.labels.length);
    this.weights = new Map();
    const features = json.features ?? [];
    const perceptrons = json.perceptrons ?? [];
    features.forEach((feature, f) => {
      const row = new Float32Array(this.labels.length);
      for (let l = 0; l < this.labels.length; l += 1) row[l] = perceptrons[l]?.[f] ?? 0;
      this.weights.set(feature, row);
    });
    for (let l = 0; l < this.labels.length; l += 1) {
      const perceptron = perceptrons[l] ?? [];
      this.biases[l] = perceptron[perceptron.length - 1] ?? 0;
    }
    return status;
  }

  /**
   * Scores a message in one pass over its features with the trained weights: every label's share
   * of the network's output (best first, summing to one, empty when nothing activates) and the raw
   * activation of the best label (near zero means "nothing I know"). Same result as NLP.js's
   * `run`, without building its input vectors on every call.
   */
  score(features: FeatureMap): ClassifierScores {
    const n = this.labels.length;
    const sums = Float64Array.from(this.biases);
    for (const [feature, value] of Object.entries(features)) {
      const row = this.weights.get(feature);
      if (!row) continue;
      for (let l = 0; l < n; l += 1) sums[l] = (sums[l] ?? 0) + value * (row[l] ?? 0);
    }
    let total = 0;
    let strength = 0;
    const outputs = new Float64Array(n);
    for (let l = 0; l < n; l += 1) {
      const sum = sums[l] ?? 0;
      const out = sum > 0 ? this.alpha * sum : 0;
      outputs[l] = out;
      total += out;
      if (out > strength) strength = out;
    }
    const shares =
      total > 0
        ? this.labels
            .map((label, l) => ({ label, score: (outputs[l] ?? 0) / total }))
            .sort((a, b) => b.score - a.score)
        : [];
    return { shares, strength };
  }
}
