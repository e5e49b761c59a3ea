/** Says an Answer for the ear: one thing at a time, numbers in groups, hours as people say them, no URLs. */
import type { i18n, TFunction } from 'i18next';
import type { AgencyCatalogue } from '../../agencies/agencyCatalogue';
import { AGENCY_IDS, type AgencyId } from '../../agencies/agencyIds';
import { UKRAINE_GUIDE_TOPICS, type UkraineGuide } from '../../agencies/ukraineGuide';
import type { LanguageResources } from '../../language/languageResources';
import { LANGS, type Lang } from '../../languages';
import type {
  DayHours,
  Office,
  OfficeMatch,
  OfficeState,
  RemoteHelp,
  ResolvedDay,
} from '../../offices';
import { weekdayOf } from '../../offices/stockholmTime';
import { localesDir } from '../../paths';
import type { Answer } from '../answer';
import { DateWords, sayDates, type SpokenDateWords } from '../dates';
import { ukEuphony } from '../euphony';
import { dayState, daysOnly } from '../dayState';
import { Name, NameBook, readPlaceForms, type PlaceNoun } from '../names';
import { SsmlBuilder } from './ssmlBuilder';
import {
  agencyAbout,
  choiceLeadKey,
  choiceReasonLine,
  andList,
  closingLine,
  distanceSaid,
  nearerOlderLines,
  offersOffice,
  farNoticeKm,
  officesOpening,
  orList,
  otherPlacesValues,
  outOfScopeLine,
  transferLine,
  passportLines,
  phoneLine,
  sameStaleYear,
  servedBodies,
  servedName,
  servicekontorKey,
  staleLine,
  statusLine,
  statusSource,
  whereLine,
} from '../wording';
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

type Value = string | number | Digits | Name;

/** Marks where a digit group stands in an interpolated sentence; never part of real text. */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
/** Marks a Swedish name inside a sentence of another language: said in the Swedish voice. */
const SV_OPEN = '\uE002';
const SV_CLOSE = '\uE003';
const MARKS = /[\uE000-\uE003]/gu;
const MARK_SPLIT = /\uE000(\d+)\uE001|\uE002([^\uE003]*)\uE003/u;
/** Short numbers people say in words rather than as a number ("elva sjuttiosju"), and 1177's site. */
const SHORT_NUMBER = /(?<![\d.])(?:1177\.se|1177|112|114 14)(?![\d])/gu;
/** A Swedish web site named in a sentence ("migrationsverket.se/uk", "1177.se"): said in Swedish. */
const SWEDISH_SITE = String.raw`(?<![\p{L}\d.])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.se(?:\/[\p{L}\d-]+)*(?![\p{L}\d])`;
/** A year alone in a sentence ("senast 2022"). */
const YEAR = /(?<![\d.,:/-])\b20[0-3]\d\b(?![\d.,:/-]\d)/gu;
/** A year before the noun that gives it its case ("у 2022 році"). */
const YEAR_BEFORE_NOUN = /(?<![\d.,:/-])\b(20[0-3]\d)(\s+)(\p{L}+)/gu;
/** A bracketed aside ("(Migrationsverket)", "(UT-kort)"): for the eye, not the ear. */
const BRACKETS = /\s*\([^()]*\)/gu;
/** Quote marks are for the eye: on the phone they would only split a voice span ("“ ⟨sv: Umeå kommun”⟩"). */
const QUOTES = /[“”„«»]/gu;

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
  /** Days, dates and times as said in this language. */
  dates: DateWords;
  /** Bodies already named in this reply: the Swedish name is said with the first mention only. */
  named: Set<string>;
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
  private readonly names: NameBook;
  /** Per reply language: how its written dates are said (see dateWords()). */
  private readonly spokenDates = new Map<Lang, SpokenDateWords>();
  /** Per reply language: the words of other languages in it (see foreign()). */
  private readonly foreignWords = new Map<Lang, { pattern: RegExp; langOf: Map<string, Lang> }>();

  constructor(
    private readonly i18n: i18n,
    private readonly languages: LanguageResources,
    private readonly catalogue: AgencyCatalogue,
    remote: RemoteHelp,
    private readonly ukraine: UkraineGuide,
    private readonly voices: VoiceSettings = DEFAULT_VOICES,
    names?: NameBook,
  ) {
    this.names = names ?? new NameBook(i18n, readPlaceForms(localesDir));
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
    const v = this.i18n.getFixedT(lang, 'voice');
    const t = this.i18n.getFixedT(lang);
    const s: Say = {
      b: new SsmlBuilder(lang),
      lang,
      v,
      t,
      keypad: target.channelId === KEYPAD_CHANNEL,
      dates: new DateWords(lang, t, v),
      named: new Set(),
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
      case 'stillHere':
        this.say(s, t(answer.askNeed === true ? 'stillHere.askNeed' : 'stillHere.text'));
        return answer.askNeed === true;
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
        if (answer.agencies === undefined && answer.offerOf !== undefined) {
          // No office wanted: the caller still hears how to reach the body (the screen showed it).
          this.say(s, v('declined.ok'));
          this.reach(s, answer.offerOf, this.agencyName(answer.offerOf, s));
          this.say(s, v('declined.more'));
        } else if (answer.agencies === undefined) this.say(s, v('declined.text'));
        else {
          this.say(s, t('declined.reach'));
          for (const id of answer.agencies) this.contact(s, id);
        }
        return false;
      case 'emergency':
        return this.emergency(s, answer.again === true);
      case 'agency':
        return this.agency(s, answer.agency, answer.offerOffice);
      case 'passport':
        // The booking page by its site's name: a caller cannot follow a link.
        for (const l of passportLines(this.catalogue, answer.ukrainian, s.lang)) {
          this.line(s, t, l.key, {
            ...(l.agency === undefined ? {} : { agency: this.agencyName(l.agency, s) }),
            ...(l.url === undefined ? {} : { url: swedish(siteName(l.url), s) }),
          });
        }
        return false;
      case 'chooseAgency': {
        const names = answer.options.slice(0, 3).map((id) => this.agencyLabel(id, s));
        if (answer.reasons === undefined) {
          this.line(s, v, 'chooseAgency.text', { options: orList(names, s.lang, true) });
        } else {
          this.say(s, t(choiceLeadKey(answer.reasons.length)));
          for (const r of answer.reasons) {
            const line = choiceReasonLine(t, r, this.agencyLabel(r.agency, s));
            this.line(s, t, line.key, { agency: line.agency, reason: line.reason });
          }
        }
        this.keypadOptions(s, names);
        return true;
      }
      case 'whichAgency': {
        const names = answer.options.slice(0, 3).map((id) => this.agencyLabel(id, s));
        const key =
          answer.placeKept === true ? 'chooseAgency.whichPlaceKept' : 'chooseAgency.which';
        this.line(s, t, key, { options: orList(names, s.lang, true) });
        this.keypadOptions(s, names);
        return true;
      }
      case 'rephrase':
        this.say(s, t('chooseAgency.rephrase'));
        return true;
      case 'askPlace':
        if (answer.retry && answer.suggestions.length > 0) {
          this.line(s, t, 'askPlace.retryWithSuggestions', {
            suggestions: orList(
              answer.suggestions.slice(0, 3).map((p) => swedish(clean(p), s)),
              s.lang,
              true,
            ),
          });
        } else {
          this.say(s, v(answer.retry ? 'askPlace.retry' : 'askPlace.text'));
        }
        if (s.keypad) this.say(s, v('askPlace.keypad'));
        return true;
      case 'choosePlace': {
        // "Husby у Стокгольмі": the municipality in the case the language gives it.
        const options = answer.candidates.slice(0, 3).map((c) =>
          v('choosePlace.option', {
            name: swedish(clean(c.name), s),
            municipality: this.place(s, clean(c.municipality), 'municipality'),
          }),
        );
        this.line(s, v, 'choosePlace.text', {
          name: swedish(clean(answer.written), s),
          options: orList(options, s.lang, true),
        });
        this.keypadOptions(s, options);
        return true;
      }
      case 'placeNotFound':
        this.line(s, v, 'placeNotFound.text', this.sscValues(s));
        return false;
      case 'offices':
        this.offices(s, answer);
        return false;
      case 'officeStatus':
        this.officeStatus(s, answer);
        this.offices(s, answer.list);
        return false;
      case 'noMoreOffices':
        this.line(s, v, 'noMoreOffices.text', this.sscValues(s));
        return false;
      case 'officeDetail':
        this.officeDetail(s, answer.match, answer.week);
        return false;
      case 'officeHours':
        this.officeHours(s, answer.date, answer.days);
        return false;
      case 'contact':
        this.contact(s, answer.agency, answer.municipality, answer.noOffice);
        return false;
      case 'outOfScope': {
        const said = outOfScopeLine(this.i18n.getFixedT(s.lang, 'agencies'), answer);
        if (said.key === 'outOfScope.elsewhere')
          this.line(s, t, said.key, { who: this.agencyName(said.who, s) });
        else if (said.key === 'outOfScope.again') this.line(s, v, said.key, this.sscValues(s));
        else this.say(s, t(said.key));
        return true;
      }
      case 'reask':
        if ('agencies' in answer) {
          const names = answer.agencies.slice(0, 3).map((id) => this.agencyLabel(id, s));
          this.line(s, v, 'reask.options', { options: orList(names, s.lang, true) });
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
        this.ukraineStep(s, answer);
        return true;
      case 'transferring': {
        if (answer.agency === 'emergency') return this.emergency(s);
        const said = transferLine(this.catalogue, answer.agency);
        this.line(s, t, said.key, {
          agency: this.agencyName(answer.agency ?? 'ssc', s),
          ...('phone' in said ? { phone: this.number(said.phone, s) } : {}),
        });
        return false;
      }
      case 'transferFailed':
        // The number to call, in digit groups, and what next: the caller is still on the line.
        this.say(s, t('transfer.failed'));
        this.contact(s, answer.agency);
        s.b.pause();
        this.say(s, v('transferFailed.next'));
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

  /**
   * The body and, when an office can help, the offer to find one: the one thing that matters next.
   * Without an offer: the body, what it does, its site and phone, and whether a servicekontor helps.
   */
  private agency(s: Say, id: AgencyId, offerOffice: boolean): boolean {
    const { v, t } = s;
    // 112 is a number to call now, never a body with offices.
    if (id === 'emergency') return this.emergency(s);
    const agencies = this.i18n.getFixedT(s.lang, 'agencies');
    // Named with its Swedish name first, then by one name (agencyName).
    const agency = () => this.agencyName(id, s);
    const level = servicekontorKey(this.catalogue, id);
    if (offerOffice && offersOffice(this.catalogue, id)) {
      this.say(s, agencyAbout(agencies, t, id, agency()).handles);
      // "Every office helps" is what the offer already says.
      // A booked visit is said short on the phone (voice.json has its own sentence).
      if (level.startsWith('visit.')) this.say(s, v(level));
      else if (level !== 'agency.servicekontorAll') this.line(s, t, level, { agency: agency() });
      this.say(s, v('agency.offerOffice'));
      if (s.keypad) this.say(s, v('keypad.yesNo'));
      return true;
    }
    const about = agencyAbout(agencies, t, id, agency());
    this.say(s, about.handles);
    this.say(s, about.does);
    // Whether an office helps, then the number, last, where a caller can note it down. Without
    // a servicekontor the number is the way: no "contact them directly" before it.
    if (level === 'agency.servicekontorNone' || level.startsWith('visit.')) this.say(s, v(level));
    else this.line(s, t, level, { agency: agency() });
    this.reach(s, id);
    return false;
  }

  /** "If someone's life … is in danger now, call one one two now." */
  private emergency(s: Say, again = false): false {
    this.say(s, s.v(again ? 'emergency.again' : 'emergency.text'));
    return false;
  }

  /**
   * The body's phone number read in groups with its hours, or its site by name when it has none;
   * with `agency`, the sentence names the body ("The phone number for CSN is …"). False when the
   * body has neither.
   */
  private reach(s: Say, id: AgencyId, agency?: Name): boolean {
    const { v } = s;
    const url = this.catalogue.url(id);
    const phone = this.catalogue.telephone(id);
    if (phone === undefined) {
      // On the phone a number is what a caller can use; a site only when there is none.
      if (url === undefined) return false;
      this.line(s, v, 'agency.site', { site: swedish(siteName(url), s) });
      return true;
    }
    const said = phoneLine(phone, this.catalogue);
    this.line(s, v, agency === undefined ? said.key : said.key.replace('agency.', 'contact.'), {
      phone: this.number(said.display, s),
      ...(agency === undefined ? {} : { agency }),
      // A number to check before calling, as the screen says: where to check it.
      ...(url === undefined ? {} : { site: swedish(siteName(url), s) }),
      ...(said.hours === undefined
        ? {}
        : { hours: s.dates.hours([{ opens: said.hours.from, closes: said.hours.to }]) }),
    });
    return true;
  }

  private contact(
    s: Say,
    agency: AgencyId | undefined,
    municipality?: string,
    noOffice = false,
  ): void {
    const { v, t } = s;
    if (agency === 'emergency') {
      this.emergency(s);
      return;
    }
    if (agency === undefined) {
      this.line(s, t, 'contact.ssc', this.sscValues(s));
      return;
    }
    // An office asked for a body no service office serves: that first, then how to reach it.
    if (noOffice) this.say(s, v('agency.servicekontorNone'));
    const name = this.agencyName(agency, s);
    if (!this.reach(s, agency, name)) {
      if (municipality === undefined) this.line(s, t, 'contact.noDetails', { agency: name });
      else
        this.line(s, t, 'contact.noDetailsSearch', {
          agency: name,
          municipality: swedish(municipality, s),
        });
    }
    const booking = this.catalogue.booking(agency, s.lang);
    if (booking !== undefined)
      this.line(s, v, 'contact.booking', { agency: name, site: swedish(siteName(booking), s) });
    // After "a service office can't help": what the offices do help with, and to say it.
    if (noOffice) {
      const agencies = andList(
        servedBodies(this.catalogue).map((id) => servedName(this.agencyName(id, s), s.lang)),
        s.lang,
      );
      this.line(s, t, 'contact.officesHelpWith', { agencies });
    }
  }

  /** What the list knows of the office asked about, with its source's site; or "not in my list". */
  private officeStatus(s: Say, answer: Extract<Answer, { kind: 'officeStatus' }>): void {
    const { v } = s;
    if (answer.asked.length === 0) {
      const { name, kind, written } = answer.place;
      this.line(s, v, 'officeStatus.notListed', {
        place: this.place(s, name, kind, written),
        ...this.sscValues(s),
      });
      return;
    }
    this.statusLines(s, answer.asked, true);
  }

  /** What the list knows of each office; with its source's site when `sources` (asked about). */
  private statusLines(
    s: Say,
    offices: readonly { office: Office; state: OfficeState }[],
    sources: boolean,
  ): void {
    const { t } = s;
    for (const { office, state } of offices) {
      const said = statusLine(office, state);
      const name = this.office(s, said.name);
      if ('date' in said) this.line(s, t, said.key, { name, date: s.dates.fullDate(said.date) });
      else if ('period' in said)
        this.line(s, t, said.key, { name, period: s.dates.partial(said.period) });
      else this.line(s, t, said.key, { name, ...('year' in said ? { year: said.year } : {}) });
      const source = sources ? statusSource(office, state) : undefined;
      if (source !== undefined)
        this.line(s, t, 'officeStatus.source', { url: swedish(siteName(source), s) });
    }
  }

  /** The offices of this reply, one after the other (one per reply on a voice channel). */
  private offices(s: Say, answer: Extract<Answer, { kind: 'offices' }>): void {
    const { v, t } = s;
    if (answer.matches.length === 0 && answer.bookingTowns.length === 0) {
      this.line(s, v, 'offices.none', this.sscValues(s));
      return;
    }
    const id = answer.agency;
    // Named with its Swedish name first, then by one name (agencyName).
    const agency = () => (id === undefined ? '' : this.agencyName(id, s));
    // An office of the place named that has closed or is closing: said before anything else.
    // A closing office this reply goes on to name says so itself, right after: said once.
    const shown = new Set(answer.matches.map((m) => m.office.id));
    const closed = (answer.closedHere ?? []).filter((c) => !shown.has(c.office.id));
    if (answer.continued !== true && closed.length > 0) {
      this.statusLines(s, closed, false);
      s.b.pause();
    }
    // A booked visit: the booking is said first, then the nearest offices in general.
    const visit =
      answer.continued === true || answer.bookedVisit === undefined ? undefined : answer.agency;
    if (visit !== undefined && answer.bookedVisit !== undefined) {
      this.line(s, v, `visit.${visit}.book`, {
        site: swedish(siteName(answer.bookedVisit.url), s),
      });
      // Not every office takes these visits: said of the town where a source ties the body's
      // visits to the town, not to one office (Göteborg), else in general.
      const [town] = answer.bookingTowns;
      if (town === undefined) this.say(s, v(`visit.${visit}.caveat`));
      else this.line(s, v, `visit.${visit}.town`, { place: this.place(s, town, 'locality') });
      s.b.pause();
    }
    // The booking just said tells which office: "in Göteborg, book first" would say it again.
    if (id !== undefined && answer.continued !== true && visit === undefined) {
      // The instruction that matters first: book the visit, then the offices.
      for (const town of answer.bookingTowns) {
        this.line(s, t, 'offices.bookInTown', {
          place: this.place(s, town, 'locality'),
          agency: agency(),
        });
      }
    }
    // A likely gap: our list very probably lacks the office of a larger town near; said first.
    const gap = answer.continued === true ? undefined : answer.likelyGap;
    const hoursNone = answer.matches.every((m) => m.openNow === null);
    // Said with where every office is listed, with addresses and hours, when the list has neither
    // for the office it names: that one sentence then says where to look for both.
    const gapSaysWhere = gap !== undefined && visit === undefined && hoursNone;
    if (gap !== undefined) {
      const place = this.place(s, gap, 'locality');
      if (gapSaysWhere) this.line(s, v, 'offices.likelyGapCheck', { place, ...this.sscValues(s) });
      else this.line(s, v, 'offices.likelyGap', { place });
      s.b.pause();
    }
    const { name: placeName, kind, written } = answer.place;
    const place = this.place(s, placeName, kind, written);
    const opening = officesOpening(answer, this.catalogue);
    // Every office confirmed in the same year (or the one office of a phone page): said once
    // after the list, not after each office.
    const [only] = answer.matches;
    const staleYear =
      answer.matches.length === 1 && only?.stale === true && only.confirmed !== null
        ? only.confirmed.slice(0, 4)
        : sameStaleYear(answer.matches);
    // A street address missing for some offices only is said with that office, before the next;
    // missing for all, once after the list (unknowns).
    const noStreet = answer.matches.filter((m) => whereLine(m).key !== 'office.address');
    const streetEach = noStreet.length > 0 && noStreet.length < answer.matches.length;
    // An office listed after farther ones because its information is old: said first, with the
    // year, and the first office is then not called "the nearest".
    const older = nearerOlderLines(answer);
    for (const { key, match, year } of older.lines) {
      this.line(s, v, key, {
        name: this.office(s, match.office.name),
        distance: this.distance(s, match.distanceKm),
        ...(year === undefined ? {} : { year }),
      });
    }
    const near = older.firstNearest ? '' : 'Near';
    answer.matches.forEach((m, index) => {
      // "The next office is Umeå … It is in central Umeå" names the town twice, in two spellings
      // in Ukrainian: said once, "the next office is in central Umeå".
      const central = this.central(s, m);
      const name = central ?? this.office(s, m.office.name);
      const distance = this.distance(s, m.distanceKm);
      if (index > 0) {
        // "The next office is X. The next office is Y." says one thing twice: "after that comes Y".
        this.line(s, v, 'offices.then', { name, distance });
      } else if (opening === 'more') {
        this.line(s, v, 'offices.next', { name, distance });
      } else if (
        (opening === 'plain' || visit !== undefined) &&
        (m.office.name === placeName || (central !== undefined && centreOf(m) === placeName))
      ) {
        // "The nearest office to Jokkmokk is Jokkmokk" says the name twice: the office is there.
        if (central === undefined) this.line(s, v, 'offices.firstHere', { place, distance });
        else
          this.line(s, v, 'offices.firstHereCentral', {
            place: this.place(s, centreOf(m) ?? m.office.name, 'locality'),
            distance,
          });
      } else if (opening === 'plain' || visit !== undefined) {
        this.line(
          s,
          v,
          near !== ''
            ? 'offices.firstNear'
            : gap === undefined
              ? 'offices.first'
              : 'offices.firstInList',
          {
            place,
            name,
            distance,
          },
        );
      } else {
        this.line(s, v, `offices.firstAgency${near}`, { place, agency: agency(), name, distance });
      }
      // A booked visit: the booking says which office, so the office's caveats wait for "the
      // first one" (officeDetail); the turn stays short.
      const caveats = visit === undefined;
      this.officeFacts(s, m, caveats && staleYear === undefined, answer.place.municipality, {
        whereSaid: central !== undefined,
      });
      if (caveats && streetEach && noStreet.includes(m))
        this.say(s, v('offices.unknown.addressOne'));
      s.b.pause();
    });
    if (visit === undefined) {
      // What the data lacks is said once for the list, with where to find it, not after every
      // office; then the year the facts are from.
      if (!gapSaysWhere) this.unknowns(s, answer.matches, !hoursNone, streetEach, hoursNone);
      // The year the facts are from; where hours were said from an old source, with where today's
      // are ("… from 2023, so check the website of …"), unless the sentence before said where.
      const stale = answer.matches.some((m) => m.stale);
      if (staleYear !== undefined && (hoursNone || !stale))
        this.line(s, v, 'offices.staleAll', { year: staleYear });
      else if (staleYear !== undefined)
        this.line(s, v, 'offices.staleCheck', { year: staleYear, ...this.sscValues(s) });
      else if (!hoursNone && stale) this.line(s, v, 'offices.check', this.sscValues(s));
    }
    const others = answer.continued === true ? [] : (answer.place.others ?? []).slice(0, 3);
    if (others.length > 0)
      this.line(s, t, 'offices.otherPlaces', otherPlacesValues(answer.place, others, s.lang));
    if (gap === undefined && farNoticeKm(answer.matches, answer.continued === true) !== undefined) {
      this.say(s, v('offices.far'));
    }
    if (answer.more) this.say(s, v('offices.nextHint'));
  }

  /**
   * "In central Umeå" for an office named after the town it stands in the centre of ("Umeå",
   * "Göteborg centrum"), where the office's name would otherwise be said and then the town again;
   * undefined for any other.
   */
  private central(s: Say, m: OfficeMatch): Name | undefined {
    const town = centreOf(m);
    if (town === undefined) return;
    const phrase = s.v('office.inCentral', { place: this.place(s, town, 'locality') });
    return new Name(phrase, { at: phrase });
  }

  /**
   * Where the office is, whether it is open now or when it opens, today's hours, and caveats.
   * `known`: the municipality the caller gave, not said again ("It is in Gothenburg").
   */
  private officeFacts(
    s: Say,
    m: OfficeMatch,
    staleToo = true,
    known?: string,
    { whereSaid = false } = {},
  ): void {
    const { v } = s;
    if (!whereSaid) this.where(s, m, known);
    this.openState(s, m);
    if (m.status === 'closing') {
      const said = closingLine(m);
      if (said.key === 'office.closing') {
        this.line(s, v, said.key, { date: s.dates.fullDate(said.date, m.today.date) });
      } else {
        this.line(s, v, said.key, said.values);
      }
    }
    if (m.stale && staleToo) this.staleLine(s, m.confirmed);
  }

  /** Where the office is, as precisely as the data knows it (the caller's own town not said again). */
  private where(s: Say, m: OfficeMatch, known: string | undefined): void {
    const { v } = s;
    const where = whereLine(m);
    switch (where.key) {
      case 'office.address': {
        // The street in the Swedish voice; its number and the town ("Gothenburg") in the reply's.
        const [, street = where.values.street, number = ''] =
          /^(.*?\p{L}\.?)((?:\s+\d.*)?)$/u.exec(where.values.street) ?? [];
        // The town the caller named is not said again.
        const town =
          where.values.town === known
            ? ''
            : `, ${this.place(s, where.values.town, 'locality').nom}`;
        this.line(s, v, where.key, { address: `${swedish(street, s)}${number}${town}` });
        break;
      }
      case 'office.whereDistrict':
        // "Kontoret på Backaplan … Det ligger på Backaplan i Göteborg" says the district twice.
        if (where.values.place === m.office.name) {
          if (where.values.municipality === known) break;
          this.line(s, v, 'office.whereIn', {
            municipality: this.place(s, where.values.municipality, 'municipality'),
          });
        } else {
          this.line(s, v, where.key, {
            place: this.place(s, where.values.place, 'district'),
            municipality: this.place(s, where.values.municipality, 'municipality'),
          });
        }
        break;
      case 'office.whereLocality':
        this.line(s, v, where.key, { place: this.place(s, where.values.place, 'locality') });
        break;
      case 'office.whereMunicipality':
        this.line(s, v, where.key, {
          municipality: this.place(s, where.values.municipality, 'municipality'),
        });
        break;
    }
  }

  /**
   * "I don't have street addresses or opening hours for these offices": what the data lacks,
   * said once after a list (or one office), naming the offices only when some of them have it.
   */
  private unknowns(
    s: Say,
    matches: readonly OfficeMatch[],
    hoursToo: boolean,
    addressSaid = false,
    hoursNone = false,
  ): void {
    const noAddress = addressSaid
      ? []
      : matches.filter((m) => whereLine(m).key !== 'office.address');
    // Hours known for none: one sentence says what is missing and where it is ("I don't have its
    // street address or opening hours; they're on the website of …"), not two "I don't have".
    if (hoursNone) {
      const both = noAddress.length > 0 && noAddress.length === matches.length;
      if (noAddress.length > 0 && !both) this.unknowns(s, matches, false, addressSaid);
      const key = both
        ? `offices.checkBoth${matches.length === 1 ? 'One' : 'All'}`
        : 'offices.checkHours';
      this.line(s, s.v, key, this.sscValues(s));
      return;
    }
    const noHours = hoursToo ? matches.filter((m) => m.openNow === null) : [];
    const sentence = (what: 'both' | 'address' | 'hours', lacking: readonly OfficeMatch[]) => {
      if (lacking.length === matches.length) {
        this.say(s, s.v(`offices.unknown.${what}${matches.length === 1 ? 'One' : 'All'}`));
      } else {
        // "till kontoret på Backaplan": each office with the preposition its place takes.
        const names = andList(
          lacking.map((m) => this.office(s, m.office.name).form('at')),
          s.lang,
        );
        this.line(s, s.v, `offices.unknown.${what}Of`, { names });
      }
    };
    const same = noAddress.length === noHours.length && noAddress.every((m) => noHours.includes(m));
    if (same && noAddress.length > 0) sentence('both', noAddress);
    else {
      if (noAddress.length > 0) sentence('address', noAddress);
      if (noHours.length > 0) sentence('hours', noHours);
    }
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
        ? s.dates.hours(today.intervals)
        : undefined;
    // Unknown hours are said once, after the offices (unknowns).
    if (m.openNow === null) return;
    if (m.openNow) {
      if (hours !== undefined) this.line(s, v, 'office.openNowToday', { hours });
      else if (m.closesAt !== null)
        this.line(s, v, 'office.openNowUntil', { time: s.dates.clock(m.closesAt.clock) });
      else this.say(s, v('office.openToday'));
    } else {
      const next = m.nextOpening;
      if (next === null) {
        this.say(s, v('office.closedNow'));
      } else if (next.date === m.today.date && hours !== undefined) {
        this.say(s, v('office.closedNow'));
        this.line(s, v, 'office.today', { hours });
      } else {
        const day = s.dates.when(next.date, m.today.date);
        if (next.opens === null) this.line(s, v, 'office.closedUntilDay', { day });
        else this.line(s, v, 'office.closedUntil', { day, time: s.dates.clock(next.opens) });
      }
    }
  }

  /** One office in full: the facts, then this week's hours day by day. */
  private officeDetail(s: Say, m: OfficeMatch, week: ResolvedDay[]): void {
    const { v } = s;
    this.line(s, v, 'office.heading', {
      name: this.office(s, m.office.name),
      distance: this.distance(s, m.distanceKm),
    });
    this.officeFacts(s, m);
    // The week says which hours are known; before it, only a missing street address is said.
    this.unknowns(s, [m], false);
    if (m.office.hours !== null) {
      s.b.pause();
      this.week(s, week);
    }
    s.b.pause();
    // No hours at all: where to get them, said once.
    this.line(
      s,
      v,
      m.office.hours === null ? 'offices.checkHours' : 'offices.check',
      this.sscValues(s),
    );
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
    this.say(s, v('officeHours.intro', { day: s.t(`date.on.${weekdayOf(date)}`) }));
    // Hours we do not have are not dated: "last confirmed 2022" would vouch for nothing.
    const known = days.filter((d) => dayState(d.day.hours) !== 'unknown');
    const staleYear = sameStaleYear(
      known.map((d) => ({ stale: d.stale, confirmed: d.office.confirmed })),
    );
    for (const { office, day, stale } of days) {
      this.dayHours(s, day.hours, 'officeHours', { name: this.office(s, office.name) });
      if (stale && staleYear === undefined && dayState(day.hours) !== 'unknown')
        this.staleLine(s, office.confirmed);
    }
    if (staleYear !== undefined) this.line(s, v, 'offices.staleAll', { year: staleYear });
    s.b.pause();
    this.line(s, v, 'offices.check', this.sscValues(s));
  }

  /** One day's hours as a sentence of `officeDetail.*` or `officeHours.*`. */
  private dayHours(
    s: Say,
    hours: DayHours | null,
    prefix: 'officeDetail' | 'officeHours',
    values: Record<string, string | Name>,
  ): void {
    if (hours?.kind === 'open' && hours.intervals.length > 0) {
      this.line(s, s.v, `${prefix}.open`, { ...values, hours: s.dates.hours(hours.intervals) });
    } else {
      this.line(s, s.v, `${prefix}.${dayState(hours)}`, values);
    }
  }

  /** The guide for people from Ukraine: the menu as three options and the rest, or one topic. */
  private ukraineStep(s: Say, answer: Extract<Answer, { kind: 'ukraine' }>): void {
    const { v, t } = s;
    const { topic } = answer;
    // Each topic in the case "about …" gives it ("про картку LMA").
    const about = (o: string) => v(`ukraine.about.${o}`);
    if (topic === 'menu') {
      const [first, rest] = [UKRAINE_GUIDE_TOPICS.slice(0, 3), UKRAINE_GUIDE_TOPICS.slice(3)];
      // Asked as a question, each topic in the case the question gives it ("про картку LMA").
      this.say(s, v('ukraine.menu', { options: orList(first.map(about), s.lang, true) }));
      this.say(s, v('ukraine.more', { options: orList(rest.map(about), s.lang) }));
      return;
    }
    // A long topic is said short first, the rest offered: asked again, it is said in full.
    const short = `ukraine.short.${topic}`;
    const brief = answer.detail !== true && v(short) !== short;
    if (brief) this.say(s, v(short));
    else {
      for (const paragraph of speakableParagraphs(t(`ukraine.${topic}`))) {
        this.say(s, paragraph);
        s.b.pause();
      }
    }
    // Rules change: said once, with the site to check; then how to hear more, last.
    this.line(s, v, 'ukraine.site', { site: siteName(this.ukraine.link(topic, s.lang)) });
    if (brief) this.line(s, v, 'ukraine.sayAgain', { topic: about(topic) });
    // The office search comes next, or the short form asked for more of this topic: no list of
    // the other topics (the caller heard the menu).
    if (answer.officesFollow === true || brief) return;
    const others = UKRAINE_GUIDE_TOPICS.filter((o) => o !== topic).slice(0, 3);
    this.say(s, v('ukraine.more', { options: orList(others.map(about), s.lang) }));
  }

  /** On the phone: "press 1 for …" for each option of a menu (at most three). */
  private keypadOptions(s: Say, options: readonly string[]): void {
    if (!s.keypad) return;
    options.slice(0, 3).forEach((option, index) => {
      this.say(s, s.v('keypad.option', { digit: index + 1, option }));
    });
  }

  /** "about 3 kilometres away": the distance the screen shows too (distanceSaid). */
  private distance(s: Say, km: number): string {
    const said = distanceSaid(km);
    return said.key === 'near'
      ? s.v('distance.near')
      : s.v('distance.about', { count: said.count });
  }

  /**
   * A body (or `ssc`) for the ear, a Swedish name in the Swedish voice. The first time a reply
   * names it, its Swedish name follows ("the Swedish Enforcement Authority, Kronofogden,"): the
   * name callers see on letters and sites; after that, and in a menu (`label`), one name only.
   */
  private agencyName(id: string, s: Say, label = false): Name {
    const sv = this.names.agency(id, 'sv').nom;
    const withSwedish = !label && !s.named.has(id);
    if (!label) s.named.add(id);
    // Only the body's own Swedish name in brackets is said ("(kommun)" is a gloss, not a name).
    const spoken = (text: string) =>
      withSwedish && text.includes(`(${sv})`)
        ? text.replace(/\s*\(([^()]*)\)/u, ', $1,')
        : withoutBrackets(text);
    // An abbreviation said alike in every language ("CSN") stays in the reply's voice.
    const said = /\p{Ll}/u.test(sv) ? sv : '';
    return this.names.agency(id, s.lang).map((text) => markSwedish(spoken(text), said, s.lang));
  }

  /** A body's name as an option said in a question ("Is it the Swedish Tax Agency or CSN?"). */
  private agencyLabel(id: AgencyId, s: Say): string {
    return this.agencyName(id, s, true).nom;
  }

  /** A place for the ear: its own spelling where the language has one, else the Swedish in the Swedish voice. */
  private place(s: Say, swedishName: string, kind?: PlaceNoun, written?: string): Name {
    return this.names
      .place(swedishName, s.lang, kind, written)
      .map((text) => markSwedish(withoutBrackets(text), swedishName, s.lang));
  }

  /** An office by its Swedish name, in the Swedish voice, with the preposition its place takes. */
  private office(s: Say, name: string): Name {
    return this.names
      .office(clean(name), s.lang)
      .map((text) => markSwedish(text, clean(name), s.lang));
  }

  /** Statens servicecenter's name and number, for "call … on …". */
  private sscValues(s: Say): Record<string, Value> {
    return { ssc: this.agencyName('ssc', s), phone: this.ssc.phone };
  }

  /** The week's hours, days with the same hours said together ("måndag till fredag klockan tio till sexton"). */
  private week(s: Say, week: readonly ResolvedDay[]): void {
    const { v } = s;
    const said = week.map((d) => ({ d, key: dayKey(d.hours) }));
    if (said.every((x) => x.key === 'unknown')) {
      this.say(s, v('officeDetail.weekUnknown'));
      return;
    }
    // Days known, times not: said once, then only which days are open.
    const onlyDays = daysOnly(week);
    this.say(s, v(onlyDays ? 'officeDetail.weekDays' : 'officeDetail.week'));
    const runs: { first: ResolvedDay; last: ResolvedDay; count: number; key: string }[] = [];
    for (const { d, key } of said) {
      const run = runs.at(-1);
      if (run?.key === key) {
        run.last = d;
        run.count++;
      } else runs.push({ first: d, last: d, count: 1, key });
    }
    for (const run of runs) {
      const day =
        run.count === 1
          ? s.t(`date.weekday.${run.first.weekday}`)
          : run.count === 2
            ? v('week.twoDays', {
                first: s.t(`date.weekday.${run.first.weekday}`),
                last: s.t(`date.weekday.${run.last.weekday}`),
              })
            : v('week.range', {
                // "з понеділка до пʼятниці": the case a range takes, where the language has one.
                first: s.t(`date.weekday.${run.first.weekday}`, { context: 'gen' }),
                last: s.t(`date.weekday.${run.last.weekday}`, { context: 'gen' }),
              });
      if (onlyDays && run.key === 'openTimesUnknown')
        this.line(s, v, 'officeDetail.openDay', { day });
      else this.dayHours(s, run.first.hours, 'officeDetail', { day });
    }
  }

  /**
   * Adds text in the reply's language; a name marked Swedish in it is said in the Swedish voice.
   * Bracketed asides ("servicekontor", "Migrationsverket") are for the eye and are left out.
   */
  private say(s: Say, text: string, numbers: readonly Digits[] = []): void {
    // "…, Försäkringskassan, deals with this" keeps the comma; before a full stop it goes.
    let rest = withoutBrackets(text)
      .replace(QUOTES, '')
      .replace(/,(?=[\uE000-\uE003]*\s*[.!?:;,])/gu, '');
    for (let m = MARK_SPLIT.exec(rest); m !== null; m = MARK_SPLIT.exec(rest)) {
      this.sayIn(s, clean(rest.slice(0, m.index)));
      if (m[1] !== undefined) s.b.digits(numbers[Number(m[1])]?.digits ?? []);
      else this.sayIn(s, clean(m[2] ?? ''), 'sv');
      rest = rest.slice(m.index + m[0].length);
    }
    this.sayIn(s, clean(rest));
  }

  /**
   * Text in one voice. In the reply's own language, words of another language in it (a Swedish
   * site or name, "in English") are said by that language's voice; short numbers are said as
   * people say them ("elva sjuttiosju", "one one two"), in the words of the voice that says them.
   */
  private sayIn(s: Say, text: string, lang: Lang = s.lang): void {
    if (lang !== s.lang) {
      s.b.say(this.spokenNumbers(text, lang), lang);
      return;
    }
    const { pattern, langOf } = this.foreign(s.lang);
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const other = langOf.get(m[0]) ?? 'sv';
      s.b.say(this.spokenNumbers(text.slice(last, m.index), lang), lang);
      s.b.say(this.spokenNumbers(m[0], other), other);
      last = m.index + m[0].length;
    }
    s.b.say(this.spokenNumbers(text.slice(last), lang), lang);
  }

  /**
   * "1177" → "elva sjuttiosju", "112" → "ett ett två": short numbers as said in `lang`; written
   * dates as people say them ("den fjärde mars", "четвертого березня").
   */
  private spokenNumbers(text: string, lang: Lang): string {
    const v = this.i18n.getFixedT(lang, 'voice');
    return this.sayYears(sayDates(text, this.dateWords(lang)), lang).replace(
      SHORT_NUMBER,
      (found) => {
        const key = `spoken.${found.replace(/\s/gu, '')}`;
        const words = v(key);
        return words === key ? found : words;
      },
    );
  }

  /**
   * Years in words, as the voice should say them ("tjugotjugotvå", "у дві тисячі двадцять
   * другому році"): where a language declines a year (voice.json `date.spoken.yearNouns`), only a
   * year before one of those nouns, in the case the noun asks for; elsewhere every year alone.
   * A language whose years keep one form says `none` there (and in `years_loc`, `years_nom`).
   */
  private sayYears(text: string, lang: Lang): string {
    const { years, yearCases } = this.dateWords(lang);
    if (yearCases.size === 0) {
      return text.replace(YEAR, (found) => years.get(found) ?? found);
    }
    const said = text.replace(
      YEAR_BEFORE_NOUN,
      (found, year: string, space: string, noun: string) => {
        const words = yearCases.get(noun.toLocaleLowerCase(lang))?.get(year);
        return words === undefined ? found : `${words}${space}${noun}`;
      },
    );
    // "в 2021 році" was chosen before a digit: у/в again before the words ("у дві тисячі …").
    return lang === 'uk' && said !== text ? ukEuphony(said) : said;
  }

  /** The words that say a written date in `lang` (voice.json `date.spoken.*`), read once. */
  private dateWords(lang: Lang): SpokenDateWords {
    let words = this.spokenDates.get(lang);
    if (words === undefined) {
      const v = this.i18n.getFixedT(lang, 'voice');
      const dateYear = v('date.spoken.dateYear');
      // "a=b;c=d" (or `none`): the pairs a voice.json value lists.
      const pairs = (key: string) =>
        v(key)
          .split(';')
          .map((pair) => pair.split('='))
          .filter((pair): pair is [string, string] => pair.length === 2);
      const yearMap = (key: string) => new Map(pairs(key));
      const forms: Record<string, string> = {
        gen: 'date.spoken.years',
        loc: 'date.spoken.years_loc',
        nom: 'date.spoken.years_nom',
      };
      words = {
        months: v('date.spoken.months').split(','),
        ordinals: v('date.spoken.ordinals').split(','),
        date: (ordinal, month) => v('date.spoken.date', { ordinal, month }),
        dateYear: (ordinal, month, year) => v('date.spoken.dateYear', { ordinal, month, year }),
        // "2027=дві тисячі двадцять сьомого;…": years said otherwise than written, if any.
        years: yearMap('date.spoken.years'),
        // "році=loc;рік=nom": the nouns after a year and the case each gives it.
        yearCases: new Map(
          pairs('date.spoken.yearNouns').map(([noun, form]) => [
            noun,
            yearMap(forms[form] ?? 'date.spoken.years'),
          ]),
        ),
        // The word after the year in the template ("року") is the one a written year may carry.
        yearWord: (dateYear.split('{{year}}')[1] ?? '').replace(/[.,]/gu, '').trim(),
      };
      this.spokenDates.set(lang, words);
    }
    return words;
  }

  /** A phone number for the ear: a short number in words (`spoken.*`), else in digit groups. */
  private number(display: string, s: Say): string | Digits {
    const key = `spoken.${display.replace(/\D/gu, '')}`;
    const words = s.v(key);
    return words === key ? { digits: phoneGroups(display) } : words;
  }

  /**
   * The words of other languages that a reply in `lang` may hold, to be said in their own voice:
   * the bodies' Swedish names, Swedish web sites, and the phrases of voice.json `foreign.words`.
   */
  private foreign(lang: Lang): { pattern: RegExp; langOf: Map<string, Lang> } {
    const known = this.foreignWords.get(lang);
    if (known !== undefined) return known;
    const langOf = new Map<string, Lang>();
    const v = this.i18n.getFixedT(lang, 'voice');
    // "sv=på svenska;Mina sidor|uk=українською": per language, its phrases.
    for (const group of v('foreign.words').split('|')) {
      const [other, phrases = ''] = group.split('=');
      if (!LANGS.includes(other as Lang)) continue;
      for (const phrase of phrases.split(';')) {
        if (phrase.trim() !== '') langOf.set(phrase.trim(), other as Lang);
      }
    }
    if (lang !== 'sv') {
      for (const id of [...AGENCY_IDS, 'ssc']) {
        const sv = this.names.agency(id, 'sv').nom;
        // Names said alike in every language ("CSN", "112") stay in the reply's voice.
        if (/\p{Ll}/u.test(sv)) langOf.set(sv, 'sv');
      }
    }
    const phrases = [...langOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const sites = lang === 'sv' ? [] : [SWEDISH_SITE];
    const alternatives = [...sites, ...phrases.map((p) => `(?<![\\p{L}])${p}(?![\\p{L}])`)];
    const pattern = alternatives.length === 0 ? /(?!)/gu : new RegExp(alternatives.join('|'), 'gu');
    const made = { pattern, langOf };
    this.foreignWords.set(lang, made);
    return made;
  }

  /**
   * Adds the sentence `key` with its values; a phone number among them is read as digit groups
   * inside the sentence, and a name marked Swedish (markSwedish) in the Swedish voice.
   */
  private line(s: Say, t: TFunction, key: string, values: Record<string, Value>): void {
    const numbers: Digits[] = [];
    const plain: Record<string, string | number | Name> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value instanceof Name || typeof value === 'number') {
        plain[name] = value;
      } else if (typeof value === 'object') {
        plain[name] = `${MARK_OPEN}${String(numbers.length)}${MARK_CLOSE}`;
        numbers.push(value);
      } else {
        plain[name] = value;
      }
    }
    this.say(s, t(key, plain), numbers);
  }
}

/** Text from data or a person, without the marks used for digit groups. */
function clean(text: string): string {
  return text.replace(MARKS, '');
}

/** Text without its bracketed asides, which are for the eye ("Міграційна служба (Migrationsverket)"). */
function withoutBrackets(text: string): string {
  return text.replace(BRACKETS, '');
}

/** Marks `swedish` inside `text` to be said in the Swedish voice, in a reply of another language. */
function markSwedish(text: string, swedishName: string, lang: Lang): string {
  if (lang === 'sv' || swedishName === '' || !/\p{L}/u.test(swedishName)) return text;
  const cleaned = clean(text);
  const at = cleaned.indexOf(swedishName);
  if (at < 0) return cleaned;
  return `${cleaned.slice(0, at)}${SV_OPEN}${swedishName}${SV_CLOSE}${cleaned.slice(at + swedishName.length)}`;
}

/** A Swedish name from the data (an office, a street, a site), said in the Swedish voice. */
function swedish(text: string, s: Say): string {
  return markSwedish(text, clean(text), s.lang);
}

/** What a day's hours are, for grouping days that are said together. */
function dayKey(hours: DayHours | null): string {
  if (hours?.kind === 'open' && hours.intervals.length > 0) {
    return hours.intervals.map((i) => `${i.opens}-${i.closes}`).join(',');
  }
  return dayState(hours);
}

/** The town an office is named after and stands in the centre of ("Umeå", "Göteborg centrum"). */
function centreOf(m: OfficeMatch): string | undefined {
  const where = whereLine(m);
  if (where.key !== 'office.whereLocality') return undefined;
  const town = where.values.place;
  return m.office.name === town || m.office.name === `${town} centrum` ? town : undefined;
}
