/** The agency catalogue: names, web sites, phone numbers and servicekontor help, from data/agencies.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodIssue } from 'zod';
import type { Lang } from '../languages';
import { dataDir } from '../paths';
import { AGENCY_IDS, type AgencyId } from './agencyIds';
import {
  agencyFileSchema,
  type Agency,
  type AgencyFile,
  type Phone,
  type ServicekontorLevel,
  type TopicEntry,
} from './agencySchema';
import { TOPIC_AGENCY, TOPIC_IDS, type TopicId } from './topicIds';

/** Where to take a matter: to a servicekontor (all or some offices) or straight to the body. */
export interface Direction {
  /** The body that handles the matter. */
  agency: AgencyId;
  /** Whether a servicekontor can help with it: at every office, at some, or not at all. */
  servicekontor: ServicekontorLevel;
  /** Set when a servicekontor cannot help: the body to go to instead (passport → polisen). */
  goInstead?: AgencyId;
}

/** A loaded data file failed validation; `issues` lists every problem with its path. */
export class AgencyDataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`${file}: ${issues.length} problem(s)\n  ${issues.join('\n  ')}`);
    this.name = 'AgencyDataError';
  }
}

function describeIssue(issue: ZodIssue, raw: unknown): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
  // Name the agency or topic by id when the problem is inside one, so the row is easy to find.
  const [section, index] = issue.path;
  let row = '';
  if ((section === 'agencies' || section === 'topics') && typeof index === 'number') {
    const list = (raw as Record<string, unknown>)[section];
    const item: unknown = Array.isArray(list) ? list[index] : undefined;
    const id =
      typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') row = ` (id "${id}")`;
  }
  return `${path.slice(1) || '(root)'}${row}: ${issue.message}`;
}

/**
 * Every body the bot can name, validated on load. Built once at start and handed to dialogs;
 * a test builds one from an object literal with `new AgencyCatalogue(data)`.
 */
export class AgencyCatalogue {
  private readonly byId: ReadonlyMap<AgencyId, Agency>;
  private readonly topicsById: ReadonlyMap<TopicId, TopicEntry>;

  /** Validates `data` (the parsed JSON) and throws an AgencyDataError listing every problem. */
  constructor(data: unknown, source = 'agencies.json') {
    const parsed = agencyFileSchema.safeParse(data);
    if (!parsed.success) {
      throw new AgencyDataError(
        source,
        parsed.error.issues.map((i) => describeIssue(i, data)),
      );
    }
    const file: AgencyFile = parsed.data;
    const problems: string[] = [];
    const byId = new Map<AgencyId, Agency>();
    for (const agency of file.agencies) {
      if (byId.has(agency.id)) problems.push(`agencies: "${agency.id}" appears twice`);
      byId.set(agency.id, agency);
    }
    for (const id of AGENCY_IDS) if (!byId.has(id)) problems.push(`agencies: "${id}" is missing`);
    const topics = new Map<TopicId, TopicEntry>();
    for (const topic of file.topics) {
      if (topics.has(topic.id)) problems.push(`topics: "${topic.id}" appears twice`);
      if (topic.agency !== TOPIC_AGENCY[topic.id]) {
        problems.push(
          `topics: "${topic.id}" belongs to "${TOPIC_AGENCY[topic.id]}", not "${topic.agency}"`,
        );
      }
      topics.set(topic.id, topic);
    }
    for (const id of TOPIC_IDS) if (!topics.has(id)) problems.push(`topics: "${id}" is missing`);
    if (problems.length > 0) throw new AgencyDataError(source, problems);
    this.byId = byId;
    this.topicsById = topics;
  }

  /** Loads and validates a catalogue file (default `data/agencies.json`). */
  static fromFile(path = join(dataDir, 'agencies.json')): AgencyCatalogue {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new AgencyDataError(path, [err instanceof Error ? err.message : String(err)]);
    }
    return new AgencyCatalogue(raw, path);
  }

  /** Where a visit with the body is booked, when a source names it: the page for a reader of `lang`. */
  booking(id: AgencyId, lang: Lang): string | undefined {
    return this.get(id).booking?.urls[lang];
  }

  /** The ids of every body, in the order of CONTRACT.md. */
  ids(): readonly AgencyId[] {
    return AGENCY_IDS;
  }

  /** Everything the catalogue holds about one body. */
  get(id: AgencyId): Agency {
    const agency = this.byId.get(id);
    if (!agency) throw new Error(`unknown agency ${id}`);
    return agency;
  }

  /**
   * The body's name for a language: the official English or Ukrainian name where the body's own
   * pages use one, else the Swedish name (which the bot always shows next to a translation).
   */
  name(id: AgencyId, lang: Lang = 'sv'): string {
    const agency = this.get(id);
    return lang === 'sv' ? agency.name : (agency.officialNames[lang] ?? agency.name);
  }

  /** The body's web site, or undefined when it has no single one (kommun, 112). */
  url(id: AgencyId): string | undefined {
    return this.get(id).url ?? undefined;
  }

  /** All numbers of a body, customer service first. */
  phones(id: AgencyId): readonly Phone[] {
    return this.get(id).phones;
  }

  /**
   * The number to give a caller in Sweden: customer service, health advice, the non-urgent police
   * line or 112. Undefined when the body has no single number (the municipality).
   */
  telephone(id: AgencyId): Phone | undefined {
    const phones = this.get(id).phones;
    const order: Phone['purpose'][] = ['customerService', 'healthAdvice', 'nonUrgent', 'emergency'];
    for (const purpose of order) {
      const phone = phones.find((p) => p.purpose === purpose);
      if (phone) return phone;
    }
    return undefined;
  }

  /** True when the number must be said with "check on the website" beside it. */
  needsWebsiteCheck(phone: Phone): boolean {
    return phone.status === 'unverified';
  }

  /** Whether and how a servicekontor can help with a body's matters. */
  servicekontor(id: AgencyId): Agency['servicekontor'] {
    return this.get(id).servicekontor;
  }

  /** The catalogue row of a topic. */
  topic(id: TopicId): TopicEntry {
    const topic = this.topicsById.get(id);
    if (!topic) throw new Error(`unknown topic ${id}`);
    return topic;
  }

  /**
   * Where to take a matter. With a topic the answer is precise (a servicekontor helps with parental
   * benefit but not with a passport); with only a body it follows the body's servicekontor level.
   * When no servicekontor can help, `goInstead` names the body to turn to.
   */
  direction(matter: { topic?: TopicId; agency?: AgencyId }): Direction | undefined {
    let agency: AgencyId;
    let level: ServicekontorLevel;
    if (matter.topic !== undefined) {
      const topic = this.topic(matter.topic);
      agency = topic.agency;
      level = topic.servicekontor;
    } else if (matter.agency !== undefined) {
      agency = matter.agency;
      level = this.get(agency).servicekontor.level;
    } else {
      return undefined;
    }
    return level === 'none'
      ? { agency, servicekontor: level, goInstead: agency }
      : { agency, servicekontor: level };
  }

  /** The GovernmentOrganization entity of CONTRACT.md for a body, in the reply's language. */
  entity(id: AgencyId, lang: Lang = 'sv'): GovernmentOrganization {
    const phone = this.telephone(id);
    const entity: GovernmentOrganization = {
      type: 'GovernmentOrganization',
      identifier: id,
      name: this.name(id, lang),
    };
    const url = this.url(id);
    if (url !== undefined) entity.url = url;
    if (phone) entity.telephone = phone.e164 ?? phone.dial;
    return entity;
  }
}

/** The machine-readable entity a reply carries when it names a body (CONTRACT.md). */
export interface GovernmentOrganization {
  type: 'GovernmentOrganization';
  identifier: AgencyId;
  name: string;
  url?: string;
  telephone?: string;
}
