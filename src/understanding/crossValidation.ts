/** Cross-validation on the training text: how well the understanding reads wordings it was not trained on. */
import { TOPIC_AGENCY, isTopicId } from '../agencies/topicIds';
import { LANGS, type Lang } from '../languages';
import type { LanguageResources } from './languageResources';
import type { MatterCatalogue } from './matterCatalogue';
import { foldWords, splitWords } from '../text/folding';
import { Understanding, type UnderstandingOptions } from './understanding';

/** Two sentences whose words overlap at least this much (Jaccard) are paraphrases of each other. */
const PARAPHRASE_OVERLAP = 0.5;

/**
 * Groups a label's sentences into paraphrase groups: sentences linked by a chain of near-copies
 * (shared words at least PARAPHRASE_OVERLAP of their union) form one group. Cross-validation
 * holds out whole groups, so a near-copy in training cannot inflate the score of its twin.
 */
export function paraphraseGroups(sentences: readonly string[], lang: Lang): number[] {
  const bags = sentences.map((s) => new Set(splitWords(foldWords(s, lang))));
  const parent = sentences.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < bags.length; i += 1) {
    for (let j = i + 1; j < bags.length; j += 1) {
      const a = bags[i] ?? new Set<string>();
      const b = bags[j] ?? new Set<string>();
      let shared = 0;
      for (const w of a) if (b.has(w)) shared += 1;
      const union = a.size + b.size - shared;
      if (union > 0 && shared / union >= PARAPHRASE_OVERLAP) parent[root(j)] = root(i);
    }
  }
  const ids = new Map<number, number>();
  return sentences.map((_, i) => {
    const r = root(i);
    if (!ids.has(r)) ids.set(r, ids.size);
    return ids.get(r) ?? 0;
  });
}

/** Top-1 and top-3 counts for one language. */
export interface CrossValidationTally {
  n: number;
  top1: number;
  top3: number;
}

/**
 * Splits every label's utterances into `folds` parts by paraphrase group, trains on all parts but one and reads the
 * one left out, for each part in turn. The dev set measures the shipped model; this measures the
 * method on ten times as many sentences, which makes it the better guide when changing features
 * or training settings. A matter counts for top-1 when its body comes first (given or first
 * choice) and for top-3 when it is among the three offered; anything else must get its intent.
 */
export function crossValidate(
  resources: Record<Lang, LanguageResources>,
  folds = 5,
  options: Partial<UnderstandingOptions> = {},
  catalogue?: MatterCatalogue,
): Record<Lang, CrossValidationTally> {
  const tallies: Record<Lang, CrossValidationTally> = {
    sv: { n: 0, top1: 0, top3: 0 },
    en: { n: 0, top1: 0, top3: 0 },
    uk: { n: 0, top1: 0, top3: 0 },
  };
  const groups = new Map<string, number[]>();
  for (const lang of LANGS)
    for (const [label, list] of Object.entries(resources[lang].utterances))
      groups.set(`${lang}|${label}`, paraphraseGroups(list, lang));
  for (let fold = 0; fold < folds; fold += 1) {
    const trainingPart = {} as Record<Lang, LanguageResources>;
    const heldBack: { lang: Lang; label: string; text: string }[] = [];
    for (const lang of LANGS) {
      const utterances: Record<string, string[]> = {};
      for (const [label, list] of Object.entries(resources[lang].utterances)) {
        const group = groups.get(`${lang}|${label}`) ?? [];
        const kept = list.filter((text, i) => {
          if ((group[i] ?? i) % folds !== fold) return true;
          heldBack.push({ lang, label, text });
          return false;
        });
        utterances[label] = kept.length > 0 ? kept : list.slice(0, 1);
      }
      trainingPart[lang] = { ...resources[lang], utterances };
    }
    const understanding = new Understanding(trainingPart, options, catalogue);
    for (const { lang, label, text } of heldBack) {
      const got = understanding.classify(text, lang);
      const topic = label.slice('topic:'.length);
      const agency =
        label.startsWith('topic:') && isTopicId(topic) ? TOPIC_AGENCY[topic] : undefined;
      let top1: boolean;
      let top3: boolean;
      if (agency === 'emergency') {
        top1 = top3 = got.intent === 'emergency';
      } else if (agency !== undefined) {
        const offered = got.intent === 'matter' ? got.alternatives.map((a) => a.agency) : [];
        top1 = got.intent === 'matter' && (got.body ?? offered[0]) === agency;
        top3 = got.intent === 'matter' && (got.body === agency || offered.includes(agency));
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
