/** Type declarations for the parts of NLP.js v4 (AXA, MIT) this module uses; the packages ship none. */

declare module '@nlpjs/neural' {
  /** A sparse feature vector: feature name → weight. */
  export type FeatureMap = Record<string, number>;
  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export interface TrainingStatus {
    error: number;
    deltaError: number;
    iterations: number;
  }
  export interface NeuralNetworkJson {
    settings: NeuralNetworkSettings;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }
  /** NLP.js's single-layer neural classifier (one perceptron per class, leaky ReLU). */
  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    train(corpus: { input: FeatureMap; output: FeatureMap }[]): TrainingStatus;
    run(input: FeatureMap): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}

declare module '@nlpjs/lang-sv' {
  export class StemmerSv {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-en' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-uk' {
  export class StemmerUk {
    stemWord(word: string): string;
  }
}
