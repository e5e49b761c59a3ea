/** The trained part of understanding: NLP.js stemmers and neural classifier over words and word-list hits. */
import { NeuralNetwork, type FeatureMap, type TrainingStatus } from '@nlpjs/neural';
import { StemmerEn } from '@nlpjs/lang-en';
import { StemmerSv } from '@nlpjs/lang-sv';
import { StemmerUk } from '@nlpjs/lang-uk';
import type { Lang } from '../languages';

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
 * A classifier for one language. Features are word stems (NLP.js Snowball stemmers) plus
 * the hits of the word lists, which carry compounds, Swedish terms in other languages and
 * synonyms the training text lacks. Training is NLP.js's neural network, capped so that a start
 * stays well under a second.
 */
export class IntentClassifier {
  private readonly stemmer: Stemmer;
  private readonly stemCache = new Map<string, string>();
  private network: NeuralNetwork | undefined;
  private labels: string[] = [];
  private vocabulary = new Set<string>();

  constructor(
    readonly lang: Lang,
    private readonly settings: { iterations: number } = { iterations: 300 },
  ) {
    this.stemmer = stemmerFor(lang);
  }

  /** The stem of a folded token (cached: the stemmers are the slow part of featurising). */
  stem(token: string): string {
    let stem = this.stemCache.get(token);
    if (stem === undefined) {
      stem = /^\d+$/.test(token) ? token : this.stemmer.stemWord(token);
      this.stemCache.set(token, stem);
    }
    return stem;
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
   * The feature map of a message: stems, the parts of unknown Swedish compounds, adjacent words
   * written together ("god dag" = "goddag"), the decade of numbers (65 and 67 read alike) and the
   * extra (word-list) features.
   */
  features(tokens: readonly string[], extra: readonly string[] = []): FeatureMap {
    const features: FeatureMap = {};
    let previous: string | undefined;
    for (const token of tokens) {
      for (const part of token.split('-')) {
        if (!part) continue;
        features[this.stem(part)] = 1;
        const split = this.splitCompound(part);
        if (split) for (const piece of split) features[this.stem(piece)] = 1;
        if (/^\d+$/.test(part)) features[`~${part.slice(0, -1)}x`] = 1;
      }
      if (previous !== undefined) features[`+${previous}${token}`] = 1;
      previous = token;
    }
    if (tokens.length === 1 && tokens[0] !== undefined) features[`+${tokens[0]}`] = 1;
    for (const feature of extra) features[feature] = 1;
    return features;
  }

  /** Trains on the examples; returns NLP.js's training status (iterations, error). */
  train(examples: readonly LabelledFeatures[]): TrainingStatus {
    const corpus = examples.map((e) => ({ input: e.features, output: { [e.label]: 1 } }));
    this.labels = [...new Set(examples.map((e) => e.label))];
    this.network = new NeuralNetwork({ iterations: this.settings.iterations, log: false });
    return this.network.train(corpus);
  }

  /** Every label with its share, best first; empty when no known feature is present. */
  classify(features: FeatureMap): LabelScore[] {
    const out = this.network?.run(features);
    if (!out) return [];
    let total = 0;
    for (const label of this.labels) total += out[label] ?? 0;
    if (total <= 0) return [];
    return this.labels
      .map((label) => ({ label, score: (out[label] ?? 0) / total }))
      .sort((a, b) => b.score - a.score);
  }

  /** The raw (unnormalised) activation of the best label: near zero means "nothing I know". */
  strength(features: FeatureMap): number {
    const out = this.network?.run(features);
    if (!out) return 0;
    return Math.max(0, ...this.labels.map((l) => out[l] ?? 0));
  }
}
