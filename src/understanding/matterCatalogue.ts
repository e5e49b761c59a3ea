/** The matter catalogue (data/matters.json): which body handles which matter or life event, and the words for it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AGENCY_IDS, type AgencyId } from '../agencies/agencyIds';
import { TOPIC_AGENCY, TOPIC_IDS, type TopicId } from '../agencies/topicIds';
import { LANGS, type Lang } from '../languages';
import { dataDir } from '../paths';
import { LexiconMatcher } from './lexiconMatcher';
import { latinSkeleton, ukrainianSkeleton } from '../text/folding';

const BODIES = AGENCY_IDS.filter((id) => id !== 'emergency') as [AgencyId, ...AgencyId[]];
const words = z.array(z.string().trim().min(1)).min(1);

const conceptName = z.string().regex(/^[a-z]+$/, 'expected a lower-case concept name');

export const matterCatalogueSchema = z
  .object({
    $comment: z.string().optional(),
    /**
     * Word classes of life events, by kind, in each language: who ("spouse", "child"), what
     * happened ("died", "jobEnds"), about what ("study", "money"). An entry may be a phrase.
     */
    concepts: z
      .record(conceptName, z.object({ sv: words, en: words, uk: words }).strict())
      .default({}),
    /**
     * Life events: the body for a message that holds every concept of `all` (anywhere in it, in
     * any order) and none of `none`. They read what happened and to whom, not one phrase.
     */
    events: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z]+(\.[a-z]+)+$/, 'expected e.g. "pm.widowed"'),
            body: z.enum(BODIES),
            topic: z.enum(TOPIC_IDS as [TopicId, ...TopicId[]]).optional(),
            /** How much the event counts against catalogue phrases (default EVENT_WEIGHT). */
            weight: z.number().gt(0).max(5).optional(),
            all: z.array(conceptName).min(1),
            none: z.array(conceptName).optional(),
          })
          .strict()
          .refine((e) => e.topic === undefined || TOPIC_AGENCY[e.topic] === e.body, {
            message: 'the topic belongs to another body',
            path: ['topic'],
          }),
      )
      .default([]),
    matters: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z]+(\.[a-z]+)+$/, 'expected e.g. "fk.parental"'),
            body: z.enum(BODIES),
            topic: z.enum(TOPIC_IDS as [TopicId, ...TopicId[]]).optional(),
            /**
             * How much a hit counts (default 1). A status that people mention before their real
             * question ("I have temporary protection and…") counts little.
             */
            weight: z.number().gt(0).max(1).optional(),
            sv: words,
            en: words,
            uk: words,
          })
          .strict()
          .refine((m) => m.topic === undefined || TOPIC_AGENCY[m.topic] === m.body, {
            message: 'the topic belongs to another body',
            path: ['topic'],
          }),
      )
      .min(1)
      .superRefine((matters, ctx) => {
        const seen = new Set<string>();
        matters.forEach((m, i) => {
          if (seen.has(m.id))
            ctx.addIssue({ code: 'custom', message: `duplicate id "${m.id}"`, path: [i, 'id'] });
          seen.add(m.id);
        });
      }),
    /**
     * Matters that none of our bodies handles (registering a limited company, an insurer, a court,
     * a union): words that, when they carry most of a message, make it out of scope, whatever
     * weaker body words stand beside them. `who` names who handles it, where we know.
     */
    elsewhere: z
      .array(
        z
          .object({
            id: z.string().regex(/^else\.[a-z]+$/, 'expected e.g. "else.company"'),
            who: z.string().min(1).optional(),
            /** How much a hit counts against the bodies' matters (default 1). */
            weight: z.number().gt(0).max(3).optional(),
            /**
             * A message about it names bodies without asking them for anything (a TV series
             * about the police, news of a fire): a body's name beside it does not keep it in scope.
             */
            namesOnly: z.boolean().optional(),
            /** Life events that are this matter (a foreign citizen's passport: their embassy). */
            events: z
              .array(
                z
                  .object({
                    weight: z.number().gt(0).max(5).optional(),
                    all: z.array(conceptName).min(1),
                    none: z.array(conceptName).optional(),
                  })
                  .strict(),
              )
              .optional(),
            sv: words,
            en: words,
            uk: words,
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const check = (e: { all: string[]; none?: string[] }, path: (string | number)[]): void => {
      for (const name of [...e.all, ...(e.none ?? [])])
        if (!(name in file.concepts))
          ctx.addIssue({ code: 'custom', message: `unknown concept "${name}"`, path });
    };
    file.events.forEach((e, i) => {
      check(e, ['events', i]);
    });
    file.elsewhere.forEach((m, i) => {
      for (const [k, e] of (m.events ?? []).entries()) check(e, ['elsewhere', i, 'events', k]);
    });
  });

export type MatterCatalogueFile = z.infer<typeof matterCatalogueSchema>;
export type Matter = MatterCatalogueFile['matters'][number];
export type LifeEvent = MatterCatalogueFile['events'][number];
/** A matter none of our bodies handles. */
export type ElsewhereMatter = MatterCatalogueFile['elsewhere'][number];
/** What a catalogue phrase stands for: a body's matter, or a matter of none of our bodies. */
type Phrase = Matter | ElsewhereMatter;
const isMatter = (p: Phrase): p is Matter => 'body' in p;
/** What a vote is made of: a catalogue matter's phrase or a life event. */
type Reading = Pick<Matter, 'id' | 'body' | 'topic' | 'weight'> | LifeEvent;

/** A life event counts like a phrase of this many words' weight (see `vote`). */
const EVENT_WEIGHT = 2;

/** One body the message's words point to. */
export interface MatterVote {
  agency: AgencyId;
  /** The body's share of the catalogue's vote for this message (the votes sum to 1). */
  share: number;
  /** The catalogue matters found for it, best first (ids such as "mv.family"). */
  matters: string[];
  /** The classifier topic of its best matter, when that matter has one. */
  topic?: TopicId;
  /** The weight of the life events (not phrases) found for this body, when any. */
  events?: number;
}

/** What the catalogue reads in a message: the bodies, and how much of it is no body's of ours. */
export interface CatalogueReading {
  votes: MatterVote[];
  /**
   * The share of the catalogue's whole weight (bodies' matters, events and these together) held by
   * matters none of our bodies handles; 0 when there are none. The bodies' shares are of the same
   * whole, so they sum to 1 minus this.
   */
  elsewhere: number;
  /**
   * The heaviest of those matters (its id, "else.company"): the reply names who handles it where
   * locales/<lang>/agencies.json has `<id>.name`.
   */
  matter?: string;
  /** The heaviest of those matters names bodies without asking them for anything (see `namesOnly`). */
  namesOnly?: boolean;
}

/**
 * Swedish entries at least this long are also looked for in English and Ukrainian messages, and
 * English ones (or English phrases of several words) in Swedish messages: people keep the other
 * language's term ("my föräldrapenning", "min sick leave").
 */
const CROSS_LANGUAGE_MIN = 7;
/** Skeletons kept in memory at most. */
const SKELETON_CACHE_LIMIT = 20_000;

/** Parses the catalogue, naming the row and field of every problem. */
export function parseMatterCatalogue(raw: unknown, source: string): MatterCatalogueFile {
  const parsed = matterCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source}: ${lines.length} problem(s)\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/**
 * Knowledge of what each body handles, kept apart from the training sentences: a message's words
 * are looked up in it and each body gets a share of the vote. Multi-word entries weigh more than
 * single words (they are more specific), and the longest entry wins where entries overlap.
 */
export class MatterCatalogue {
  private readonly matchers: Record<Lang, LexiconMatcher<Phrase>>;
  /** The longer Swedish entries, for Swedish terms kept inside English and Ukrainian. */
  private readonly swedishInside: LexiconMatcher<Phrase>;
  /** The longer English entries and phrases, for English terms kept inside Swedish. */
  private readonly englishInside: LexiconMatcher<Phrase>;
  private readonly skeletons = new Map<string, string>();
  /** The concepts of life events, per language. */
  private readonly concepts: Record<Lang, LexiconMatcher<string>>;

  /** The catalogue as loaded (a test may leave out concepts and events). */
  readonly file: MatterCatalogueFile;
  /** The life events of matters none of our bodies handles, each with its matter. */
  private readonly elsewhereEvents: [
    ElsewhereMatter,
    NonNullable<ElsewhereMatter['events']>[number],
  ][];

  constructor(file: z.input<typeof matterCatalogueSchema>) {
    this.file = {
      ...file,
      concepts: file.concepts ?? {},
      events: file.events ?? [],
      elsewhere: file.elsewhere ?? [],
    };
    this.elsewhereEvents = this.file.elsewhere.flatMap((m) =>
      (m.events ?? []).map((e): [ElsewhereMatter, typeof e] => [m, e]),
    );
    const entries = (lang: Lang): [string, Phrase][] =>
      [...this.file.matters, ...this.file.elsewhere].flatMap((m) =>
        m[lang].map((w): [string, Phrase] => [w, m]),
      );
    const build = (lang: Lang): LexiconMatcher<Phrase> =>
      lang === 'uk'
        ? new LexiconMatcher('uk', entries('uk'), ukrainianSkeleton)
        : new LexiconMatcher(lang, entries(lang));
    this.matchers = { sv: build('sv'), en: build('en'), uk: build('uk') };
    const long = ([w]: [string, Phrase]): boolean =>
      w.replace(/\*$/, '').length >= CROSS_LANGUAGE_MIN || /\s/.test(w.trim());
    this.swedishInside = new LexiconMatcher(
      'sv',
      entries('sv').filter(([w]) => w.replace(/\*$/, '').length >= CROSS_LANGUAGE_MIN),
    );
    this.englishInside = new LexiconMatcher('en', entries('en').filter(long));
    const concepts = (lang: Lang): [string, string][] =>
      Object.entries(this.file.concepts).flatMap(([name, c]) =>
        c[lang].map((w): [string, string] => [w, name]),
      );
    this.concepts = {
      sv: new LexiconMatcher('sv', concepts('sv')),
      en: new LexiconMatcher('en', concepts('en')),
      uk: new LexiconMatcher('uk', concepts('uk'), ukrainianSkeleton),
    };
  }

  /**
   * The life events whose concepts all occur in the (language-folded) tokens: our bodies' events,
   * and the matters none of our bodies handles whose events occur, each with its weight.
   */
  private events(
    tokens: readonly string[],
    lang: Lang,
  ): { ours: LifeEvent[]; elsewhere: [ElsewhereMatter, number][] } {
    const none = { ours: [], elsewhere: [] };
    if (this.file.events.length === 0 && this.elsewhereEvents.length === 0) return none;
    const found = new Set<string>();
    for (const hit of this.concepts[lang].findAll(tokens)) found.add(hit.value);
    if (found.size === 0) return none;
    const occurs = (e: { all: string[]; none?: string[] }): boolean =>
      e.all.every((c) => found.has(c)) && !(e.none ?? []).some((c) => found.has(c));
    return {
      ours: this.file.events.filter(occurs),
      elsewhere: this.elsewhereEvents
        .filter(([, e]) => occurs(e))
        .map(([m, e]): [ElsewhereMatter, number] => [m, e.weight ?? EVENT_WEIGHT]),
    };
  }

  /** Reads and validates data/matters.json (or another file, for tests). */
  static load(path = join(dataDir, 'matters.json')): MatterCatalogue {
    return new MatterCatalogue(parseMatterCatalogue(JSON.parse(readFileSync(path, 'utf8')), path));
  }

  /** How many matters, and how many words per language, the catalogue holds. */
  get size(): { matters: number } & Record<Lang, number> {
    const count = (lang: Lang): number => this.file.matters.reduce((n, m) => n + m[lang].length, 0);
    return {
      matters: this.file.matters.length,
      ...(Object.fromEntries(LANGS.map((l) => [l, count(l)])) as Record<Lang, number>),
    };
  }

  private skeleton(token: string): string {
    let s = this.skeletons.get(token);
    if (s === undefined) {
      s = latinSkeleton(token);
      if (this.skeletons.size >= SKELETON_CACHE_LIMIT) this.skeletons.clear();
      this.skeletons.set(token, s);
    }
    return s;
  }

  /**
   * The bodies a message's tokens (folded by the language's TextNormalizer) point to, best first;
   * empty when no catalogue word occurs.
   */
  vote(tokens: readonly string[], lang: Lang): MatterVote[] {
    return this.read(tokens, lang).votes;
  }

  /** The bodies a message's tokens point to (see `vote`), and the share that is no body's of ours. */
  read(tokens: readonly string[], lang: Lang): CatalogueReading {
    const none: CatalogueReading = { votes: [], elsewhere: 0 };
    if (tokens.length === 0) return none;
    const own = lang === 'uk' ? tokens.map((t) => this.skeleton(t)) : tokens;
    const hits = this.matchers[lang].find(own);
    if (lang !== 'sv') hits.push(...this.swedishInside.find(tokens));
    if (lang === 'sv') hits.push(...this.englishInside.find(tokens));
    const weighed: [Reading, number][] = [];
    let elsewhere = 0;
    // The heaviest matter none of our bodies handles: who handles it, and whether it only names bodies.
    const byElsewhere = new Map<ElsewhereMatter, number>();
    const addElsewhere = (m: ElsewhereMatter, weight: number): void => {
      elsewhere += weight;
      byElsewhere.set(m, (byElsewhere.get(m) ?? 0) + weight);
    };
    for (const hit of hits) {
      const phrase = hit.value;
      const weight = (phrase.weight ?? 1) * (1 + 0.5 * (hit.end - hit.start - 1));
      if (isMatter(phrase)) weighed.push([phrase, weight]);
      else addElsewhere(phrase, weight);
    }
    const events = this.events(own, lang);
    for (const event of events.ours) weighed.push([event, event.weight ?? EVENT_WEIGHT]);
    for (const [m, weight] of events.elsewhere) addElsewhere(m, weight);
    if (weighed.length === 0 && elsewhere === 0) return none;
    const byBody = new Map<
      AgencyId,
      { weight: number; events: number; matters: Map<Reading, number> }
    >();
    let total = elsewhere;
    for (const [reading, weight] of weighed) {
      const entry = byBody.get(reading.body) ?? {
        weight: 0,
        events: 0,
        matters: new Map<Reading, number>(),
      };
      entry.weight += weight;
      if ('all' in reading) entry.events += weight;
      entry.matters.set(reading, (entry.matters.get(reading) ?? 0) + weight);
      byBody.set(reading.body, entry);
      total += weight;
    }
    const votes = [...byBody.entries()]
      .map(([agency, e]): MatterVote => {
        const matters = [...e.matters.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
        const topic = matters[0]?.topic;
        return {
          agency,
          share: e.weight / total,
          matters: matters.map((m) => m.id),
          ...(topic ? { topic } : {}),
          ...(e.events > 0 ? { events: e.events } : {}),
        };
      })
      .sort((a, b) => b.share - a.share);
    let heaviest: ElsewhereMatter | undefined;
    for (const [m, w] of byElsewhere)
      if (!heaviest || w > (byElsewhere.get(heaviest) ?? 0)) heaviest = m;
    return {
      votes,
      elsewhere: elsewhere / total,
      ...(heaviest === undefined ? {} : { matter: heaviest.id }),
      ...(heaviest?.namesOnly === true ? { namesOnly: true } : {}),
    };
  }
}
