/** Cross-validation on the training text: how well the understanding reads wordings it was not trained on. */
import { TOPIC_AGENCY, isTopicId } from '../agencies/topicIds';
import { LANGS, type Lang } from '../languages';
import type { LanguageResources } from './languageResources';
import { Understanding, type UnderstandingOptions } from './understanding';

/** Top-1 and top-3 counts for one language. */
export interface CrossValidationTally {
  n: number;
  top1: number;
  top3: number;
}

/**
 * Splits every label's utterances into `folds` parts, trains on all parts but one and reads the
 * one left out, for each part in turn. The dev set measures the shipped model; this measures the
 * method on ten times as many sentences, which makes it the better guide when changing features
 * or training settings. A matter counts for top-1 when its body comes first (given or first
 * choice) and for top-3 when it is among the three offered; anything else must get its intent.
 */
export function crossValidate(
  resources: Record<Lang, LanguageResources>,
  folds = 5,
  options: Partial<UnderstandingOptions> = {},
): Record<Lang, CrossValidationTally> {
  const tallies: Record<Lang, CrossValidationTally> = {
    sv: { n: 0, top1: 0, top3: 0 },
    en: { n: 0, top1: 0, top3: 0 },
    uk: { n: 0, top1: 0, top3: 0 },
  };
  for (let fold = 0; fold < folds; fold += 1) {
    const trainingPart = {} as Record<Lang, LanguageResources>;
    const heldBack: { lang: Lang; label: string; text: string }[] = [];
    for (const lang of LANGS) {
      const utterances: Record<string, string[]> = {};
      for (const [label, list] of Object.entries(resources[lang].utterances)) {
        const kept = list.filter((text, i) => {
          if (i % folds !== fold) return true;
          heldBack.push({ lang, label, text });
          return false;
        });
        utterances[label] = kept.length > 0 ? kept : list.slice(0, 1);
      }
      trainingPart[lang] = { ...resources[lang], utterances };
    }
    const understanding = new Understanding(trainingPart, options);
    for (const { lang, label, text } of heldBack) {
      const got = understanding.interpret(text, lang);
      const topic = label.slice('topic:'.length);
      const agency =
        label.startsWith('topic:') && isTopicId(topic) ? TOPIC_AGENCY[topic] : undefined;
      let top1: boolean;
      let top3: boolean;
      if (agency === 'emergency') {
        top1 = top3 = got.intent === 'emergency';
      } else if (agency !== undefined) {
        const offered = got.intent === 'matter' ? got.alternatives.map((a) => a.agency) : [];
        top1 = got.intent === 'matter' && (got.agency ?? offered[0]) === agency;
        top3 = got.intent === 'matter' && (got.agency === agency || offered.includes(agency));
      } else {
        const intent = label === 'outOfScope' ? 'outOfScope' : label.slice('intent:'.length);
        top1 = top3 = got.intent === intent;
      }
      const tally = tallies[lang];
      tally.n += 1;
      if (top1) tally.top1 += 1;
      if (top3) tally.top3 += 1;
    }
  }
  return tallies;
}
