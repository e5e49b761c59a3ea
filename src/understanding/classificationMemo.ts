/** A classifier that remembers its readings of short messages, which people send again and again. */
import type { Lang } from '../languages';
import type { AgencyScore, Classification, ClassifyContext, Classifier } from './interpretation';

/** Readings remembered at most (each a few hundred bytes); when full, the memo starts afresh. */
const DEFAULT_SIZE = 4000;

/** Messages longer than this are read afresh each time: a long message rarely comes twice. */
const DEFAULT_MAX_TEXT = 120;

/** A fresh copy of a score, so no caller can change the remembered one. */
function scoreCopy(s: AgencyScore): AgencyScore {
  return s.matters === undefined ? { ...s } : { ...s, matters: [...s.matters] };
}

/** A fresh copy of a reading, down to its lists. */
function classificationCopy(c: Classification): Classification {
  const copy: Classification = { ...c, alternatives: c.alternatives.map(scoreCopy) };
  if (c.close !== undefined) copy.close = [scoreCopy(c.close[0]), scoreCopy(c.close[1])];
  return copy;
}

/** True when the context holds nothing but the body in hand (the key); a new hint is read afresh. */
function onlyAgency(context: ClassifyContext): boolean {
  for (const key in context) if (key !== 'agency') return false;
  return true;
}

/**
 * Wraps a trained classifier (whose reading depends only on the text, the language and the body in
 * hand) and remembers the readings of short messages: "ja", "yes", "так", "more", "den andra", a
 * town's name, "start over". A turn of such a message then costs a look-up instead of a reading
 * (about a quarter of the CPU time of a guide turn in bench/turnCost). Each call gets its own copy.
 */
export class ClassificationMemo implements Classifier {
  private readonly readings = new Map<string, Classification>();

  constructor(
    private readonly classifier: Classifier,
    private readonly size = DEFAULT_SIZE,
    private readonly maxText = DEFAULT_MAX_TEXT,
  ) {}

  classify(text: string, lang: Lang, context: ClassifyContext = {}): Classification {
    if (text.length > this.maxText || !onlyAgency(context)) {
      return this.classifier.classify(text, lang, context);
    }
    const key = `${lang}\u0001${context.agency ?? ''}\u0001${text}`;
    let reading = this.readings.get(key);
    if (reading === undefined) {
      reading = this.classifier.classify(text, lang, context);
      if (this.readings.size >= this.size) this.readings.clear();
      this.readings.set(key, reading);
    }
    return classificationCopy(reading);
  }

  /** How many readings are remembered now. */
  get count(): number {
    return this.readings.size;
  }
}
