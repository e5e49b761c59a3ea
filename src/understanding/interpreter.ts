/**
 * The one reading of a turn: `interpret(turn, context)` returns everything the message can mean,
 * read against what the bot last asked and what the conversation already knows. Dialogs decide
 * from its Interpretation and never read the text themselves.
 */
import type { UkraineGuideTopic } from '../agencies/ukraineGuide';
import type { CommandMatcher } from '../language/commandMatcher';
import type { FollowUpReader } from '../language/followUpReader';
import { LanguageDecider } from '../language/languageDecider';
import type { LanguageResources } from '../language/languageResources';
import { containsPhrase, foldPhrase, phraseWords } from '../text/folding';
import { LANGS, type Lang } from '../languages';
import type { PlaceMatch, PlaceResolution, TextSpan } from '../places/types';
import type { AgencyId } from '../agencies/agencyIds';
import { ChoiceReader } from './choiceReader';
import { redact } from '../privacy/redact';
import type {
  Classification,
  Classifier,
  Interpretation,
  MatterReading,
  PlaceReading,
  ReadingContext,
  Turn,
  TurnIntent,
} from './interpretation';

/** What the reading asks of the places module (PlaceResolver implements it). */
export interface PlaceReader {
  resolve(text: string, lang: Lang, options?: { suggest?: boolean }): PlaceResolution;
  fromSharedLocation(value: unknown): PlaceResolution;
}

/** Below this confidence a place read from running text is not taken without asking. */
const PLACE_CONFIDENCE = 0.5;
/** A place read at least this surely is meant even beside a "no thanks". */
const SURE_PLACE = 0.9;
/** A body at least this sure is a new matter even in answer to the bot's place question. */
const CLEAR_MATTER = 0.6;
/**
 * A new matter must be at least this sure to outweigh a sentence that says where the person is
 * ("we live in Falun but I don't know if it matters" is no question about vehicles).
 */
const CLEAR_MATTER_OVER_PLACE = 0.85;
/** Requests for a person and "what now?" are short messages. */
const SHORT = 6;
/** "How do I contact them?" may come with a thank-you ("thanks, and how do I contact them?"). */
const SHORT_CONTACT = 8;
/** Words beyond the place that make a message about something else ("what's the weather in …"). */
const OTHER_WORDS = 2;
/** How far back (in words) a place's subject is looked for ("my mum, who is 80, lives in …"). */
const SUBJECT_WINDOW = 8;
/** The places of one message weighed against each other. */
const MAX_PLACES = 3;

interface ReadingLists {
  placeWords: Set<string>;
  nameIntros: RegExp[];
  placeIntros: string[];
  corrections: string[];
  negations: string[];
  /** The single words of `negations`: a message without any is read once. */
  negationWords: Set<string>;
  /** Words that make another person the subject (a relative, "he"): see {@link Interpreter.ownPlace}. */
  subjects: Set<string>;
  /** The person as a subject ("I", "jag", "я"). */
  selfWords: Set<string>;
  /** "Together", "med henne", "разом": the visit is with or for the other person. */
  together: string[];
  person: string[];
  /** The person phrases of more than one word ("talk to someone"). */
  personPhrases: string[];
  /** "Is anyone there?": checks the line; `lineCheck` phrases are no request for a person. */
  lineCheck: string[];
  /** The person phrases of more than one word that no line check says ("speak to someone"). */
  personRequests: string[];
  whatNow: string[];
  contact: string[];
  /** Help declined ("nej tack", "no thanks, I'll do it online", "ні, дякую"). */
  decline: string[];
  notCitizen: string[];
  /** The folded titles of the Ukraine guide's topic buttons. */
  ukraineTopics: [string, UkraineGuideTopic][];
  officeWords: string[];
  officeStatus: string[];
}

/**
 * The titles of the buttons a person can tap, per language, as the renderer writes them, and the
 * bodies' names in their forms (what an answer to "Is it one of these?" may name).
 */
export type ButtonTitles = Record<
  Lang,
  {
    ukraineTopics: Readonly<Record<UkraineGuideTopic, string>>;
    agencies?: Partial<Record<AgencyId, readonly string[]>>;
  }
>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "jag heter" + the name (one or two words, the second only when capitalised). */
function nameIntroPattern(phrase: string): RegExp {
  const body = phrase
    .split(/\s+/u)
    .map((w) => escape(w).replace(/'/gu, "['’ʼ]"))
    .join('\\s+');
  return new RegExp(
    `(?<![\\p{L}\\p{M}])${body}\\s+([\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)?)`,
    'giu',
  );
}

/** Reads turns; built once from the classifier, the places module and the language files. */
export class Interpreter {
  private readonly lists: Record<Lang, ReadingLists>;
  private readonly choices: ChoiceReader;
  /** Tells a request for a language from talk about someone's language. */
  private readonly languageTalk: LanguageDecider;
  /** Any language's name phrase with its name ("jag heter Sture"): none means no name to blank. */
  private readonly anyNameIntro: RegExp;
  /** Places chosen as someone's (the person's own, or the relative's they go with): said where. */
  private readonly saidOfSomeone = new WeakSet<PlaceMatch>();

  constructor(
    private readonly classifier: Classifier,
    private readonly places: PlaceReader,
    private readonly commands: CommandMatcher,
    private readonly followUps: FollowUpReader,
    languages: LanguageResources,
    buttons?: ButtonTitles,
  ) {
    this.choices = new ChoiceReader(languages, followUps, {
      sv: buttons?.sv.agencies ?? {},
      en: buttons?.en.agencies ?? {},
      uk: buttons?.uk.agencies ?? {},
    });
    this.languageTalk = new LanguageDecider(languages);
    this.lists = Object.fromEntries(
      LANGS.map((lang) => {
        const { reading } = languages[lang];
        const personPhrases = reading.person.map(foldPhrase).filter((p) => p.includes(' '));
        const lineCheck = reading.lineCheck.map(foldPhrase);
        const lists: ReadingLists = {
          placeWords: new Set(reading.placeWords.flatMap((p) => phraseWords(foldPhrase(p)))),
          nameIntros: reading.nameIntros.map(nameIntroPattern),
          placeIntros: reading.placeIntros.map(foldPhrase),
          corrections: reading.corrections.map(foldPhrase),
          negations: reading.negations.map(foldPhrase),
          negationWords: new Set(reading.negations.flatMap((p) => phraseWords(foldPhrase(p)))),
          subjects: new Set(reading.subjects.map(foldPhrase)),
          selfWords: new Set(reading.selfWords.map(foldPhrase)),
          together: reading.together.map(foldPhrase),
          person: reading.person.map(foldPhrase),
          personPhrases,
          lineCheck,
          personRequests: personPhrases.filter((p) => !lineCheck.includes(p)),
          whatNow: reading.whatNow.map(foldPhrase),
          contact: reading.contact.map(foldPhrase),
          decline: languages[lang].prompts.decline.map(foldPhrase),
          notCitizen: reading.notCitizen.map(foldPhrase),
          ukraineTopics: Object.entries(buttons?.[lang].ukraineTopics ?? {}).map(
            ([topic, title]) => [foldPhrase(title), topic as UkraineGuideTopic],
          ),
          officeWords: reading.officeWords.map(foldPhrase),
          officeStatus: reading.officeStatus.map(foldPhrase),
        };
        return [lang, lists];
      }),
    ) as Record<Lang, ReadingLists>;
    this.anyNameIntro = new RegExp(
      LANGS.flatMap((l) => this.lists[l].nameIntros.map((p) => `(?:${p.source})`)).join('|') ||
        '(?!)',
      'iu',
    );
  }

  /** Everything `turn` can mean in `context`. Never throws on any input. */
  interpret(turn: Turn, context: ReadingContext = {}): Interpretation {
    const { lang } = turn;
    const personal = redact(turn.text);
    const text = personal.personalNumbers > 0 ? personal.text : turn.text;
    const fromUkraine = this.followUps.mentions(text, lang, 'ukraine');
    const protection = this.followUps.mentions(text, lang, 'protection');
    const classification = this.matterOverOrigin(
      this.classify(text, lang, context),
      text,
      lang,
      fromUkraine || protection,
      context,
    );
    const normalized = foldPhrase(text);
    const reading: Interpretation = {
      intent: classification.intent,
      newMatter: false,
      person: false,
      emergency: false,
      outOfScope: false,
      ukraine: { fromUkraine, protection },
      notCitizen:
        fromUkraine || this.lists[lang].notCitizen.some((p) => containsPhrase(normalized, p)),
      personalData: { personalNumbers: personal.personalNumbers },
    };
    const matter = matterOf(classification);
    if (matter !== undefined) reading.matter = matter;
    if (classification.intent === 'emergency') {
      return { ...reading, intent: 'emergency', emergency: true };
    }
    if (classification.language !== undefined) reading.language = classification.language;
    if (classification.intent === 'yes') reading.answer = true;
    if (classification.intent === 'no') reading.answer = false;
    if (context.asked === 'choice' && context.options !== undefined) {
      const choice = this.choices.read(text, lang, context.options, classification);
      if (choice !== undefined) reading.choice = choice;
    }

    const tokens = phraseWords(normalized);
    const lists = this.lists[lang];
    const short = tokens.length > 0 && tokens.length <= SHORT;
    // A tapped topic button is the whole message, and no place ("Help in person" is no town).
    const tapped = lists.ukraineTopics.find(([title]) => title === normalized)?.[1];
    if (tapped !== undefined) reading.ukraineTopic = tapped;
    const place = tapped === undefined ? this.readPlace(turn, text, context) : undefined;
    if (place !== undefined) reading.place = place;

    const command = this.commands.match(text);
    if (command !== undefined) reading.command = command;
    else if (classification.intent === 'goodbye') reading.command = 'goodbye';
    const newBody = this.newMatter(classification, context);
    reading.newMatter = newBody;
    const list = context.officeList;
    // "Is it open on Saturday?" after a list: about the list, also when the body in hand is read
    // into it (a Migrationsverket list shows the nearest offices of every body).
    const sameBody =
      matter?.body === undefined || matter.body === list?.agency || matter.body === context.body;
    if (list !== undefined && sameBody) {
      const followUp = this.followUps.read(text, lang, turn.today);
      if (followUp !== undefined) reading.followUp = followUp;
    } else if (list === undefined) {
      const day = this.followUps.dayAsked(text, lang, turn.today);
      if (day !== undefined) reading.dayAsked = day;
    }
    const asksPerson = (phrases: readonly string[]): boolean =>
      phrases.some((p) => containsPhrase(normalized, p));
    // A person is asked for with a phrase of more than one word in a message of any length ("can
    // I talk to someone about my pension?", "А можна поговорити з кимось там по телефону?"), and
    // with one word ("nån", "someone") only in a short message that names no new matter.
    // "Hello? Is anyone there?" only checks the line: no transfer, unless the message also asks to
    // talk to someone ("kan jag prata med någon där?").
    const lineCheck =
      short && !newBody && asksPerson(lists.lineCheck) && !asksPerson(lists.personRequests);
    reading.person =
      !lineCheck &&
      (classification.intent === 'human' ||
        asksPerson(lists.personPhrases) ||
        (short && !newBody && asksPerson(lists.person)));
    // "Where are you?" answered "nej tack" / "no thanks, I'll do it online": the office declined,
    // not a place that could not be found.
    // A loose name in it ("nej tack, jag gör det på nätet": Näset) is no answer; "bor i Gävle" is.
    const found = place?.resolution.status === 'found' ? place.resolution.match : undefined;
    const declines = lists.decline.some((p) => containsPhrase(normalized, p));
    const declined =
      context.asked === 'place' &&
      !newBody &&
      (found === undefined
        ? classification.intent === 'no' || declines
        : declines && found.confidence < SURE_PLACE && !this.saysWhere(text, found, lang));
    if (declined) reading.answer = false;
    const whatNow = short && !newBody && lists.whatNow.some((p) => containsPhrase(normalized, p));
    // "No thanks, I don't need an office, I'll just phone them, what's the number?" with a body
    // in hand and none other named: how to reach that body, whatever the length.
    const aboutBodyInHand =
      context.body !== undefined &&
      (classification.body === undefined || classification.body === context.body);
    const contact =
      (tokens.length <= SHORT_CONTACT || aboutBodyInHand) &&
      !newBody &&
      lists.contact.some((p) => containsPhrase(normalized, p));

    // "Has the Arvika office closed?": a place named with a word asking whether its office is still there.
    const asksStatus =
      place?.how === 'text' &&
      place.resolution.status === 'found' &&
      lists.officeStatus.some((p) => containsPhrase(normalized, p)) &&
      (short || lists.officeWords.some((p) => containsPhrase(normalized, p))) &&
      !this.followUps.namesDay(text, lang);
    reading.intent = this.decide(reading, classification, {
      whatNow,
      contact,
      lineCheck,
      officeStatus: asksStatus,
      declined,
      placeTurn:
        place !== undefined &&
        !declined &&
        this.isPlaceTurn(place, text, lang, classification, context),
    });
    reading.outOfScope = reading.intent === 'outOfScope';
    if (reading.outOfScope && classification.elsewhere !== undefined)
      reading.elsewhere = classification.elsewhere;
    return reading;
  }

  /**
   * The classifier's reading of the message. Talk about someone's language is no request for one
   * ("my husband doesn't speak English well, he broke his leg…", "вона по-шведськи ще не
   * говорить"): the rest of the message is read instead.
   */
  private classify(text: string, lang: Lang, context: ReadingContext): Classification {
    const hint = context.body === undefined ? {} : { agency: context.body };
    const classification = this.classifier.classify(text, lang, hint);
    if (classification.intent !== 'changeLanguage') return classification;
    // "1177 українською", "чи є телефон українською" in a Ukrainian conversation: a question about
    // the service in the language already spoken, not a request to switch to it.
    if (classification.language === lang) {
      const asked = this.languageTalk.explicitRequest(text);
      const rest =
        asked?.requestOnly === true ? undefined : this.languageTalk.withoutLanguageWords(text);
      if (rest !== undefined) return this.classifier.classify(rest, lang, hint);
    }
    const rest = this.languageTalk.withoutLanguageTalk(text);
    if (rest === undefined) return classification;
    if (rest.trim() === '') return { intent: 'outOfScope', confidence: 1, alternatives: [] };
    return this.classifier.classify(rest, lang, hint);
  }

  /**
   * "I'm from Ukraine, how do I apply for parental benefit?", "I have temporary protection and want
   * a job": where the person comes from and their permit weigh toward Migrationsverket's
   * protection matters, so a matter left unsure is read again without those words; a clear matter
   * found then wins (Försäkringskassan, Arbetsförmedlingen). A message that is only the origin or
   * the permit keeps its reading.
   */
  private matterOverOrigin(
    classification: Classification,
    text: string,
    lang: Lang,
    saysOrigin: boolean,
    context: ReadingContext,
  ): Classification {
    if (!saysOrigin || classification.intent !== 'matter' || classification.body !== undefined)
      return classification;
    const withoutOrigin = this.followUps.without(text, lang, 'ukraine');
    const rest = this.followUps.without(withoutOrigin, lang, 'protection');
    const hint = context.body === undefined ? {} : { agency: context.body };
    const again = this.classifier.classify(rest, lang, hint);
    return again.intent === 'matter' && again.body !== undefined ? again : classification;
  }

  /** The one intent the dialogs switch on, from the pieces read. */
  private decide(
    reading: Interpretation,
    classification: Classification,
    found: {
      whatNow: boolean;
      contact: boolean;
      placeTurn: boolean;
      officeStatus: boolean;
      lineCheck: boolean;
      declined: boolean;
    },
  ): TurnIntent {
    if (reading.command === 'repeat') return 'repeat';
    if (reading.command === 'help' || reading.command === 'startOver') return reading.command;
    if (classification.intent === 'changeLanguage') return 'changeLanguage';
    if (reading.followUp !== undefined) return 'followUp';
    if (found.lineCheck) return 'lineCheck';
    if (reading.person) return 'human';
    if (found.whatNow) return 'nextStep';
    if (found.contact) return 'contact';
    if (found.officeStatus) return 'officeStatus';
    if (found.placeTurn) return 'place';
    if (found.declined) return 'no';
    return classification.intent;
  }

  /** A matter that clearly is a new one: a sure body other than the one in hand. */
  private newMatter(classification: Classification, context: ReadingContext): boolean {
    const { body } = classification;
    return (
      classification.intent === 'matter' &&
      body !== undefined &&
      body !== context.body &&
      classification.confidence >= CLEAR_MATTER
    );
  }

  /**
   * True when the turn is about where the person is: a shared location, a message that only says
   * where ("Kista", "jag bor i Västerås", "я в Умео"), a correction of the place ("nej, jag menade
   * Uppsala"), or an answer to the bot's place question or office offer that is no clear new matter
   * and not about something else ("what's the weather in Stockholm" is not; "jag bor i Eskilstuna
   * om det spelar nån roll" is).
   */
  private isPlaceTurn(
    place: PlaceReading,
    text: string,
    lang: Lang,
    classification: Classification,
    context: ReadingContext,
  ): boolean {
    if (place.how === 'shared') return true;
    const { resolution } = place;
    const newMatter = this.newMatter(classification, context);
    // "Where are you?" answered with a new matter ("en annan fråga: hur söker man bostadsbidrag?").
    if (resolution.status === 'notFound') return place.how === 'answer' && !newMatter;
    const { span, takenBack } = resolution.match;
    // "Eskilstuna nej förlåt Strängnäs": the place taken back and its "nej förlåt" say where too.
    const rest = [takenBack, span].reduce(
      (t, cut) => (cut === undefined ? t : blank(t, cut)),
      text,
    );
    const lists = this.lists[lang];
    const others = phraseWords(foldPhrase(this.withoutNames(rest))).filter(
      (w) => !lists.placeWords.has(w),
    );
    if (others.length === 0) return true;
    const asked = context.asked === 'place' || context.asked === 'offer';
    const known = asked || context.body !== undefined || context.officeList !== undefined;
    // "Sorry, I meant Borås, I moved there in August": the place replaces the last one, whatever
    // else the sentence holds (here "moved" is no new matter).
    const normalized = foldPhrase(text);
    if (known && lists.corrections.some((p) => containsPhrase(normalized, p))) return true;
    const offered = asked || context.officeList !== undefined;
    if (!offered && context.body === undefined && context.afterEmergency !== true) return false;
    // "jag bor i Eskilstuna om det spelar nån roll", after an offer or a body named ("Так, будь
    // ласка. Я живу в …" after a reply on registration): it says where the person is.
    // After the 112 line "we're in Kiruna by the church" says where the danger is.
    const invited = offered || context.afterEmergency === true;
    const surelyNew =
      newMatter && (!invited || classification.confidence >= CLEAR_MATTER_OVER_PLACE);
    if (!surelyNew && this.saysWhere(text, resolution.match, lang)) return true;
    if (!asked || newMatter) return false;
    if (classification.intent === 'matter' && context.body === undefined) return false;
    return !(classification.intent === 'outOfScope' && others.length >= OTHER_WORDS);
  }

  /** True when the place named stands right after words that say the person is there ("bor i"). */
  private saysWhere(text: string, match: PlaceMatch, lang: Lang): boolean {
    const { span, takenBack } = match;
    if (span === undefined) return false;
    if (this.saidOfSomeone.has(match)) return true;
    const intros = this.lists[lang].placeIntros;
    return [span.start, ...(takenBack === undefined ? [] : [takenBack.start])].some((at) =>
      endsWithPhrase(this.withoutNames(text.slice(0, at)), intros),
    );
  }

  /**
   * The place meant when a message names the person's own place and another person's: "my mum
   * lives in Malmö but I live in Umeå" is the person's own (Umeå), unless the visit is with or for
   * the other person ("we'll go together, she lives in Sala, I live in Uppsala": Sala). Each place
   * belongs to the nearest subject before it (a relative or "he/she", or "I/we"). A message that
   * names no other person is read as before, with one look-up.
   */
  private ownPlace(text: string, lang: Lang, first: PlaceResolution): PlaceResolution {
    if (first.status !== 'found' || first.match.span === undefined) return first;
    const lists = this.lists[lang];
    // "dad's in Malmö": the possessive ending is no other word.
    const words = [...text.matchAll(WORD)].map((m) => ({
      folded: foldPhrase(m[0]).replace(/'s$/u, ''),
      start: m.index,
    }));
    if (!words.some((w) => lists.subjects.has(w.folded))) return first;
    const ownerAt = (at: number): 'self' | 'other' | undefined => {
      const before = words.filter((w) => w.start < at).reverse();
      for (const w of before.slice(0, SUBJECT_WINDOW)) {
        if (lists.selfWords.has(w.folded)) return 'self';
        if (lists.subjects.has(w.folded)) return 'other';
      }
      return undefined;
    };
    // Every place of the message: the first, then the rest with the ones found blanked.
    const found: { match: PlaceMatch; owner: 'self' | 'other' | undefined }[] = [];
    let rest = text;
    let next: PlaceResolution = first;
    while (next.status === 'found' && next.match.span !== undefined && found.length < MAX_PLACES) {
      const { match } = next;
      const span = next.match.span;
      found.push({ match, owner: ownerAt(span.start) });
      rest = blank(rest, span);
      next = this.places.resolve(rest, lang, { suggest: false });
    }
    const of = (owner: 'self' | 'other'): PlaceMatch | undefined =>
      found.find((f) => f.owner === owner)?.match;
    const own = of('self');
    const other = of('other');
    if (own === undefined || other === undefined) return first;
    const normalized = foldPhrase(text);
    const withThem = lists.together.some((p) => containsPhrase(normalized, p));
    const meant = withThem ? other : own;
    this.saidOfSomeone.add(meant);
    return { ...first, match: meant };
  }

  /**
   * The place the message says the person is at: a place said not to be it never counts ("not
   * Uppsala", "inte i Umeå", "а не в Уппсалі"), and one named after such a place replaces what
   * came before it ("jag menade Umeå inte Uppsala… nej vänta, jag bor i Skellefteå"). The places
   * left out are the match's `takenBack`. Names are resolved by the places module; a message with
   * no word of negation is resolved once, as before.
   */
  private affirmedPlace(text: string, lang: Lang, suggest: boolean): PlaceResolution {
    const first = this.places.resolve(text, lang, { suggest });
    const lists = this.lists[lang];
    if (!phraseWords(foldPhrase(text)).some((w) => lists.negationWords.has(w))) return first;
    // Only names that are places count ("I'm not a Swedish citizen" takes no place back).
    const negated = negatedNames(text, lists.negations).filter(
      (m) => this.places.resolve(m.text, lang, { suggest: false }).status === 'found',
    );
    const [head] = negated;
    const last = negated.at(-1);
    if (head === undefined || last === undefined) return first;
    const takenBack = (end: number): TextSpan => ({
      start: head.start,
      end,
      text: text.slice(head.start, end),
    });
    // A place named after the last one said not to be it replaces all before it.
    const after = this.places.resolve(blank(text, { start: 0, end: last.end }), lang, { suggest });
    if (after.status === 'found')
      return { ...after, match: { ...after.match, takenBack: takenBack(last.end) } };
    // "I live in Sundsvall, not Uppsala": the rest without the places said not to be it.
    const rest = this.places.resolve(
      negated.reduce((t, m) => blank(t, m), text),
      lang,
      { suggest },
    );
    if (rest.status !== 'found') return rest;
    return { ...rest, match: { ...rest.match, takenBack: takenBack(last.end) } };
  }

  /**
   * The place of the turn: a shared location first, else the text with any name the person gives
   * ("jag heter Sture") left out. Close names are suggested only for an answer to "where are you?".
   */
  private readPlace(turn: Turn, text: string, context: ReadingContext): PlaceReading | undefined {
    if (turn.shared !== undefined) {
      const shared = this.places.fromSharedLocation(turn.shared);
      if (shared.status === 'found') return { resolution: shared, how: 'shared' };
    }
    const answer = context.asked === 'place';
    const unnamed = this.withoutNames(text);
    const resolution = this.ownPlace(
      unnamed,
      turn.lang,
      this.affirmedPlace(unnamed, turn.lang, answer),
    );
    if (answer) return { resolution, how: 'answer' };
    if (resolution.status === 'found' && resolution.match.confidence >= PLACE_CONFIDENCE)
      return { resolution, how: 'text' };
    return undefined;
  }

  /** The text with the names people give for themselves blanked out (same length, so spans hold). */
  private withoutNames(text: string): string {
    // Nearly every message names no one: one look for any phrase before a pattern at a time.
    if (!this.anyNameIntro.test(text)) return text;
    let out = text;
    // People mix languages ("мене звати Sture, I live in Umeå"): every language's phrases count.
    for (const pattern of LANGS.flatMap((l) => this.lists[l].nameIntros)) {
      out = out.replace(pattern, (whole: string, name: string) =>
        whole.replace(name, ' '.repeat(name.length)),
      );
    }
    return out;
  }
}

/** The matter part of a classification, when it names or weighs a body. */
function matterOf(c: Classification): MatterReading | undefined {
  if (c.body === undefined && c.alternatives.length === 0) return undefined;
  return {
    ...(c.body === undefined ? {} : { body: c.body }),
    ...(c.topic === undefined ? {} : { topic: c.topic }),
    confidence: c.confidence,
    alternatives: c.alternatives,
    ...(c.close === undefined ? {} : { close: c.close }),
  };
}

/** A word of a message, with where it stands. */
const WORD = /[\p{L}\p{M}\p{N}'’ʼ-]+/gu;

/**
 * The names right after a negation ("not Uppsala", "inte i Umeå", "а не в Уппсалі"): the next
 * word, and the one after it when it is capitalised in the same clause ("not Upplands Väsby").
 */
function negatedNames(text: string, negations: readonly string[]): TextSpan[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    folded: foldPhrase(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    capital: /^\p{Lu}/u.test(m[0]),
  }));
  const phrases = negations.map(phraseWords).sort((x, y) => y.length - x.length);
  const spans: TextSpan[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const hit = phrases.find((p) => p.every((w, k) => words[i + k]?.folded === w));
    const name = hit === undefined ? undefined : words[i + hit.length];
    if (hit === undefined || name === undefined) continue;
    const next = words[i + hit.length + 1];
    const joined =
      next !== undefined && next.capital && /^\s+$/u.test(text.slice(name.end, next.start));
    const end = joined ? next.end : name.end;
    spans.push({ start: name.start, end, text: text.slice(name.start, end) });
    i += hit.length;
  }
  return spans;
}

/** True when the folded `text` ends with one of the folded `phrases` as whole words. */
function endsWithPhrase(text: string, phrases: readonly string[]): boolean {
  const folded = ` ${foldPhrase(text)}`;
  return phrases.some((p) => folded.endsWith(` ${p}`));
}

/** `text` with the characters of `span` blanked (same length, so other spans hold). */
function blank(text: string, span: { start: number; end: number }): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}
