/** Says an Answer for the ear: one thing at a time, numbers in groups, hours as people say them, no URLs. */
import type { i18n, TFunction } from 'i18next';
import type { AgencyCatalogue } from '../../agencies/agencyCatalogue';
import type { AgencyId } from '../../agencies/agencyIds';
import { UKRAINE_GUIDE_TOPICS, type UkraineGuide } from '../../agencies/ukraineGuide';
import type { LanguageResources } from '../../language/languageResources';
import { LANGS, REPLY_LOCALE, type Lang } from '../../languages';
import type { DayHours, OfficeMatch, RemoteHelp, ResolvedDay, TimeInterval } from '../../offices';
import { weekdayOf } from '../../offices/stockholmTime';
import type { Answer, UkraineTopic } from '../answer';
import { dayState } from '../dayState';
import { SsmlBuilder } from './ssmlBuilder';
import { closingLine, orList, phoneLine, servicekontorKey, staleLine, whereLine } from '../wording';
import { phoneGroups, siteName, speakableParagraphs } from './speechText';
import { DEFAULT_VOICES, type VoiceSettings } from './voiceSettings';

/** Where a spoken reply goes: its language and channel (`telephony` callers have a keypad). */
export interface SpeechTarget {
  lang: Lang;
  channelId: string;
}

/** What the screen version of the reply says, for answers this renderer has no spoken form of. */
export interface ScreenReply {
  /** The reply's Markdown text. */
  text: string;
  /** The reply asks something. */
  expectsInput: boolean;
}

/** A spoken reply: SSML for `speak`, the same words as plain text, and whether it asks something. */
export interface SpokenReply {
  ssml: string;
  plainText: string;
  expectsInput: boolean;
}

/** A value spoken as digits inside a sentence (a phone number). */
interface Digits {
  digits: readonly string[];
}

type Value = string | number | Digits;

/** Marks where a digit group stands in an interpolated sentence; never part of real text. */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/gu;
const MARK_SPLIT = /\uE000(\d+)\uE001/u;

/** The channel whose callers can answer with keypad digits. */
const KEYPAD_CHANNEL = 'telephony';

/** Per-reply helpers: the builder, both text namespaces, and the language. */
interface Say {
  b: SsmlBuilder;
  lang: Lang;
  /** Texts of `voice.json`. */
  v: TFunction;
  /** Texts of `translation.json`, reused where the words are the same on a screen and a phone. */
  t: TFunction;
  keypad: boolean;
}

/**
 * Renders Answers as speech (locales/<lang>/voice.json, reusing translation.json where the words
 * are the same). Offices are said one at a time with distance, where, and hours in words; phone
 * numbers digit group by group; web sites by name; menus as at most three options, with keypad
 * digits on the telephony channel. Answers it has no spoken form of are read from the screen
 * text with Markdown and URLs removed, so a new kind of Answer still speaks.
 */
export class SpeechRenderer {
  private readonly ssc: { phone: Digits; site: string };

  constructor(
    private readonly i18n: i18n,
    private readonly languages: LanguageResources,
    private readonly catalogue: AgencyCatalogue,
    remote: RemoteHelp,
    private readonly ukraine: UkraineGuide,
    private readonly voices: VoiceSettings = DEFAULT_VOICES,
  ) {
    this.ssc = {
      phone: { digits: phoneGroups(remote.sscPhone) },
      site: siteName(remote.officeFinderUrl),
    };
  }

  /** The spoken reply to `answer`; `screen` is the text reply it accompanies. */
  render(answer: Answer, target: SpeechTarget, screen: ScreenReply): SpokenReply {
    const { builder, expectsInput } = this.speech(answer, target, screen);
    return { ssml: builder.build(this.voices), plainText: builder.plainText(), expectsInput };
  }

  /** What `answer` says, before it is written as SSML (for tests and the speech benchmark). */
  speech(
    answer: Answer,
    target: SpeechTarget,
    screen: ScreenReply,
  ): { builder: SsmlBuilder; expectsInput: boolean } {
    const lang = target.lang;
    const s: Say = {
      b: new SsmlBuilder(lang),
      lang,
      v: this.i18n.getFixedT(lang, 'voice'),
      t: this.i18n.getFixedT(lang),
      keypad: target.channelId === KEYPAD_CHANNEL,
    };
    const expectsInput = this.compose(answer, s, screen);
    if (s.b.isEmpty) {
      // Never send a voice reply that says nothing.
      this.fallback(s, screen);
    }
    return { builder: s.b, expectsInput };
  }

  /** Says the answer into `s.b`; returns whether it asks something. */
  private compose(answer: Answer, s: Say, screen: ScreenReply): boolean {
    const { v, t } = s;
    const ssc = this.ssc;
    switch (answer.kind) {
      case 'welcome':
        this.welcome(s);
        return true;
      case 'help':
        this.say(s, v('help.text'));
        return true;
      case 'languageChanged':
        this.say(s, v('languageChanged.text'));
        return true;
      case 'startedOver':
        this.say(s, t('startOver.text'));
        return true;
      case 'tooLong':
        this.say(s, v('tooLong.text'));
        return true;
      case 'error':
        this.say(s, t('error.apology'));
        return false;
      case 'stateReset':
        this.say(s, t('error.stateReset'));
        return false;
      case 'personalNumberWarning':
        this.say(s, v('privacy.personalNumber'));
        return false;
      case 'greeting':
        this.say(s, t('greeting.text'));
        return true;
      case 'thanks':
        this.say(s, v('thanks.text'));
        return false;
      case 'goodbye':
        this.say(s, t('goodbye.text'));
        return false;
      case 'declined':
        this.say(s, v('declined.text'));
        return false;
      case 'emergency': {
        const phone = this.catalogue.telephone('emergency');
        if (phone === undefined) return this.fallback(s, screen);
        this.line(s, v, 'emergency.text', { phone: { digits: phoneGroups(phone.display) } });
        return false;
      }
      case 'agency':
        this.agency(s, answer.agency, answer.offerOffice);
        return answer.offerOffice;
      case 'chooseAgency': {
        const names = answer.options.slice(0, 3).map((id) => this.agencyName(id, s.lang));
        this.line(s, v, 'chooseAgency.text', { options: this.orList(names, s.lang) });
        this.keypadOptions(s, names);
        return true;
      }
      case 'askPlace':
        if (answer.retry && answer.suggestions.length > 0) {
          this.line(s, t, 'askPlace.retryWithSuggestions', {
            suggestions: this.orList(answer.suggestions.slice(0, 3), s.lang),
          });
        } else {
          this.say(s, v(answer.retry ? 'askPlace.retry' : 'askPlace.text'));
        }
        if (s.keypad) this.say(s, v('askPlace.keypad'));
        return true;
      case 'choosePlace': {
        const options = answer.candidates
          .slice(0, 3)
          .map((c) =>
            v('choosePlace.option', { name: clean(c.name), municipality: clean(c.municipality) }),
          );
        this.line(s, v, 'choosePlace.text', {
          name: answer.written,
          options: this.orList(options, s.lang),
        });
        this.keypadOptions(s, options);
        return true;
      }
      case 'placeNotFound':
        this.line(s, v, 'placeNotFound.text', { phone: ssc.phone });
        return false;
      case 'offices':
        this.offices(s, answer);
        return false;
      case 'noMoreOffices':
        this.line(s, v, 'noMoreOffices.text', { phone: ssc.phone });
        return false;
      case 'officeDetail':
        this.officeDetail(s, answer.match, answer.week);
        return false;
      case 'officeHours':
        this.officeHours(s, answer.date, answer.days);
        return false;
      case 'contact':
        this.contact(s, answer.agency);
        return false;
      case 'outOfScope':
        if (answer.misses >= 2) this.line(s, v, 'outOfScope.again', { phone: ssc.phone });
        else this.say(s, t('outOfScope.text'));
        return true;
      case 'reask':
        if ('agencies' in answer) {
          const names = answer.agencies.slice(0, 3).map((id) => this.agencyName(id, s.lang));
          this.line(s, v, 'reask.options', { options: this.orList(names, s.lang) });
          this.keypadOptions(s, names);
        } else {
          this.say(s, v('reask.yesNo'));
          if (s.keypad) this.say(s, v('keypad.yesNo'));
        }
        return true;
      case 'locationDenied':
        this.say(s, v('locationDenied.text'));
        return true;
      case 'ukraine':
        this.ukraineStep(s, answer.topic);
        return true;
      default:
        // A kind of Answer this renderer does not know yet: read the screen text aloud.
        return this.fallback(s, screen);
    }
  }

  /** The screen text without Markdown and URLs, paragraph by paragraph. */
  private fallback(s: Say, screen: ScreenReply): boolean {
    for (const paragraph of speakableParagraphs(screen.text)) s.b.say(paragraph).pause();
    return screen.expectsInput;
  }

  /**
   * Greeting, the other two languages each in its own language and voice (on the phone with its
   * key: 1 Swedish, 2 English, 3 Ukrainian), then the question. The reply's own language is not
   * offered: the caller already hears it, and the welcome stays short.
   */
  private welcome(s: Say): void {
    this.say(s, s.v('welcome.intro'));
    LANGS.forEach((lang, index) => {
      if (lang === s.lang) return;
      const v = this.i18n.getFixedT(lang, 'voice');
      s.b.say(
        s.keypad ? v('welcome.keypad', { digit: index + 1 }) : v('welcome.otherLanguage'),
        lang,
      );
    });
    this.say(s, s.v('welcome.ask'));
  }

  /** The body, what it does, its site and phone, whether a servicekontor helps, and the offer. */
  private agency(s: Say, id: AgencyId, offerOffice: boolean): void {
    const { v, t } = s;
    const name = this.agencyName(id, s.lang);
    const does = this.i18n.getFixedT(s.lang, 'agencies')(`${id}.does`);
    this.say(s, t('agency.handles', { name, does }));
    this.reach(s, id);
    this.say(s, t(servicekontorKey(this.catalogue, id), { name }));
    if (offerOffice) {
      s.b.pause();
      this.say(s, v('agency.offerOffice'));
      if (s.keypad) this.say(s, v('keypad.yesNo'));
    }
  }

  /** The body's site by name, and its phone number read in groups with its hours. */
  private reach(s: Say, id: AgencyId): void {
    const { v } = s;
    const url = this.catalogue.url(id);
    if (url !== undefined) this.line(s, v, 'agency.site', { site: siteName(url) });
    const phone = this.catalogue.telephone(id);
    if (phone === undefined) return;
    const said = phoneLine(phone, this.catalogue);
    this.line(s, v, said.key, {
      phone: { digits: phoneGroups(said.display) },
      ...(said.hours === undefined
        ? {}
        : { hours: this.interval(s, { opens: said.hours.from, closes: said.hours.to }) }),
    });
  }

  private contact(s: Say, agency: AgencyId | undefined): void {
    const { v, t } = s;
    if (agency === undefined || agency === 'emergency') {
      this.line(s, t, 'contact.ssc', { phone: this.ssc.phone });
      return;
    }
    const name = this.agencyName(agency, s.lang);
    this.say(s, t('contact.agency', { name }));
    this.reach(s, agency);
    const booking = this.catalogue.booking(agency);
    if (booking !== undefined)
      this.line(s, v, 'contact.booking', { name, site: siteName(booking) });
  }

  /** The offices of this reply, one after the other (one per reply on a voice channel). */
  private offices(s: Say, answer: Extract<Answer, { kind: 'offices' }>): void {
    const { v, t } = s;
    if (answer.matches.length === 0 && answer.bookingTowns.length === 0) {
      this.line(s, v, 'offices.none', { phone: this.ssc.phone });
      return;
    }
    const agency = answer.agency === undefined ? undefined : this.agencyName(answer.agency, s.lang);
    // A booked visit: the booking is said first, then the nearest offices in general.
    const visit =
      answer.continued === true || answer.bookedVisit === undefined ? undefined : answer.agency;
    if (visit !== undefined && answer.bookedVisit !== undefined) {
      this.line(s, v, `visit.${visit}.book`, { site: siteName(answer.bookedVisit.url) });
      s.b.pause();
    }
    answer.matches.forEach((m, index) => {
      const name = m.office.name;
      const distance = this.distance(s, m.distanceKm);
      if (index > 0 || answer.continued === true) {
        this.line(s, v, 'offices.next', { name, distance });
      } else if (agency === undefined || visit !== undefined) {
        this.line(s, v, 'offices.first', { place: answer.place.name, name, distance });
      } else {
        this.line(s, v, 'offices.firstAgency', {
          place: answer.place.name,
          agency,
          name,
          distance,
        });
      }
      this.officeFacts(s, m);
      s.b.pause();
    });
    if (visit !== undefined) this.say(s, v(`visit.${visit}.caveat`));
    if (agency !== undefined && answer.continued !== true) {
      for (const town of answer.bookingTowns) {
        this.line(s, t, 'offices.bookInTown', { town, agency });
      }
    }
    if (answer.continued !== true && answer.matches.some((m) => m.far)) {
      this.say(s, v('offices.far'));
    }
    this.line(s, v, 'offices.check', { site: this.ssc.site });
    if (answer.more) this.say(s, v('offices.nextHint'));
  }

  /** Where the office is, whether it is open now or when it opens, today's hours, and caveats. */
  private officeFacts(s: Say, m: OfficeMatch): void {
    const { v } = s;
    const place = whereLine(m);
    if (place.key === 'office.address') {
      this.line(s, v, place.key, { address: `${place.values.street}, ${place.values.town}` });
    } else {
      this.line(s, v, place.key, place.values);
    }
    this.openState(s, m);
    if (m.status === 'closing') {
      const said = closingLine(m);
      if (said.key === 'office.closing') {
        this.line(s, v, said.key, { date: spokenDate(said.date, s.lang) });
      } else {
        this.line(s, v, said.key, said.values);
      }
    }
    if (m.stale) this.staleLine(s, m.confirmed);
  }

  /** "This information was last confirmed in 2008, so please check before you go." */
  private staleLine(s: Say, confirmed: string | null): void {
    const said = staleLine(confirmed);
    this.line(s, s.v, `office.${said.key}`, said.values);
  }

  /** "Open now, today from ten to four" / "closed now, opens on Monday at ten" / "hours not known". */
  private openState(s: Say, m: OfficeMatch): void {
    const { v } = s;
    const today = m.today.hours;
    const hours =
      today?.kind === 'open' && today.intervals.length > 0
        ? this.hours(s, today.intervals)
        : undefined;
    if (m.openNow === null) {
      this.say(s, v('office.hoursUnknown'));
    } else if (m.openNow) {
      if (hours !== undefined) this.line(s, v, 'office.openNowToday', { hours });
      else if (m.closesAt !== null)
        this.line(s, v, 'office.openNowUntil', { time: this.clock(s, m.closesAt.clock) });
      else this.say(s, v('office.openToday'));
    } else {
      const next = m.nextOpening;
      if (next === null) {
        this.say(s, v('office.closedNow'));
      } else if (next.date === m.today.date && hours !== undefined) {
        this.say(s, v('office.closedNow'));
        this.line(s, v, 'office.today', { hours });
      } else {
        const day = this.dayWord(s, next.date, m.today.date);
        if (next.opens === null) this.line(s, v, 'office.closedUntilDay', { day });
        else this.line(s, v, 'office.closedUntil', { day, time: this.clock(s, next.opens) });
      }
    }
  }

  /** One office in full: the facts, then this week's hours day by day. */
  private officeDetail(s: Say, m: OfficeMatch, week: ResolvedDay[]): void {
    const { v } = s;
    this.line(s, v, 'office.heading', {
      name: m.office.name,
      distance: this.distance(s, m.distanceKm),
    });
    this.officeFacts(s, m);
    if (m.office.hours !== null) {
      s.b.pause();
      this.say(s, v('officeDetail.week'));
      for (const d of week) {
        this.dayHours(s, d.hours, 'officeDetail', { day: capitalized(v(`weekday.${d.weekday}`)) });
      }
    }
    s.b.pause();
    this.line(s, v, 'offices.check', { site: this.ssc.site });
  }

  /** The hours of the listed offices on one day. */
  private officeHours(
    s: Say,
    date: string,
    days: {
      office: { name: string; confirmed: string | null };
      day: ResolvedDay;
      stale: boolean;
    }[],
  ): void {
    const { v } = s;
    this.say(s, v('officeHours.intro', { day: v(`day.${weekdayOf(date)}`) }));
    for (const { office, day, stale } of days) {
      this.dayHours(s, day.hours, 'officeHours', { name: office.name });
      if (stale) this.staleLine(s, office.confirmed);
    }
    s.b.pause();
    this.line(s, v, 'offices.check', { site: this.ssc.site });
  }

  /** One day's hours as a sentence of `officeDetail.*` or `officeHours.*`. */
  private dayHours(
    s: Say,
    hours: DayHours | null,
    prefix: 'officeDetail' | 'officeHours',
    values: Record<string, string>,
  ): void {
    if (hours?.kind === 'open' && hours.intervals.length > 0) {
      this.line(s, s.v, `${prefix}.open`, { ...values, hours: this.hours(s, hours.intervals) });
    } else {
      this.line(s, s.v, `${prefix}.${dayState(hours)}`, values);
    }
  }

  /** The guide for people from Ukraine: the menu as three options and the rest, or one topic. */
  private ukraineStep(s: Say, topic: UkraineTopic): void {
    const { v, t } = s;
    const title = (o: string) => inSentence(t(`ukraine.topics.${o}`));
    if (topic === 'menu') {
      const [first, rest] = [UKRAINE_GUIDE_TOPICS.slice(0, 3), UKRAINE_GUIDE_TOPICS.slice(3)];
      this.say(s, v('ukraine.menu', { options: this.orList(first.map(title), s.lang) }));
      this.say(s, v('ukraine.more', { options: this.orList(rest.map(title), s.lang) }));
      return;
    }
    for (const paragraph of speakableParagraphs(t(`ukraine.${topic}`))) s.b.say(paragraph).pause();
    this.line(s, v, 'ukraine.site', { site: siteName(this.ukraine.link(topic, s.lang)) });
    this.say(s, t('ukraine.check'));
    const others = UKRAINE_GUIDE_TOPICS.filter((o) => o !== topic).slice(0, 3);
    this.say(s, v('ukraine.more', { options: this.orList(others.map(title), s.lang) }));
  }

  /** On the phone: "press 1 for …" for each option of a menu (at most three). */
  private keypadOptions(s: Say, options: readonly string[]): void {
    if (!s.keypad) return;
    options.slice(0, 3).forEach((option, index) => {
      this.say(s, s.v('keypad.option', { digit: index + 1, option: clean(option) }));
    });
  }

  /** "about 3 kilometres away", rounded as a person would. */
  private distance(s: Say, km: number): string {
    if (km < 1) return s.v('distance.near');
    const count =
      km < 20 ? Math.round(km) : km < 100 ? Math.round(km / 5) * 5 : Math.round(km / 10) * 10;
    return s.v('distance.about', { count });
  }

  /** Opening intervals in words: "tio till tolv och tretton till sexton". */
  private hours(s: Say, intervals: readonly TimeInterval[]): string {
    const said = intervals.map((i) => this.interval(s, i));
    return said.reduce((first, second) => s.v('hours.twoIntervals', { first, second }));
  }

  private interval(s: Say, i: TimeInterval): string {
    return s.v('hours.interval', { from: this.clock(s, i.opens), to: this.clock(s, i.closes) });
  }

  /** "16:00" → "sexton" / "4 pm" / "шістнадцятої"; "16:30" → "sexton och 30" / "4:30 pm". */
  private clock(s: Say, time: string): string {
    const [h = '0', m = '00'] = time.split(':');
    const hour = Number(h) % 24;
    return m === '00'
      ? s.v(`clock.hour.${hour}`)
      : s.v(`clock.hourMinutes.${hour}`, { minutes: m });
  }

  /** "today", "tomorrow" or "on Monday" for a date after `today`. */
  private dayWord(s: Say, date: string, today: string): string {
    if (date === today) return s.v('day.today');
    if (date === nextDate(today)) return s.v('day.tomorrow');
    return s.v(`day.${weekdayOf(date)}`);
  }

  /** "A, B eller C" in the reply's language, user text cleaned of digit marks. */
  private orList(items: readonly string[], lang: Lang): string {
    return orList(items.map(clean), lang);
  }

  private agencyName(id: AgencyId, lang: Lang): string {
    return this.i18n.getFixedT(lang, 'agencies')(`${id}.name`);
  }

  /** Adds plain text in the reply's language. */
  private say(s: Say, text: string): void {
    s.b.say(text);
  }

  /**
   * Adds the sentence `key` with its values; a phone number among them is read as digit groups
   * inside the sentence.
   */
  private line(s: Say, t: TFunction, key: string, values: Record<string, Value>): void {
    const numbers: Digits[] = [];
    const plain: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'object') {
        plain[name] = `${MARK_OPEN}${numbers.length}${MARK_CLOSE}`;
        numbers.push(value);
      } else {
        plain[name] = typeof value === 'string' ? clean(value) : value;
      }
    }
    const pieces = t(key, plain).split(MARK_SPLIT);
    pieces.forEach((piece, index) => {
      if (index % 2 === 0) s.b.say(piece);
      else s.b.digits(numbers[Number(piece)]?.digits ?? []);
    });
  }
}

/** Text from data or a person, without the marks used for digit groups. */
function clean(text: string): string {
  return text.replace(MARKS, '');
}

/** A button title inside a sentence: "Tillfälligt skydd" → "tillfälligt skydd", "LMA-kort" stays. */
function inSentence(title: string): string {
  const second = title.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? title.charAt(0).toLowerCase() + title.slice(1)
    : title;
}

/** "måndag" → "Måndag", for a word that starts a sentence. */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The calendar day after `date` (YYYY-MM-DD). */
function nextDate(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** "2026-12-01" → "1 december" / "1 December" / "1 грудня". */
function spokenDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(REPLY_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
