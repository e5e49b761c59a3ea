/**
 * What to say, chosen once from the facts of an Answer: the keys and values that the text writer
 * (renderer.ts) and the speech writer (speech/speechRenderer.ts) both shape, each in its own way.
 */
import type { TFunction } from 'i18next';
import type { AgencyCatalogue } from '../agencies/agencyCatalogue';
import type { AgencyId } from '../agencies/agencyIds';
import type { Phone } from '../agencies/agencySchema';
import { REPLY_LOCALE, type Lang } from '../languages';
import type { Office, OfficeMatch, OfficeState, PartialDate } from '../offices';
import { isFullDate } from '../offices/partialDate';
import type { ChoiceReason } from './answer';
import type { Name } from './names';

/**
 * The line that says when a body in a choice is the one: "Skatteverket, if it is about tax or
 * your tax return". The matter within the body when one stands out, else what the body does.
 */
export function choiceReasonLine(
  t: TFunction,
  reason: ChoiceReason,
  agency: string,
): { key: 'chooseAgency.why'; agency: string; reason: string } {
  return {
    key: 'chooseAgency.why',
    agency,
    reason: t(`chooseAgency.reason.${reason.topic ?? reason.agency}`),
  };
}

/** The lead of a choice that says why each body could be the one, by how many are offered. */
export function choiceLeadKey(
  count: number,
): 'chooseAgency.textWhyOne' | 'chooseAgency.textWhy' | 'chooseAgency.textWhyThree' {
  if (count <= 1) return 'chooseAgency.textWhyOne';
  return count === 2 ? 'chooseAgency.textWhy' : 'chooseAgency.textWhyThree';
}

/** The sentence on whether a servicekontor can help with a body's matters. */
export type ServicekontorKey =
  | 'agency.servicekontorAll'
  | 'agency.servicekontorSome'
  | 'agency.servicekontorNone'
  | `visit.${AgencyId}.servicekontor`;

export function servicekontorKey(catalogue: AgencyCatalogue, id: AgencyId): ServicekontorKey {
  const level = catalogue.servicekontor(id).level;
  // Some offices take its booked visits, every office helps with its e-services: say both.
  if (level === 'some' && catalogue.booking(id, 'en') !== undefined)
    return `visit.${id}.servicekontor`;
  return level === 'all'
    ? 'agency.servicekontorAll'
    : level === 'some'
      ? 'agency.servicekontorSome'
      : 'agency.servicekontorNone';
}

/** One line of the passport answer: its key, the body it names and the page it links. */
export interface PassportLine {
  key:
    | 'passport.citizensOnly'
    | 'passport.migrationsverket'
    | 'passport.ukrainian'
    | 'passport.idCard';
  agency?: AgencyId;
  url?: string;
}

/**
 * A passport for someone who is not a Swedish citizen: Polisen serves citizens only; a travel
 * document or alien's passport from Migrationsverket (booked on My Page); a Ukrainian passport
 * from Ukraine's embassy or consular services; Skatteverket's ID card once registered.
 */
export function passportLines(
  catalogue: AgencyCatalogue,
  ukrainian: boolean,
  lang: Lang,
): PassportLine[] {
  const booking = catalogue.booking('migrationsverket', lang) ?? catalogue.url('migrationsverket');
  const lines: PassportLine[] = [
    { key: 'passport.citizensOnly', agency: 'polisen' },
    {
      key: 'passport.migrationsverket',
      agency: 'migrationsverket',
      ...(booking === undefined ? {} : { url: booking }),
    },
  ];
  if (ukrainian) lines.push({ key: 'passport.ukrainian' });
  lines.push({ key: 'passport.idCard', agency: 'skatteverket' });
  return lines;
}

/**
 * The out-of-scope reply: who handles the matter where the data names a body for it (its name in
 * agencies.json `<elsewhere id>.name`), else what the bot can do, or after two misses the number.
 */
export function outOfScopeLine(
  agencies: TFunction,
  answer: { misses: number; elsewhere?: string },
): { key: 'outOfScope.elsewhere'; who: string } | { key: 'outOfScope.text' | 'outOfScope.again' } {
  const who = answer.elsewhere;
  if (who !== undefined && agencies(`${who}.name`) !== `${who}.name`)
    return { key: 'outOfScope.elsewhere', who };
  return { key: answer.misses >= 2 ? 'outOfScope.again' : 'outOfScope.text' };
}

/** An office is offered for a body only where an office can help with its matters. */
export function offersOffice(catalogue: AgencyCatalogue, id: AgencyId): boolean {
  return id !== 'emergency' && catalogue.servicekontor(id).level !== 'none';
}

/**
 * Who handles the matter and what that body does, as two sentences: the body's own
 * `<id>.handles` where it has one ("Vården sköts av regionen"), else `agency.handles`.
 */
export function agencyAbout(
  agencies: TFunction,
  t: TFunction,
  id: AgencyId,
  agency: unknown,
): { handles: string; does: string } {
  const own = `${id}.handles`;
  const handles = agencies(own) !== own ? agencies(own) : t('agency.handles', { agency });
  return { handles, does: agencies(`${id}.does`) };
}

/** Where an office is, as precisely as the data knows it: the key and its values. */
export type WhereLine =
  | { key: 'office.address'; values: { street: string; town: string } }
  | { key: 'office.whereDistrict'; values: { place: string; municipality: string } }
  | { key: 'office.whereLocality'; values: { place: string } }
  | { key: 'office.whereMunicipality'; values: { municipality: string } };

export function whereLine(m: OfficeMatch): WhereLine {
  const { office } = m;
  const place = office.position.place;
  if (office.address.street !== null) {
    const values = { street: office.address.street, town: office.address.town ?? place };
    return { key: 'office.address', values };
  }
  if (m.precision === 'district') {
    return { key: 'office.whereDistrict', values: { place, municipality: office.municipality } };
  }
  if (m.precision === 'locality') return { key: 'office.whereLocality', values: { place } };
  return { key: 'office.whereMunicipality', values: { municipality: office.municipality } };
}

/**
 * How far an office is, decided once for the screen and the phone: under a kilometre, or about
 * so many kilometres, rounded as a person would (whole kilometres under 20, fives under 100,
 * then tens). The distance is as the crow flies, so no writer shows a decimal.
 */
export type DistanceSaid = { key: 'near' } | { key: 'about'; count: number };

export function distanceSaid(km: number): DistanceSaid {
  if (km < 1) return { key: 'near' };
  const count =
    km < 20 ? Math.round(km) : km < 100 ? Math.round(km / 5) * 5 : Math.round(km / 10) * 10;
  return { key: 'about', count };
}

/** A closing office's sentence: its last day, the year the closure was announced for, or neither. */
export type ClosingLine =
  | { key: 'office.closing'; date: string }
  | { key: 'office.closingInYear' | 'office.closingUndated'; values: { year?: string } };

export function closingLine(m: OfficeMatch): ClosingLine {
  if (m.lastDay !== null) return { key: 'office.closing', date: m.lastDay };
  const period = m.announcedClosing;
  if (period?.length === 4) return { key: 'office.closingInYear', values: { year: period } };
  return { key: 'office.closingUndated', values: {} };
}

/**
 * The distance for the "the nearest office is far" notice, or undefined when none is due: only on
 * the first page, and only when the nearest office listed is itself beyond the far threshold (an
 * office under 1 km away followed by one 120 km away is not far).
 */
export function farNoticeKm(
  matches: readonly OfficeMatch[],
  continued: boolean,
): number | undefined {
  if (continued || matches.length === 0 || !matches.every((m) => m.far)) return undefined;
  return Math.min(...matches.map((m) => m.distanceKm));
}

/**
 * Why an office listed after farther ones is there: its information is old (the year, or no date).
 * One line per office of the answer's `nearerOlder` whose distance, as said, is shorter than that
 * of an office listed before it (three offices "about 25 km" are in order as far as anyone can
 * tell). `firstNearest` is false when one of them is nearer than the first office listed, so the
 * reply must not call the first "the nearest".
 */
export function nearerOlderLines(answer: {
  matches: readonly OfficeMatch[];
  nearerOlder?: readonly OfficeMatch[];
}): {
  lines: {
    key: 'offices.nearerOlder' | 'offices.nearerOlderUndated';
    match: OfficeMatch;
    year?: string;
  }[];
  firstNearest: boolean;
} {
  const said = (m: OfficeMatch) => {
    const d = distanceSaid(m.distanceKm);
    return d.key === 'near' ? 0 : d.count;
  };
  const { matches } = answer;
  const older = (answer.nearerOlder ?? []).filter((o) => {
    const at = matches.findIndex((m) => m.office.id === o.office.id);
    const before = at === -1 ? matches : matches.slice(0, at);
    return before.some((m) => said(m) > said(o));
  });
  const first = matches[0];
  return {
    lines: older.map((m) =>
      m.confirmed === null
        ? { key: 'offices.nearerOlderUndated', match: m }
        : { key: 'offices.nearerOlder', match: m, year: m.confirmed.slice(0, 4) },
    ),
    firstNearest: first === undefined || older.every((m) => said(m) >= said(first)),
  };
}

/** What the list knows of an office asked about by name ("has the Arvika office closed?"). */
export type StatusLine =
  | {
      key: 'officeStatus.closed' | 'officeStatus.closedSince' | 'officeStatus.closing';
      name: string;
      date: string;
    }
  | {
      key: 'officeStatus.closingPeriod' | 'officeStatus.closedPeriod';
      name: string;
      period: PartialDate;
    }
  | { key: 'officeStatus.open'; name: string; year: string }
  | {
      key:
        | 'officeStatus.closedUndated'
        | 'officeStatus.closingUndated'
        | 'officeStatus.openUndated'
        | 'officeStatus.planned';
      name: string;
    };

export function statusLine(office: Office, state: OfficeState): StatusLine {
  const { name } = office;
  switch (state.status) {
    case 'closed':
      if (state.shutSince !== undefined)
        return isFullDate(state.shutSince)
          ? { key: 'officeStatus.closedSince', name, date: state.shutSince }
          : { key: 'officeStatus.closedPeriod', name, period: state.shutSince };
      if (state.lastDay !== null) return { key: 'officeStatus.closed', name, date: state.lastDay };
      return state.announcedClosing === null
        ? { key: 'officeStatus.closedUndated', name }
        : { key: 'officeStatus.closedPeriod', name, period: state.announcedClosing };
    case 'closing':
      if (state.lastDay !== null) return { key: 'officeStatus.closing', name, date: state.lastDay };
      return state.announcedClosing === null
        ? { key: 'officeStatus.closingUndated', name }
        : { key: 'officeStatus.closingPeriod', name, period: state.announcedClosing };
    case 'open':
      return office.confirmed === null
        ? { key: 'officeStatus.openUndated', name }
        : { key: 'officeStatus.open', name, year: office.confirmed.slice(0, 4) };
    case 'planned':
    case 'notYetOpen':
      return { key: 'officeStatus.planned', name };
  }
}

/**
 * The source to name for a closure: the office's source that speaks of closing (Statens
 * servicecenter's decision, a news item), else its first source; none for an open office, whose
 * sources confirm it only as of the year said.
 */
export function statusSource(office: Office, state: OfficeState): string | undefined {
  if (state.status !== 'closed' && state.status !== 'closing') return undefined;
  return office.sources.find((s) => CLOSING_WORDS.test(s)) ?? office.sources[0];
}

/** Words in a source's address that say it is about closing offices. */
const CLOSING_WORDS = /avveckl|stang|stäng|nedlagg|lagg(?:er|s)-ner|tappar|closing|closure/iu;

/** The year when several offices were all last confirmed in the same year, else undefined. */
export function sameStaleYear(
  offices: readonly { stale: boolean; confirmed: string | null }[],
): string | undefined {
  if (offices.length < 2 || !offices.every((o) => o.stale && o.confirmed !== null))
    return undefined;
  const years = new Set(offices.map((o) => (o.confirmed ?? '').slice(0, 4)));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * What every office of a list lacks (two or more offices): said once after the list, not after
 * each office. `staleYear`: all were last confirmed in that year.
 */
export interface ListLacks {
  address: boolean;
  hours: boolean;
  staleYear?: string;
}

export function listLacks(matches: readonly OfficeMatch[]): ListLacks {
  const several = matches.length > 1;
  const staleYear = sameStaleYear(matches);
  return {
    address: several && matches.every((m) => whereLine(m).key !== 'office.address'),
    hours: several && matches.every((m) => m.openNow === null),
    ...(staleYear === undefined ? {} : { staleYear }),
  };
}

/** The line after a list that says what every office lacks, or undefined. */
export function lacksKey(
  lacks: ListLacks,
): 'offices.lacking.both' | 'offices.lacking.address' | 'offices.lacking.hours' | undefined {
  if (lacks.address && lacks.hours) return 'offices.lacking.both';
  if (lacks.address) return 'offices.lacking.address';
  return lacks.hours ? 'offices.lacking.hours' : undefined;
}

/**
 * The follow-up hint under an office list: the hours follow-ups ("the first one", "open on
 * Saturday?") only when the first office's hours are known; "more" when more can be shown.
 */
export function followUpHintKey(
  matches: readonly OfficeMatch[],
  more: boolean,
): 'offices.followUpHint' | 'offices.followUpHintLast' | 'offices.followUpHintNoHours' | undefined {
  const hours = matches[0]?.office.hours != null;
  if (hours) return more ? 'offices.followUpHint' : 'offices.followUpHintLast';
  return more ? 'offices.followUpHintNoHours' : undefined;
}

/** "Last confirmed in 2008, check before you go": the year of an office's newest confirmation. */
export function staleLine(confirmed: string | null): {
  key: 'stale' | 'staleUndated';
  values: { year?: string };
} {
  return confirmed === null
    ? { key: 'staleUndated', values: {} }
    : { key: 'stale', values: { year: confirmed.slice(0, 4) } };
}

/** A body's phone sentence: which one (by its hours and how sure the number is), and its facts. */
export interface PhoneLine {
  key:
    | 'agency.phone'
    | 'agency.phoneWeekdays'
    | 'agency.phoneAlways'
    | 'agency.phoneUnverified'
    | 'agency.phoneAdvice';
  /** The number as written ("0771-524 524"). */
  display: string;
  /** Weekday hours of the line, for `agency.phoneWeekdays`. */
  hours?: { from: string; to: string };
}

export function phoneLine(phone: Phone, catalogue: AgencyCatalogue): PhoneLine {
  const display = phone.display;
  // 1177 is the health advice line, not "the region's number".
  if (phone.purpose === 'healthAdvice') return { key: 'agency.phoneAdvice', display };
  if (catalogue.needsWebsiteCheck(phone)) return { key: 'agency.phoneUnverified', display };
  if (phone.hours === 'always') return { key: 'agency.phoneAlways', display };
  if (phone.hours !== undefined) {
    return {
      key: 'agency.phoneWeekdays',
      display,
      hours: { from: phone.hours.from, to: phone.hours.to },
    };
  }
  return { key: 'agency.phone', display };
}

/**
 * "I'm putting you through to …": to the body, or for a health advice number to that line with
 * its number (1177 is not "your region").
 */
export function transferLine(
  catalogue: AgencyCatalogue,
  agency: AgencyId | undefined,
): { key: 'transfer.connecting' } | { key: 'transfer.connectingAdvice'; phone: string } {
  const phone = agency === undefined ? undefined : catalogue.telephone(agency);
  return phone?.purpose === 'healthAdvice'
    ? { key: 'transfer.connectingAdvice', phone: phone.display }
    : { key: 'transfer.connecting' };
}

/** One list formatter per language: they are costly to build. */
const orFormats = new Map<Lang, Intl.ListFormat>();

/**
 * "Växjö, Väja eller Vätö" / "A, B or C" / "А, Б або В": a choice between items, as the language
 * writes it. In a `question` that asks which one ("Is it A or B?") Ukrainian says "чи", not "або"
 * (which would make it a yes/no question).
 */
export function orList(items: readonly string[], lang: Lang, question = false): string {
  let format = orFormats.get(lang);
  if (format === undefined) {
    format = new Intl.ListFormat(REPLY_LOCALE[lang], { type: 'disjunction' });
    orFormats.set(lang, format);
  }
  if (!question || lang !== 'uk') return format.format(items);
  return format
    .formatToParts(items)
    .map((part) =>
      part.type === 'literal' ? part.value.replace(/(^|\s)або(?=\s)/u, '$1чи') : part.value,
    )
    .join('');
}

/**
 * The bodies whose matters service offices help with (all offices or some), in catalogue order:
 * what a reply names after "a service office cannot help with this".
 */
export function servedBodies(catalogue: AgencyCatalogue): AgencyId[] {
  return catalogue
    .ids()
    .filter((id) => id !== 'emergency' && catalogue.servicekontor(id).level !== 'none');
}

/**
 * The form a body's name takes in the list of bodies served: the name as it stands in a sentence
 * ("the Swedish Tax Agency (Skatteverket)"), in Ukrainian after "з питаннями" its genitive.
 */
export function servedName(name: Name, lang: Lang): string {
  return lang === 'uk' ? name.form('gen') : name.nom;
}

const andFormats = new Map<Lang, Intl.ListFormat>();

/** "Kista och Akalla" / "Kista and Akalla" / "Kista і Akalla": items taken together. */
export function andList(items: readonly string[], lang: Lang): string {
  let format = andFormats.get(lang);
  if (format === undefined) {
    format = new Intl.ListFormat(REPLY_LOCALE[lang], { type: 'conjunction' });
    andFormats.set(lang, format);
  }
  return format.format(items);
}

/**
 * How an office list opens: `more` after offices already shown, `agency` when it says which body
 * the offices help with (only when not every office does), else `plain`.
 */
export function officesOpening(
  answer: { agency?: AgencyId; continued?: boolean },
  catalogue: AgencyCatalogue,
): 'more' | 'agency' | 'plain' {
  if (answer.continued === true) return 'more';
  if (answer.agency === undefined || answer.agency === 'emergency') return 'plain';
  return catalogue.servicekontor(answer.agency).level === 'all' ? 'plain' : 'agency';
}

/**
 * The values of the line that offers other places of the name ("Husby in Stockholm; did you mean
 * Husby in Norrtälje or Hedemora?"): the place taken and the others' municipalities as a choice.
 */
export function otherPlacesValues(
  place: { name: string; municipality: string },
  others: readonly { municipality: string }[],
  lang: Lang,
): { name: string; municipality: string; others: string } {
  const municipalities = [...new Set(others.map((o) => o.municipality))];
  return {
    name: place.name,
    municipality: place.municipality,
    others: orList(municipalities, lang, true),
  };
}
