/** The facts behind the guided path for people from Ukraine: which body, which official page, which sources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../languages';
import { dataDir } from '../paths';
import { AGENCY_IDS, type AgencyId } from './agencyIds';

/** The topics of the guide (the menu itself is not one). */
export const UKRAINE_GUIDE_TOPICS = [
  'protection',
  'lma',
  'registration',
  'work',
  'money',
  'inPerson',
] as const;
export type UkraineGuideTopic = (typeof UKRAINE_GUIDE_TOPICS)[number];

const url = z.string().url().startsWith('https://');
/** A page to check, and the language it is written in (said to a reader of another language). */
const page = z.object({ url, language: z.enum(LANGS) }).strict();
const topicSchema = z
  .object({
    agency: z.enum(AGENCY_IDS),
    links: z.object({ sv: page, en: page, uk: page }).strict(),
    sources: z.array(url).min(1),
  })
  .strict();
const fileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    topics: z.object(
      Object.fromEntries(UKRAINE_GUIDE_TOPICS.map((t) => [t, topicSchema])) as Record<
        UkraineGuideTopic,
        typeof topicSchema
      >,
    ),
  })
  .strict();

/** `data/ukraine.json`, validated: what the wording in `locales/<lang>/translation.json` `ukraine.*` rests on. */
export class UkraineGuide {
  private readonly topics: z.infer<typeof fileSchema>['topics'];

  /** Validates the parsed file; throws with every problem's path. */
  constructor(data: unknown, source = 'ukraine.json') {
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`${source} is not valid: ${problems.join('; ')}`);
    }
    this.topics = parsed.data.topics;
  }

  /** Loads `data/ukraine.json` (or another path). */
  static fromFile(path = join(dataDir, 'ukraine.json')): UkraineGuide {
    return new UkraineGuide(JSON.parse(readFileSync(path, 'utf8')), path);
  }

  /** The body a topic is about. */
  agency(topic: UkraineGuideTopic): AgencyId {
    return this.topics[topic].agency;
  }

  /** The official page to send a reader of `lang` to (in their language where our sources hold one). */
  link(topic: UkraineGuideTopic, lang: Lang): string {
    return this.topics[topic].links[lang].url;
  }

  /** The language the page for a reader of `lang` is written in: `lang` itself, or English or Swedish. */
  linkLanguage(topic: UkraineGuideTopic, lang: Lang): Lang {
    return this.topics[topic].links[lang].language;
  }

  /** Where the topic's statements come from. */
  sources(topic: UkraineGuideTopic): readonly string[] {
    return this.topics[topic].sources;
  }
}
