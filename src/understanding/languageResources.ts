/** Loads and validates locales/<lang>/understanding.json: training text and word lists per language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AGENCY_IDS } from '../agencies/agencyIds';
import { TOPIC_IDS, type TopicId } from '../agencies/topicIds';
import { LANGS, type Lang } from '../languages';
import { localesDir } from '../paths';
import { CONTROL_INTENTS } from './interpretation';

const phraseList = z.array(z.string().min(1)).min(1);
const topicEnum = z.enum(TOPIC_IDS as [TopicId, ...TopicId[]]);
const labelPattern = new RegExp(
  `^(topic:(${TOPIC_IDS.join('|')})|intent:(${[...CONTROL_INTENTS, 'findOffice', 'openingHours'].join('|')})|outOfScope)$`,
);

export const languageResourcesSchema = z
  .object({
    $comment: z.string().optional(),
    lexicon: z
      .object({
        fillers: z.array(z.string().min(1)),
        numbers: z
          .object({
            units: z.record(z.string(), z.number().int().min(0).max(19)),
            tens: z.record(z.string(), z.number().int().min(20).max(90)),
          })
          .strict(),
        agencyNames: z.record(z.enum(AGENCY_IDS), phraseList),
        terms: z.record(z.string().min(1), topicEnum),
        emergency: phraseList,
        /** Two lists whose words together are danger now ("son" + "missing", "chest" + "pain"). */
        emergencyPairs: z.array(z.tuple([phraseList, phraseList])),
        /** Words that say danger is happening now. */
        emergencyNow: phraseList,
        /** Words that make danger words an ordinary matter (the past, paperwork, prevention). */
        emergencyCalm: phraseList,
        findOffice: phraseList,
        openingHours: phraseList,
        changeLanguage: phraseList,
        languages: z.record(z.enum(LANGS), phraseList),
      })
      .strict(),
    utterances: z.record(
      z.string().regex(labelPattern, 'expected topic:<TopicId>, intent:<Intent> or outOfScope'),
      phraseList,
    ),
  })
  .strict();

/** The word lists and training utterances of one language. */
export type LanguageResources = z.infer<typeof languageResourcesSchema>;
/** The lexicon part of a language's resources. */
export type Lexicon = LanguageResources['lexicon'];

/** Parses one language's resources, naming the file, path and problem of every error. */
export function parseLanguageResources(raw: unknown, source: string): LanguageResources {
  const parsed = languageResourcesSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source}: ${lines.length} problem(s)\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/** Reads locales/<lang>/understanding.json for every language (or from another folder, for tests). */
export function loadLanguageResources(dir = localesDir): Record<Lang, LanguageResources> {
  const read = (lang: Lang): LanguageResources => {
    const path = join(dir, lang, 'understanding.json');
    return parseLanguageResources(JSON.parse(readFileSync(path, 'utf8')), path);
  };
  return { sv: read('sv'), en: read('en'), uk: read('uk') };
}
