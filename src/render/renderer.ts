/** Turns an Answer into an Activity for a language and channel: the bot's only source of wording. */
import {
  ActionTypes,
  ActivityTypes,
  InputHints,
  type Activity,
  type Attachment,
  type CardAction,
  type Entity,
} from 'botbuilder';
import type { i18n, TFunction } from 'i18next';
import type { AgencyCatalogue } from '../agencies/agencyCatalogue';
import type { AgencyId } from '../agencies/agencyIds';
import type { LanguageResources } from '../language/languageResources';
import { LANGS, REPLY_LOCALE, type Lang } from '../languages';
import {
  UKRAINE_GUIDE_TOPICS,
  type UkraineGuide,
  type UkraineGuideTopic,
} from '../agencies/ukraineGuide';
import type {
  DayHours,
  Office,
  OfficeMatch,
  OfficeState,
  RemoteHelp,
  ResolvedDay,
} from '../offices';
import type { Answer, UkraineTopic } from './answer';
import { officeEntity, organizationEntity } from './entities';
import { dayState, daysOnly } from './dayState';
import { officeListCard, type OfficeFacts } from './officeCard';
import { escapeMarkdown } from './markdown';
import { DateWords } from './dates';
import { NameBook, readPlaceForms, type Name } from './names';
import {
  distanceSaid,
  agencyAbout,
  choiceLeadKey,
  choiceReasonLine,
  closingLine,
  farNoticeKm,
  followUpHintKey,
  lacksKey,
  listLacks,
  nearerOlderLines,
  offersOffice,
  officesOpening,
  andList,
  orList,
  otherPlacesValues,
  outOfScopeLine,
  transferLine,
  passportLines,
  phoneLine,
  servedBodies,
  servedName,
  servicekontorKey,
  staleLine,
  statusLine,
  type ListLacks,
  statusSource,
  whereLine,
} from './wording';
import { localesDir } from '../paths';
import { SpeechRenderer } from './speech/speechRenderer';
import { DEFAULT_VOICES, type VoiceSettings } from './speech/voiceSettings';

/** Where a reply goes: its language and the channel it is sent on. */
export interface RenderTarget {
  lang: Lang;
  channelId: string;
  /** The reply is heard, not read (a voice channel): it needs SSML in `speak`. */
  voice?: boolean;
}

interface Composed {
  text: string;
  actions?: CardAction[];
  expectsInput?: boolean;
  entities?: Entity[];
  /** Cards for screens; the text already says everything they show. */
  attachments?: Attachment[];
  /** The text on a channel that shows the cards: one line, the full text being the card's fallback. */
  summary?: string;
}

/** Channels whose clients show Adaptive Cards (Web Chat, Direct Line clients, the Emulator, Teams). */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'msteams']);

/** The first line of an office list, by how it opens (wording.ts officesOpening). */
const OFFICES_INTRO = {
  more: 'offices.introMore',
  agency: 'offices.introAgency',
  plain: 'offices.intro',
} as const;

const button = (title: string, value: string = title): CardAction => ({
  type: ActionTypes.ImBack,
  title,
  value,
});

/** Renders Answers with i18next; one instance serves every turn. */
export class Renderer {
  /** Statens servicecenter's number and office finder: where every "check it yourself" points. */
  private readonly ssc: { phone: string; url: string };
  /** How each Answer sounds on a voice channel. */
  private readonly speech: SpeechRenderer;
  /** Bodies and places with their forms, for names inside sentences. */
  private readonly names: NameBook;

  constructor(
    private readonly i18n: i18n,
    private readonly languages: LanguageResources,
    private readonly catalogue: AgencyCatalogue,
    remote: RemoteHelp,
    private readonly ukraine: UkraineGuide,
    voices: VoiceSettings = DEFAULT_VOICES,
  ) {
    this.ssc = { phone: remote.sscPhone, url: remote.officeFinderUrl };
    this.names = new NameBook(i18n, readPlaceForms(localesDir));
    this.speech = new SpeechRenderer(
      i18n,
      languages,
      catalogue,
      remote,
      ukraine,
      voices,
      this.names,
    );
  }

  /** The activity for `answer` in the target's language. */
  render(answer: Answer, target: RenderTarget): Partial<Activity> {
    const t = this.i18n.getFixedT(target.lang);
    const composed = this.compose(answer, t, target.lang, target.voice === true);
    const withCards =
      target.voice !== true &&
      composed.attachments !== undefined &&
      composed.attachments.length > 0 &&
      CARD_CHANNELS.has(target.channelId);
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      // Where the card is shown, its own text is what is read; the full text is its fallback.
      text: withCards ? (composed.summary ?? composed.text) : composed.text,
      textFormat: 'markdown',
      locale: REPLY_LOCALE[target.lang],
      inputHint:
        composed.expectsInput === true ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    };
    if (composed.actions !== undefined && composed.actions.length > 0) {
      activity.suggestedActions = { to: [], actions: composed.actions };
    }
    if (composed.entities !== undefined && composed.entities.length > 0) {
      activity.entities = composed.entities;
    }
    if (target.voice !== true && composed.attachments !== undefined) {
      activity.attachments = composed.attachments;
    }
    if (target.voice === true) {
      // Heard, not read: SSML in `speak`; the text stays for transcripts.
      const spoken = this.speech.render(answer, target, {
        text: composed.text,
        expectsInput: composed.expectsInput === true,
      });
      activity.speak = spoken.ssml;
      activity.inputHint = spoken.expectsInput
        ? InputHints.ExpectingInput
        : InputHints.AcceptingInput;
    }
    return activity;
  }

  /** "Skatteverket, Försäkringskassan … och Migrationsverket": the bodies service offices serve. */
  private servedNames(lang: Lang): string {
    const names = servedBodies(this.catalogue).map((id) =>
      servedName(this.agencyName(id, lang), lang),
    );
    return andList(names, lang);
  }

  /** The name of a body in a language, with its forms, as people there know it. */
  agencyName(id: AgencyId, lang: Lang): Name {
    return this.names.agency(id, lang);
  }

  /** A body's name on a button: without the article or the case a sentence gives it. */
  private agencyButton(id: AgencyId, lang: Lang): CardAction {
    return button(this.agencyName(id, lang).form('label'));
  }

  /** Statens servicecenter's number, office finder and name: what "check it yourself" points to. */
  private sscValues(lang: Lang): { phone: string; url: string; ssc: Name } {
    return { ...this.ssc, ssc: this.names.agency('ssc', lang) };
  }

  /** What `answer` says; `voice`: the reply is heard (a call can be put through). */
  private compose(answer: Answer, t: TFunction, lang: Lang, voice = false): Composed {
    const commands = [button(t('actions.help')), button(t('actions.startOver'))];
    const ssc = this.sscValues(lang);
    switch (answer.kind) {
      case 'welcome':
        return { text: t('welcome.text'), actions: this.otherLanguages(lang), expectsInput: true };
      case 'help':
        return {
          text: t('help.text'),
          actions: [button(t('actions.startOver')), ...this.otherLanguages(lang)],
          expectsInput: true,
        };
      case 'languageChanged':
        return answer.askNeed === true
          ? { text: t('language.changedAskNeed'), expectsInput: true }
          : { text: t('language.changed') };
      case 'startedOver':
        return { text: t('startOver.text'), expectsInput: true };
      case 'tooLong':
        return { text: t('input.tooLong', { max: answer.maxLength }), expectsInput: true };
      case 'error':
        return { text: t('error.apology') };
      case 'stateReset':
        return { text: t('error.stateReset') };
      case 'personalNumberWarning':
        return { text: t('privacy.personalNumber') };
      case 'greeting':
        return { text: t('greeting.text'), actions: commands, expectsInput: true };
      case 'stillHere':
        return answer.askNeed === true
          ? { text: t('stillHere.askNeed'), expectsInput: true }
          : { text: t('stillHere.text') };
      case 'thanks':
        return { text: t('thanks.text') };
      case 'goodbye':
        return { text: t('goodbye.text') };
      case 'declined':
        return {
          text:
            answer.agencies === undefined
              ? t('declined.text')
              : [
                  t('declined.reach'),
                  ...answer.agencies.map((id) => this.contact(id, t, lang).text),
                ].join('\n\n'),
          actions: commands,
        };
      case 'emergency':
        return this.emergency(t, lang, answer.again === true);
      case 'agency':
        return this.agency(answer.agency, answer.offerOffice, t, lang);
      case 'passport':
        return {
          text: passportLines(this.catalogue, answer.ukrainian, lang)
            .map((l) =>
              t(l.key, {
                ...this.named(l.agency, lang),
                ...(l.url === undefined ? {} : { url: l.url }),
              }),
            )
            .join('\n\n'),
          entities: [organizationEntity(this.catalogue, 'migrationsverket', lang)],
        };
      case 'chooseAgency':
        return {
          text:
            answer.reasons === undefined
              ? t('chooseAgency.text')
              : [
                  t(choiceLeadKey(answer.reasons.length)),
                  ...answer.reasons.map((r) => {
                    const line = choiceReasonLine(
                      t,
                      r,
                      this.agencyName(r.agency, lang).form('label'),
                    );
                    return `- ${t(line.key, line)}`;
                  }),
                ].join('\n'),
          actions: answer.options.map((id) => this.agencyButton(id, lang)),
          expectsInput: true,
        };
      case 'whichAgency':
        return {
          text: t(
            answer.placeKept === true ? 'chooseAgency.whichPlaceKept' : 'chooseAgency.which',
            {
              options: orList(
                answer.options.map((id) => this.agencyName(id, lang).form('label')),
                lang,
                true,
              ),
            },
          ),
          actions: answer.options.map((id) => this.agencyButton(id, lang)),
          expectsInput: true,
        };
      case 'rephrase':
        return { text: t('chooseAgency.rephrase'), expectsInput: true };
      case 'askPlace':
        return {
          text:
            answer.retry && answer.suggestions.length > 0
              ? t('askPlace.retryWithSuggestions', {
                  suggestions: orList(answer.suggestions, lang, true),
                })
              : t(answer.retry ? 'askPlace.retry' : 'askPlace.text'),
          actions: answer.suggestions.map((s) => button(s)),
          expectsInput: true,
        };
      case 'choosePlace':
        return {
          text: t('choosePlace.text', { name: escapeMarkdown(answer.written) }),
          actions: answer.candidates.map((c) =>
            button(t('choosePlace.option', { name: c.name, municipality: c.municipality })),
          ),
          expectsInput: true,
        };
      case 'placeNotFound':
        return { text: t('placeNotFound.text', ssc), actions: commands };
      case 'offices':
        return this.offices(answer, t, lang);
      case 'contact':
        return this.contact(answer.agency, t, lang, answer.municipality, answer.noOffice);
      case 'outOfScope': {
        const said = outOfScopeLine(this.i18n.getFixedT(lang, 'agencies'), answer);
        return {
          text:
            said.key === 'outOfScope.elsewhere'
              ? t(said.key, { who: this.names.agency(said.who, lang) })
              : t(said.key, ssc),
          actions: commands,
          expectsInput: true,
        };
      }
      case 'officeStatus': {
        // What the list knows of the office asked about, then the nearest offices to visit.
        const head = this.officeStatus(answer, t, lang).join('\n\n');
        const list = this.offices(answer.list, t, lang);
        return {
          ...list,
          text: `${head}\n\n${list.text}`,
          ...(list.summary === undefined ? {} : { summary: `${head}\n\n${list.summary}` }),
        };
      }
      case 'noMoreOffices':
        return { text: t('noMoreOffices.text', ssc), actions: commands };
      case 'officeDetail':
        return this.officeDetail(answer.match, answer.week, t, lang);
      case 'officeHours': {
        const dates = new DateWords(lang, t);
        // Hours from an old source are said as what it said then: "closed (last confirmed in
        // 2023)", or the year once in the heading when it is the same for every office.
        const years = answer.days.map(({ office, day, stale }) =>
          dayState(day.hours) === 'unknown' ? undefined : hoursYear(office, stale),
        );
        const [first] = years;
        const oneYear =
          years.length > 1 && first !== undefined && years.every((y) => y === first)
            ? first
            : undefined;
        const day = dates.dayHeading(answer.date);
        const lines = [
          oneYear === undefined
            ? t('officeHours.intro', { day })
            : t('officeHours.introAsOf', { day, year: oneYear }),
        ];
        answer.days.forEach(({ office, day: hours, stale }, i) => {
          const year = years[i];
          // Hours we do not have, of an office confirmed long ago: one line that says both, not
          // "no hours" and then "last confirmed 2022" as if the hours had been confirmed.
          if (stale && dayState(hours.hours) === 'unknown' && office.confirmed !== null) {
            const asOf = office.confirmed.slice(0, 4);
            lines.push(t('officeHours.unknownAsOf', { name: office.name, year: asOf }));
            return;
          }
          const line = dayLine(hours.hours, t, dates, 'officeHours', { name: office.name });
          lines.push(
            year === undefined || oneYear !== undefined ? line : t('hours.asOf', { line, year }),
          );
          if (stale && year === undefined)
            lines.push(staleText(office.confirmed, t, 'officeHours', office.name));
        });
        lines.push(t('offices.check', ssc));
        return { text: lines.join('\n\n'), actions: [button(t('actions.talkToPerson'))] };
      }
      case 'transferring':
        // 112 is not a call the bot puts through: the caller is told to call it.
        if (answer.agency === 'emergency') return this.emergency(t, lang);
        // A chat is never put through: a screen gets the contact details straight away.
        if (!voice) return this.contact(answer.agency, t, lang);
        return {
          text: this.transferText(answer.agency, t, lang),
          // The body the call goes to is named: its entity goes with it, as on every reply naming one.
          ...(answer.agency === undefined
            ? {}
            : { entities: [organizationEntity(this.catalogue, answer.agency, lang)] }),
        };
      case 'transferFailed': {
        const contact = this.contact(answer.agency, t, lang);
        if (!voice) return contact;
        return { ...contact, text: `${t('transfer.failed')}\n\n${contact.text}` };
      }
      case 'reask':
        return {
          text: t('reask.text'),
          actions:
            'agencies' in answer
              ? answer.agencies.map((id) => this.agencyButton(id, lang))
              : [button(t('actions.yes')), button(t('actions.no'))],
          expectsInput: true,
        };
      case 'locationDenied':
        return { text: t('locationDenied.text'), expectsInput: true };
      case 'ukraine':
        return this.ukraineStep(answer.topic, t, lang);
    }
  }

  /** A step of the guide for people from Ukraine: facts with the official page, and the other topics. */
  private ukraineStep(topic: UkraineTopic, t: TFunction, lang: Lang): Composed {
    const others = UKRAINE_GUIDE_TOPICS.filter((o) => o !== topic).map((o) =>
      button(t(`ukraine.topics.${o}`)),
    );
    // The guide is written for Ukrainian readers first: offer it in Ukrainian wherever it is read.
    if (lang !== 'uk') others.push(button(this.languages.uk.name));
    if (topic === 'menu') return { text: t('ukraine.menu'), actions: others, expectsInput: true };
    const agency = this.ukraine.agency(topic);
    const page = this.ukraine.linkLanguage(topic, lang);
    return {
      text: [
        t(`ukraine.${topic}`),
        // Rules change: said once, with the page to check (and its language when not the reader's).
        t(page === lang ? 'ukraine.check' : `ukraine.checkIn.${page}`, {
          url: this.ukraine.link(topic, lang),
        }),
      ].join('\n\n'),
      actions: others,
      expectsInput: true,
      entities: [organizationEntity(this.catalogue, agency, lang)],
    };
  }

  /** Button titles of the guide's topics in a language, so a tapped or typed title can be read back. */
  ukraineTopicTitles(lang: Lang): Record<UkraineGuideTopic, string> {
    const t = this.i18n.getFixedT(lang);
    return Object.fromEntries(
      UKRAINE_GUIDE_TOPICS.map((o) => [o, t(`ukraine.topics.${o}`)]),
    ) as Record<UkraineGuideTopic, string>;
  }

  /** The body, what it does, how to reach it, and whether a servicekontor can help. */
  private agency(id: AgencyId, offerOffice: boolean, t: TFunction, lang: Lang): Composed {
    // 112 is a number to call, not a body with offices: the emergency line, never an office.
    if (id === 'emergency') return this.emergency(t, lang);
    const agency = this.agencyName(id, lang);
    const about = agencyAbout(this.i18n.getFixedT(lang, 'agencies'), t, id, agency);
    const lines = [`${about.handles} ${about.does}`, ...this.reach(id, t)];
    lines.push(t(servicekontorKey(this.catalogue, id), { agency }));
    // An office is offered only where an office can help: never after "an office cannot help".
    const offer = offerOffice && offersOffice(this.catalogue, id);
    if (offer) lines.push(t('agency.offerOffice'));
    return {
      text: lines.join('\n\n'),
      actions: offer ? [button(t('actions.yes')), button(t('actions.no'))] : [],
      expectsInput: offer,
      entities: [organizationEntity(this.catalogue, id, lang)],
    };
  }

  /** "I'm putting you through to …", or to the health advice line with its number. */
  private transferText(agency: AgencyId | undefined, t: TFunction, lang: Lang): string {
    const said = transferLine(this.catalogue, agency);
    return t(said.key, {
      agency: this.names.agency(agency ?? 'ssc', lang),
      ...('phone' in said ? { phone: said.phone } : {}),
    });
  }

  /** `{ agency }` as a name in `lang`, or nothing. */
  private named(id: AgencyId | undefined, lang: Lang): { agency?: Name } {
    return id === undefined ? {} : { agency: this.agencyName(id, lang) };
  }

  /** Call 112 now: the emergency line, with the emergency entity. */
  private emergency(t: TFunction, lang: Lang, again = false): Composed {
    return {
      text: t(again ? 'emergency.again' : 'emergency.text'),
      entities: [organizationEntity(this.catalogue, 'emergency', lang)],
    };
  }

  /** Website and phone lines of a body, with the phone's hours and how sure the number is. */
  private reach(id: AgencyId, t: TFunction): string[] {
    const lines: string[] = [];
    const url = this.catalogue.url(id);
    if (url !== undefined) lines.push(t('agency.online', { url }));
    const phone = this.catalogue.telephone(id);
    if (phone !== undefined) {
      const said = phoneLine(phone, this.catalogue);
      lines.push(t(said.key, { phone: said.display, ...said.hours }));
    }
    return lines;
  }

  private contact(
    agency: AgencyId | undefined,
    t: TFunction,
    lang: Lang,
    municipality?: string,
    noOffice = false,
  ): Composed {
    if (agency === 'emergency') return this.emergency(t, lang);
    if (agency === undefined) return { text: t('contact.ssc', this.sscValues(lang)) };
    const name = this.agencyName(agency, lang);
    const reach = this.reach(agency, t);
    const entities = [organizationEntity(this.catalogue, agency, lang)];
    // An office asked for a body no service office serves: that first, then how to reach the body.
    const first = noOffice ? [t('agency.servicekontorNone', { agency: name })] : [];
    // A body with no number or site of its own (the municipality): where to find them, no bare colon.
    if (reach.length === 0) {
      const text =
        municipality === undefined
          ? t('contact.noDetails', { agency: name })
          : t('contact.noDetailsSearch', { agency: name, municipality });
      return { text: [...first, text].join('\n\n'), entities };
    }
    const booking = this.catalogue.booking(agency, lang);
    const lines = [...first, t('contact.agency', { agency: name }), ...reach];
    if (booking !== undefined) {
      // A page in English for a reader of another language says so.
      const english = lang !== 'en' && booking === this.catalogue.booking(agency, 'en');
      lines.push(
        t(english ? 'contact.bookingInEnglish' : 'contact.booking', { agency: name, url: booking }),
      );
    }
    // After "a service office cannot help": what the offices do help with, and to say it.
    if (noOffice) lines.push(t('contact.officesHelpWith', { agencies: this.servedNames(lang) }));
    return { text: lines.join('\n\n'), entities };
  }

  /** "Yes, the Arvika office closed on 30 May 2025", with its source; or "not in my list". */
  private officeStatus(
    answer: Extract<Answer, { kind: 'officeStatus' }>,
    t: TFunction,
    lang: Lang,
  ): string[] {
    if (answer.asked.length === 0) {
      const { name, kind, written } = answer.place;
      const place = this.names.place(name, lang, kind, written);
      return [t('officeStatus.notListed', { place, ...this.sscValues(lang) })];
    }
    return this.statusLines(answer.asked, t, lang, true);
  }

  /**
   * "The Arvika office has closed. Its last day was 30 May 2025.": what the list knows of each
   * office, with its source when `sources` (an office asked about; not in an office list's lead).
   */
  private statusLines(
    offices: readonly { office: Office; state: OfficeState }[],
    t: TFunction,
    lang: Lang,
    sources: boolean,
  ): string[] {
    const dates = new DateWords(lang, t);
    return offices.flatMap(({ office, state }) => {
      const said = statusLine(office, state);
      // "Kontoret i Arvika", "Kontoret vid Odenplan": the office with its place's preposition.
      const name = this.names.office(said.name, lang);
      const line =
        'date' in said
          ? t(said.key, { name, date: dates.fullDate(said.date) })
          : 'period' in said
            ? t(said.key, { name, period: dates.partial(said.period) })
            : t(said.key, { name, ...('year' in said ? { year: said.year } : {}) });
      const source = sources ? statusSource(office, state) : undefined;
      return source === undefined ? [line] : [line, t('officeStatus.source', { url: source })];
    });
  }

  private offices(
    answer: Extract<Answer, { kind: 'offices' }>,
    t: TFunction,
    lang: Lang,
  ): Composed {
    const ssc = this.sscValues(lang);
    if (answer.matches.length === 0 && answer.bookingTowns.length === 0) {
      return { text: t('offices.none', ssc), actions: [button(t('actions.talkToPerson'))] };
    }
    const { name, kind, written } = answer.place;
    const place = this.names.place(name, lang, kind, written);
    const agency = answer.agency === undefined ? undefined : this.agencyName(answer.agency, lang);
    const visit = answer.continued === true ? undefined : bookedVisit(answer);
    // A likely gap: our list very probably lacks the office of a larger town near; said first.
    const gap = answer.continued === true ? undefined : answer.likelyGap;
    const opening = officesOpening(answer, this.catalogue);
    // A booked visit: the offices are the nearest in general, under a plain heading; what they
    // do for the body is a note of its own before it (a heading is not a sentence).
    const intro = t(
      gap !== undefined && (opening === 'plain' || visit !== undefined)
        ? 'offices.introInList'
        : visit !== undefined
          ? 'offices.intro'
          : OFFICES_INTRO[opening],
      { place, agency },
    );
    // An office of the place named that has closed or is closing: said before anything else.
    const closedLines =
      answer.continued === true ? [] : this.statusLines(answer.closedHere ?? [], t, lang, false);
    const gapLines =
      gap === undefined
        ? []
        : [t('offices.likelyGap', { place: this.names.place(gap, lang, 'locality'), ...ssc })];
    // Booking towns and distance: facts beyond the offices, said by the text and the card alike.
    // The instruction that matters first: a booked visit, then the offices.
    const lead =
      visit === undefined
        ? [...closedLines, ...gapLines]
        : [...closedLines, t(`visit.${visit.agency}.book`, { url: visit.url }), ...gapLines];
    const notes: string[] = visit === undefined ? [] : [...lead];
    const visitNote = visit === undefined ? [] : [t(`visit.${visit.agency}.offices`)];
    // Other places of the name the person may have meant, in one line.
    const others = answer.continued === true ? [] : (answer.place.others ?? []).slice(0, 3);
    if (others.length > 0)
      notes.push(t('offices.otherPlaces', otherPlacesValues(answer.place, others, lang)));
    if (agency !== undefined && answer.continued !== true) {
      for (const town of answer.bookingTowns) {
        notes.push(
          t('offices.bookInTown', { place: this.names.place(town, lang, 'locality'), agency }),
        );
      }
    }
    // An office listed after farther ones because its information is old: said, with the year.
    const older = nearerOlderLines(answer).lines.map(({ key, match, year }) =>
      t(key, {
        name: this.names.office(match.office.name, lang),
        distance: this.distance(match.distanceKm, t),
        ...(year === undefined ? {} : { year }),
      }),
    );
    // What every office lacks, and a year all were confirmed in, are said once after the list.
    const lacks = listLacks(answer.matches);
    const facts = answer.matches.map((m) => this.officeFacts(m, t, lang, lacks));
    const lacking = lacksKey(lacks);
    const after = [
      ...(lacking === undefined ? [] : [t(lacking)]),
      ...(lacks.staleYear === undefined ? [] : [t('offices.staleAll', { year: lacks.staleYear })]),
    ];
    // The far notice is not said after a likely gap: the gap line says where to look instead.
    const farKm =
      gap === undefined ? farNoticeKm(answer.matches, answer.continued === true) : undefined;
    const far =
      farKm === undefined ? [] : [t('offices.far', { distance: this.distance(farKm, t) })];
    const check = t('offices.check', ssc);
    // The hours follow-ups only where the hours are known.
    const hintKey = followUpHintKey(answer.matches, answer.more);
    const hint = hintKey === undefined ? '' : t(hintKey);
    const lines =
      visit === undefined
        ? [
            ...closedLines,
            ...gapLines,
            intro,
            ...notes,
            ...older,
            ...facts.map((f) => officeText(f, t)),
            ...after,
            ...far,
            check,
          ]
        : [
            ...notes,
            ...visitNote,
            intro,
            ...older,
            ...facts.map((f) => officeText(f, t)),
            ...after,
            ...far,
            check,
          ];
    if (answer.matches.length > 0 && hint !== '') lines.push(hint);
    const text = lines.join('\n\n');
    const actions = [
      ...others.map((o) =>
        button(t('choosePlace.option', { name: o.name, municipality: o.municipality })),
      ),
      button(t('actions.talkToPerson')),
      button(t('actions.startOver')),
    ];
    if (answer.more) actions.unshift(button(t('actions.more')));
    return {
      text,
      // The short text beside the card (what screen readers and text-only channels read first)
      // leads with the same first instruction: the booking, and where our list may lack an office.
      // "Nearest first" only when it is: else that an office with old information comes later.
      summary: [
        ...lead,
        t(older.length === 0 ? 'offices.summary' : 'offices.summaryNewerFirst', {
          place,
          hint,
        }).trim(),
      ].join('\n\n'),
      // A booked visit names the body whose visit it is (CONTRACT.md, entities on replies).
      entities: [
        ...(visit === undefined ? [] : [organizationEntity(this.catalogue, visit.agency, lang)]),
        ...answer.matches.map(officeEntity),
      ],
      actions,
      attachments:
        facts.length === 0
          ? []
          : [
              officeListCard({
                title: intro,
                notes:
                  visit === undefined
                    ? [...closedLines, ...gapLines, ...notes, ...older, ...far]
                    : [...notes, ...visitNote, ...older, ...far],
                offices: facts,
                footer: [...after, check].join('\n\n'),
                directionsLabel: t('actions.directions'),
                mapLabel: t('actions.mapOfArea'),
                locale: REPLY_LOCALE[lang],
                fallbackText: text,
              }),
            ],
    };
  }

  /** One office in full: its facts and this week's hours, day by day. */
  private officeDetail(m: OfficeMatch, week: ResolvedDay[], t: TFunction, lang: Lang): Composed {
    const facts = this.officeFacts(m, t, lang);
    // Days known, times not: said so, never "hours not known" above a list of the week's hours.
    const onlyDays = m.office.hours !== null && daysOnly(week);
    if (onlyDays && m.openNow === null) facts.open = t('office.daysOnly');
    const dates = new DateWords(lang, t);
    const lines = [officeText(facts, t)];
    if (m.office.hours !== null) {
      lines.push(
        [
          // Hours from an old source are said as what it said then, never as this week's fact.
          hoursYear(m.office, m.stale) === undefined
            ? t(onlyDays ? 'officeDetail.weekDays' : 'officeDetail.week')
            : t(onlyDays ? 'officeDetail.weekDaysAsOf' : 'officeDetail.weekAsOf', {
                year: hoursYear(m.office, m.stale),
              }),
          ...week.map((d) =>
            onlyDays && dayState(d.hours) === 'openTimesUnknown'
              ? t('officeDetail.openDay', { day: dates.dayHeading(d.date) })
              : dayLine(d.hours, t, dates, 'officeDetail', { day: dates.dayHeading(d.date) }),
          ),
        ].join('  \n'),
      );
    }
    lines.push(t('offices.check', this.sscValues(lang)));
    return {
      text: lines.join('\n\n'),
      entities: [officeEntity(m)],
      actions: [button(t('actions.talkToPerson')), button(t('actions.startOver'))],
    };
  }

  /**
   * One office's facts in words: name and distance, where, open now or next, today's hours,
   * caveats; what every office of the list lacks (`lacks`) is left to the line after the list.
   */
  private officeFacts(
    m: OfficeMatch,
    t: TFunction,
    lang: Lang,
    lacks: ListLacks = { address: false, hours: false },
  ): OfficeFacts {
    const { office } = m;
    const dates = new DateWords(lang, t);
    const [whereKey, whereValues] = this.where(m, lang);
    const noStreet =
      !lacks.address &&
      (whereKey === 'office.whereDistrict' || whereKey === 'office.whereLocality');
    const where = noStreet
      ? `${t(whereKey, whereValues)} ${t('office.noStreet')}`
      : t(whereKey, whereValues);
    const facts: OfficeFacts = {
      name: office.name,
      distance: this.distance(m.distanceKm, t),
      where,
      ...(lacks.hours ? {} : { open: this.openState(m, t, dates) }),
      caveats: [],
    };
    const today = m.today.hours;
    if (today?.kind === 'open' && today.intervals.length > 0) {
      facts.today = t('office.today', { hours: dates.hours(today.intervals) });
    }
    if (m.status === 'closing') {
      facts.badge = t('office.badgeClosing');
      facts.caveats.push(closingText(m, t, dates));
    }
    if (m.stale && lacks.staleYear === undefined)
      facts.caveats.push(staleText(m.confirmed, t, 'office', office.name));
    const { lat, lon } = office.position;
    if (m.precision === 'address') {
      // Only a point that is the office's own is worth a route.
      facts.directionsUrl = `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}`;
    } else {
      facts.mapUrl = `https://www.openstreetmap.org/#map=${MAP_ZOOM[m.precision]}/${lat}/${lon}`;
    }
    return facts;
  }

  /** The `office.where*` sentence and its values, places named as the language names them. */
  private where(m: OfficeMatch, lang: Lang): [string, Record<string, unknown>] {
    const line = whereLine(m);
    switch (line.key) {
      case 'office.address':
        return [line.key, { address: `${line.values.street}, ${line.values.town}` }];
      case 'office.whereDistrict':
        return [
          line.key,
          {
            place: this.names.place(line.values.place, lang, 'district'),
            municipality: this.names.place(line.values.municipality, lang, 'municipality'),
          },
        ];
      case 'office.whereLocality':
        return [line.key, { place: this.names.place(line.values.place, lang, 'locality') }];
      case 'office.whereMunicipality':
        return [
          line.key,
          { municipality: this.names.place(line.values.municipality, lang, 'municipality') },
        ];
    }
  }

  /** "about 2 km" / "under 1 km": the distance the phone says too (distanceSaid). */
  private distance(km: number, t: TFunction): string {
    const said = distanceSaid(km);
    return said.key === 'near'
      ? t('office.distanceUnder1')
      : t('office.distance', { distance: said.count });
  }

  private openState(m: OfficeMatch, t: TFunction, dates: DateWords): string {
    if (m.openNow === null) return t('office.hoursUnknown');
    if (m.openNow) {
      return m.closesAt === null
        ? t('office.openToday')
        : t('office.openNow', { time: dates.clock(m.closesAt.clock) });
    }
    const next = m.nextOpening;
    if (next === null) return t('office.closedNow');
    const day = dates.when(next.date, m.today.date);
    return next.opens === null
      ? t('office.closedUntilDay', { day })
      : t('office.closedUntil', { day, time: dates.clock(next.opens) });
  }

  /** Buttons for the two languages other than `lang`, each titled in its own language. */
  private otherLanguages(lang: Lang): CardAction[] {
    return LANGS.filter((l) => l !== lang).map((l) => button(this.languages[l].name));
  }
}

/** The body and booking page of an office list for a booked visit, if it is one. */
function bookedVisit(
  answer: Extract<Answer, { kind: 'offices' }>,
): { agency: AgencyId; url: string } | undefined {
  return answer.agency === undefined || answer.bookedVisit === undefined
    ? undefined
    : { agency: answer.agency, url: answer.bookedVisit.url };
}

/** How far a "map of the area" link zooms in, by how exactly the office's position is known. */
const MAP_ZOOM = { address: 17, district: 15, locality: 14, municipality: 11 } as const;

/** An office as text: the heading line, then one line per fact. */
function officeText(f: OfficeFacts, t: TFunction): string {
  const lines = [
    f.badge === undefined
      ? t('office.heading', { name: f.name, distance: f.distance })
      : t('office.headingBadge', { name: f.name, badge: f.badge, distance: f.distance }),
  ];
  lines.push(f.where);
  if (f.open !== undefined) lines.push(f.open);
  if (f.today !== undefined) lines.push(f.today);
  lines.push(...f.caveats);
  if (f.directionsUrl !== undefined) lines.push(t('office.directions', { url: f.directionsUrl }));
  if (f.mapUrl !== undefined) lines.push(t('office.mapOfArea', { url: f.mapUrl }));
  return lines.join('  \n');
}

/** "Last confirmed in 2008, check before you go" for an office list or an hours reply. */
/**
 * The year an office's hours were last confirmed when they are old (`stale`), so the reply says
 * them as "last confirmed in 2023"; undefined for recent hours or an undated source.
 */
function hoursYear(office: Office, stale: boolean): string | undefined {
  return stale && office.confirmed !== null ? office.confirmed.slice(0, 4) : undefined;
}

function staleText(
  confirmed: string | null,
  t: TFunction,
  prefix: 'office' | 'officeHours',
  name: string,
): string {
  const said = staleLine(confirmed);
  return t(`${prefix}.${said.key}`, { name, ...said.values });
}

/** A closing office's line: its last day, the year the closure was announced for, or neither. */
function closingText(m: OfficeMatch, t: TFunction, dates: DateWords): string {
  const said = closingLine(m);
  return said.key === 'office.closing'
    ? t(said.key, { date: dates.fullDate(said.date, m.today.date) })
    : t(said.key, said.values);
}

/** One day's hours as a line of `officeDetail.*` or `officeHours.*`, never guessing what is not known. */
function dayLine(
  hours: DayHours | null,
  t: TFunction,
  dates: DateWords,
  prefix: 'officeDetail' | 'officeHours',
  values: Record<string, string>,
): string {
  if (hours?.kind === 'open' && hours.intervals.length > 0) {
    return t(`${prefix}.open`, { ...values, hours: dates.hours(hours.intervals) });
  }
  return t(`${prefix}.${dayState(hours)}`, values);
}
