/** Loads and validates locales/<lang>/understanding.json: training text and word lists per language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AGENCY_IDS } from '../agencies/agencyIds';
import { TOPIC_IDS, type TopicId } from '../agencies/topicIds';
import { LANGS, type Lang } from '../languages';
import { localesDir } from '../paths';
import { NO_NUMBER_WORDS, loadNumberWords, type NumberWordList } from '../text/numberWords';
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
        agencyNames: z.record(z.enum(AGENCY_IDS), phraseList),
        terms: z.record(z.string().min(1), topicEnum),
        emergency: phraseList,
        /** Two lists whose words together are danger now ("son" + "missing", "chest" + "pain"). */
        emergencyPairs: z.array(z.tuple([phraseList, phraseList])),
        /**
         * Pairs that are danger only when the message places them in the present moment (a child
         * "gone" while the parent is searching, speech "strange" since a few minutes ago).
         */
        emergencyIfNow: z.array(z.tuple([phraseList, phraseList])),
        /** Words that say danger is happening now (they also outweigh calm words). */
        emergencyNow: phraseList,
        /**
         * The grammar of the present moment ("right now", "minutes ago", "suddenly"): what an
         * `emergencyIfNow` pair needs. Cries for help are not enough there: "can you help me" is
         * how ordinary questions start too.
         */
        emergencyMoment: phraseList,
        /** Words that make danger words an ordinary matter (the past, paperwork, prevention). */
        emergencyCalm: phraseList,
        /**
         * Signs of a body in acute trouble, by kind (breath, swelling, pallor, a limb, the chest,
         * falling, an allergen…): no single one is danger, but two kinds at once are ("grey and
         * sweating, his arm feels heavy"), unless calm words place them in the past.
         */
        emergencySigns: z.record(z.string().min(1), phraseList),
        /**
         * An alarm (first list) that sounds for a harmless reason (second list: a low battery, a
         * test): its "beeping" is not danger now, so it does not outweigh the calm of "smoke alarm".
         */
        emergencyFalseAlarm: z.tuple([phraseList, phraseList]),
        findOffice: phraseList,
        openingHours: phraseList,
        /**
         * What is plainly not a public body's matter: shops, banks, apps and brands, pets, cooking,
         * the weather, sport. With no body or matter word beside it, the message is out of scope
         * (not an office or opening-hours question: "när stänger Systembolaget").
         */
        notOurs: phraseList,
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

type ResourceFile = z.infer<typeof languageResourcesSchema>;
/** The lexicon part of a language's resources, with its number words (locales/<lang>/numbers.json). */
export type Lexicon = ResourceFile['lexicon'] & { numbers: NumberWordList };
/** The word lists and training utterances of one language. */
export type LanguageResources = Omit<ResourceFile, 'lexicon'> & { lexicon: Lexicon };

/**
 * Parses one language's resources, naming the file, path and problem of every error; the number
 * words come from their own file.
 */
export function parseLanguageResources(
  raw: unknown,
  source: string,
  numbers: NumberWordList = NO_NUMBER_WORDS,
): LanguageResources {
  const parsed = languageResourcesSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source}: ${lines.length} problem(s)\n  ${lines.join('\n  ')}`);
  }
  return { ...parsed.data, lexicon: { ...parsed.data.lexicon, numbers } };
}

/** Reads locales/<lang>/understanding.json for every language (or from another folder, for tests). */
export function loadLanguageResources(dir = localesDir): Record<Lang, LanguageResources> {
  const numbers = loadNumberWords(dir);
  const read = (lang: Lang): LanguageResources => {
    const path = join(dir, lang, 'understanding.json');
    return parseLanguageResources(JSON.parse(readFileSync(path, 'utf8')), path, numbers[lang]);
  };
  return { sv: read('sv'), en: read('en'), uk: read('uk') };
}
