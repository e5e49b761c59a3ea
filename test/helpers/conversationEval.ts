/**
 * Multi-turn evaluation: plays conversations written as JSONL (test/conversations/*.jsonl) through
 * the real bot on a TestAdapter (the telephony channel for voice) and checks, at the end, what a
 * person would check: the body the bot is helping with, the place its last office search was for,
 * the language it answers in, and whether a request for a person was met.
 *
 * A line: {"id","lang","channel":"text"|"voice","turns":[...],"expect":{"body","place",
 * "language"?,"person"?},"note"?,"locale"?}. `locale` is what the channel sends on each activity
 * (default: the conversation's language, as a browser or the phone gateway's recogniser would).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, Entity } from 'botbuilder';
import { z } from 'zod';
import { AgencyCatalogue } from '../../src/agencies/agencyCatalogue';
import { AGENCY_IDS, type AgencyId } from '../../src/agencies/agencyIds';
import { createGuide, type Guide } from '../../src/composition';
import { distanceKm } from '../../src/geo';
import { LANGS, type Lang } from '../../src/languages';
import { OFFICES_FILE, OfficeDirectory } from '../../src/offices';
import { loadPlaceResolver, type PlaceResolver } from '../../src/places';
import type { Answer } from '../../src/render/answer';
import { Understanding } from '../../src/understanding/understanding';
import { TestConversation, testConfig } from './guideHarness';

const LOCALE_OF: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB', uk: 'uk-UA' };

const caseSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(LANGS),
    channel: z.enum(['text', 'voice']),
    turns: z.array(z.string()).min(1),
    expect: z
      .object({
        body: z.enum(AGENCY_IDS).nullable(),
        place: z.string().min(1).nullable(),
        language: z.enum(LANGS).optional(),
        person: z.boolean().optional(),
      })
      .strict(),
    note: z.string().optional(),
    locale: z.string().optional(),
  })
  .strict();

/** One conversation to play, with where it was written. */
export type ConversationCase = z.infer<typeof caseSchema> & { source: string };

/** What went wrong in a conversation, by kind. */
export type FailureKind = 'body' | 'place' | 'language' | 'person';

/** What the bot did in one conversation, and the checks it failed. */
export interface ConversationOutcome {
  case: ConversationCase;
  failures: FailureKind[];
  got: {
    body: AgencyId | null;
    /** The first offices of the last office list, with the distance the bot gave. */
    offices: { name: string; distanceKm: number }[];
    /** How far the bot's place seems from the expected one (km), when both are known. */
    placeOffKm?: number;
    language: Lang | undefined;
    person: boolean;
  };
  /** The conversation as played: "> user" and "< bot" lines. */
  transcript: string[];
}

/** Parses a JSONL file of conversations; every bad line is named with file and line. */
export function parseConversations(text: string, source: string): ConversationCase[] {
  const out: ConversationCase[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`${source}:${i + 1}: not JSON`);
      return;
    }
    const parsed = caseSchema.safeParse(raw);
    if (parsed.success) out.push({ ...parsed.data, source: `${source}:${i + 1}` });
    else
      problems.push(
        `${source}:${i + 1}: ${parsed.error.issues.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`,
      );
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return out;
}

/** Every `*.jsonl` file of a folder, by file name. */
export function loadConversationFiles(dir: string): { file: string; cases: ConversationCase[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      cases: parseConversations(readFileSync(join(dir, file), 'utf8'), file),
    }));
}

/** Answers that meet a request for a person: how to reach one, or a transfer on the phone. */
const PERSON_ANSWERS: readonly Answer['kind'][] = ['contact', 'transferring'];
/** How close the bot's distances must be to the expected place's: a few km, or 15 %. */
const PLACE_TOLERANCE = (km: number): number => Math.max(3, km * 0.15);
/** The offices of a list compared. */
const OFFICES_COMPARED = 3;

const langOf = (locale: string | undefined): Lang | undefined =>
  LANGS.find((l) => locale?.toLowerCase().startsWith(l) === true);

/**
 * Plays conversations through one bot (each conversation with its own user and conversation id,
 * so nothing is shared between them). Answers are recorded as the renderer receives them, to see
 * a request for a person met whatever its wording.
 */
export class ConversationPlayer {
  private readonly guide: Guide;
  private readonly catalogue = AgencyCatalogue.fromFile();
  private answers: Answer[] = [];
  private count = 0;

  constructor(
    private readonly deps: { understanding: Understanding; places: PlaceResolver; now: () => Date },
  ) {
    this.guide = createGuide(testConfig(), deps);
    const renderer = this.guide.renderer;
    const render = renderer.render.bind(renderer);
    renderer.render = (answer, target) => {
      this.answers.push(answer);
      return render(answer, target);
    };
  }

  /** A player with the trained understanding and the gazetteer, offices as its network, as the bot is wired. */
  static load(now: () => Date): ConversationPlayer {
    const network = OfficeDirectory.fromFile(OFFICES_FILE).offices.map((o) => o.position);
    return new ConversationPlayer({
      understanding: Understanding.fromLocales(),
      places: loadPlaceResolver(undefined, undefined, network),
      now,
    });
  }

  /** Conversations are played one at a time: the answers recorded are one conversation's. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Plays one conversation and checks its end. Never throws for what the bot says. */
  play(c: ConversationCase): Promise<ConversationOutcome> {
    const next = this.queue.then(() => this.playNow(c));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async playNow(c: ConversationCase): Promise<ConversationOutcome> {
    this.count += 1;
    this.answers = [];
    const conversation = new TestConversation({
      guide: this.guide,
      locale: c.locale ?? LOCALE_OF[c.lang],
      channelId: c.channel === 'voice' ? 'telephony' : 'webchat',
      userId: `eval-user-${this.count}`,
      conversationId: `eval-${this.count}`,
    });
    const transcript: string[] = [];
    const replies: Partial<Activity>[] = [];
    const heard = (rs: Partial<Activity>[]): void => {
      replies.push(...rs);
      for (const r of rs) transcript.push(`< ${(r.text ?? '').replace(/\s+/g, ' ').slice(0, 300)}`);
    };
    heard(await conversation.join());
    for (const turn of c.turns) {
      transcript.push(`> ${turn}`);
      heard(await conversation.say(turn));
    }
    return this.check(c, replies, transcript);
  }

  private check(
    c: ConversationCase,
    replies: readonly Partial<Activity>[],
    transcript: string[],
  ): ConversationOutcome {
    const entities = (r: Partial<Activity>, type: string): Entity[] =>
      (r.entities ?? []).filter((e) => e.type === type);
    const bodies = replies.flatMap((r) => entities(r, 'GovernmentOrganization'));
    const lastBody = bodies.at(-1)?.identifier as AgencyId | undefined;
    const lastList = replies.filter((r) => entities(r, 'Place').length > 0).at(-1);
    const offices = lastList === undefined ? [] : entities(lastList, 'Place');
    const language = langOf(replies.filter((r) => r.locale !== undefined).at(-1)?.locale);
    const person = this.answers.some((a) => PERSON_ANSWERS.includes(a.kind));
    const got: ConversationOutcome['got'] = {
      body: lastBody ?? null,
      offices: offices.slice(0, OFFICES_COMPARED).map((o) => ({
        name: String(o.name),
        distanceKm: Number(o.distanceKm),
      })),
      language,
      person,
    };
    const failures: FailureKind[] = [];
    if (got.body !== c.expect.body) failures.push('body');
    if (!this.placeMatches(c.expect, offices, got)) failures.push('place');
    if (language !== (c.expect.language ?? c.lang)) failures.push('language');
    if (c.expect.person !== undefined && person !== c.expect.person) failures.push('person');
    return { case: c, failures, got, transcript };
  }

  /**
   * True when the last office list was made for the expected place: the distance the bot gives to
   * each of its first offices is, within a few km, the distance from the expected place. With no
   * place expected, true when no offices were listed. A place said for a body that no service
   * office serves (the region, Lantmäteriet) rightly gets no list: no list is right then.
   */
  private placeMatches(
    { place: expected, body }: ConversationCase['expect'],
    offices: readonly Entity[],
    got: ConversationOutcome['got'],
  ): boolean {
    if (expected === null) return offices.length === 0;
    if (offices.length === 0) return this.noOfficeFor(body);
    return this.listFor(expected, offices, got);
  }

  /** True when the body is one that no service office serves (agencies.json level "none"). */
  private noOfficeFor(body: AgencyId | null): boolean {
    return body !== null && this.catalogue.servicekontor(body).level === 'none';
  }

  /** True when the offices' distances are, within a few km, their distances from `expected`. */
  private listFor(
    expected: string,
    offices: readonly Entity[],
    got: ConversationOutcome['got'],
  ): boolean {
    const resolution = this.deps.places.resolve(expected, 'sv');
    if (resolution.status !== 'found') return false;
    const point = resolution.match.point;
    let worst = 0;
    let within = true;
    for (const office of offices.slice(0, OFFICES_COMPARED)) {
      const geo = office.geo as { latitude: number; longitude: number } | undefined;
      if (geo === undefined) continue;
      const fromExpected = distanceKm(point, { lat: geo.latitude, lon: geo.longitude });
      const off = Math.abs(fromExpected - Number(office.distanceKm));
      if (off > PLACE_TOLERANCE(fromExpected)) within = false;
      worst = Math.max(worst, off);
    }
    got.placeOffKm = Math.round(worst * 10) / 10;
    return within;
  }

  close(): void {
    this.guide.close();
  }
}

/** Passed / total per language, and failures by kind, as a Markdown table. */
export function conversationTable(outcomes: readonly ConversationOutcome[]): string[] {
  const kinds: FailureKind[] = ['body', 'place', 'language', 'person'];
  const lines = [
    `| language | passed | ${kinds.map((k) => `wrong ${k}`).join(' | ')} |`,
    `|---|---|${kinds.map(() => '---').join('|')}|`,
  ];
  const row = (name: string, os: readonly ConversationOutcome[]): string => {
    const passed = os.filter((o) => o.failures.length === 0).length;
    const counts = kinds.map((k) => os.filter((o) => o.failures.includes(k)).length);
    return `| ${name} | ${passed} / ${os.length} | ${counts.join(' | ')} |`;
  };
  for (const lang of LANGS) {
    const os = outcomes.filter((o) => o.case.lang === lang);
    if (os.length > 0) lines.push(row(lang, os));
  }
  lines.push(row('all', outcomes));
  return lines;
}
