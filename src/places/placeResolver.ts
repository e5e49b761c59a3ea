/** Reads where a person is from what they write or share: place names, postal codes, coordinates. */
import { distanceKm, type GeoPoint } from '../geo';
import type { Lang } from '../languages';
import { LANGS } from '../languages';
import {
  editDistance,
  deletionsOf,
  type Gazetteer,
  type IndexHit,
  type PlaceEntry,
} from './gazetteer';
import { PostalCodeReader } from './postalCodeReader';
import { fromUkrainianLatin, joinedSoundKeys, soundKeyOfRomanized } from './soundKey';
import { parseCoordinateText, parseSharedLocation } from './sharedLocation';
import {
  foldCyrillicName,
  isCyrillic,
  nameKey,
  romanizeName,
  tokenize,
  type Token,
} from '../text/folding';
import type {
  InflectionRules,
  PlaceCandidate,
  PlaceLanguageResources,
  PlaceMatch,
  PlaceResolution,
  PlaceSuggestion,
  TextSpan,
} from './types';

/** Sweden's bounding box with a small margin, for shared locations. */
const SWEDEN = { minLat: 55.0, maxLat: 69.2, minLon: 10.5, maxLon: 24.3 };
/** A known population this many times the next candidate's makes the name unambiguous. */
const DOMINANCE = 20;
/** A place of the likeliest reading that is not the only one is this much less sure. */
const PICKED = 0.8;
/** A locality with fewer people than this (or none known) is a small place. */
const SMALL_PLACE = 1000;
/** A small place this far from every known place of a like name is a suggestion, not an answer. */
const FAR_KM = 50;
/** Readings that are not the name as written: a far small place they reach is only a suggestion. */
const LOOSE_STYLES: ReadonlySet<MatchStyle> = new Set([
  'spelling',
  'translit',
  'typo',
  'typo2',
  'joined',
  'sound',
]);
/** Between the words of one name there is no comma, no sentence end. */
const BREAK = /[,;!?()]|\.\s/u;
/** Where one sentence ends and the next begins. */
const SENTENCE_END = /[.!?…]\s*$/u;
/** Below this confidence a mention is dropped. */
const MIN_CONFIDENCE = 0.5;
const MAX_SUGGESTIONS = 5;
/** How many typo lookups PlaceResolver remembers before it starts over. */
const TYPO_MEMO_SIZE = 20_000;
const PRECISION_RANK: Readonly<Record<string, number>> = {
  district: 3,
  postalCode: 2.5,
  locality: 2,
  municipality: 1,
};

/** A Cyrillic stem shorter than this is too little to read as a misspelling. */
const FUZZY_STEM = 4;
/** A stem this short is heard as a name only when written with a capital ("Нац-і" for Nacka). */
const SHORT_STEM = 3;
/** A sound key shorter than this says too little to find a name by. */
const SOUND_LETTERS = 4;
/** A word written without a capital is heard as a name only from this long a key ("на шосту"). */
const SOUND_LETTERS_LOWER = 6;
/** Words heard apart are read as one name ("skär holmen") only when together this long. */
const JOINED_LETTERS = 6;
/** Words heard apart are matched by sound alone only when their sound key is this long. */
const JOINED_SOUND_LETTERS = 7;
/** A word this long may be two edits from the name meant ("Bunkeflostad" for Bunkeflostrand). */
const TWO_EDITS_LETTERS = 8;

/** How a name was matched, with the quality it starts from (before context). */
type MatchStyle =
  'exact' | 'alias' | 'inflected' | 'spelling' | 'translit' | 'typo' | 'typo2' | 'joined' | 'sound';
const STYLE_QUALITY: Readonly<Record<MatchStyle, number>> = {
  exact: 1,
  alias: 0.97,
  inflected: 0.93,
  spelling: 0.9,
  translit: 0.85,
  typo: 0.78,
  typo2: 0.72,
  joined: 0.8,
  sound: 0.82,
};

/** What a window of words matched, and how. */
interface Lookup {
  hits: IndexHit[];
  style: MatchStyle;
  /** The person's Cyrillic spelling in its dictionary form, when known. */
  spelling?: string;
}

/** Where a window of words stands: what makes a loose reading of it a place. */
interface Standing {
  /** Right after a place preposition ("i", "near", "біля"). */
  prep: boolean;
  /** The whole message, but for prepositions and digits. */
  alone: boolean;
  /** Written with a capital, not as the first word of a sentence (unless alone). */
  capital: boolean;
  /** Written with a capital as the first word: a name only when its municipality follows. */
  initial: boolean;
  /** Starts with a preposition ("в Шерторпі"): the name is what follows, not a loose reading of both. */
  led: boolean;
  /** First in the message (fillers aside) before a place preposition: "<name> near <town>". */
  lead: boolean;
  /** The message has no capital at all (a recogniser's words, quick typing): case says nothing. */
  caseless: boolean;
}

/** Where a window of words stands in the message, and the places it may name. */
interface WindowAt extends Standing {
  i: number;
  n: number;
  entries: readonly PlaceEntry[];
}

/**
 * Which loose readings a window may take where it stands, so none is looked for that would be
 * refused (most of the cost of a sentence with no place in it): transliterations, sounds and
 * one-edit misspellings only as a name (alone, after a preposition or capitalised), two edits
 * only alone or after a preposition.
 */
interface Reach {
  loose: boolean;
  twoEdits: boolean;
}
const FULL_REACH: Reach = { loose: true, twoEdits: true };
/** Only the name as written or inflected (a municipality after a name). */
const NO_REACH: Reach = { loose: false, twoEdits: false };

function reachOf({ prep, alone, capital, initial, led, lead }: Standing): Reach {
  if (led) return NO_REACH;
  return {
    loose: alone || prep || capital || initial || lead,
    twoEdits: alone || prep,
  };
}

interface Mention {
  span: TextSpan;
  /** The person's Cyrillic spelling in its dictionary form, when known. */
  spelling?: string;
  /** Read by a loose reading (a typo, a transliteration, a respelling), not the name as written. */
  loose?: boolean;
  /** Read as a misspelling of a name (one or two edits). */
  typo?: boolean;
  /**
   * A loose reading that stands only first before a preposition ("yordbro near …"): a place only
   * when a place said after it lies in the same municipality.
   */
  needsTown?: boolean;
  entries: PlaceEntry[];
  confidence: number;
  /** Said as what the person is near ("close to Handen", "біля Мальме"), not where they are. */
  landmark?: boolean;
  postalCode?: string;
  postalTown?: number;
}

/** How much work `resolve` does. */
export interface ResolveOptions {
  /**
   * Look for close names when nothing matches (default true). Most of the cost of a message with
   * no place in it; pass false when the answer will not offer "did you mean" (a matter, not a
   * place question). Without it, an unknown word after a preposition still reads as
   * `unknownName`, any other miss as `noPlace`, both with no suggestions.
   */
  suggest?: boolean;
}

/**
 * Turns a message into a place. `resolve(text, lang)` returns found (the likeliest place, with
 * the others of a shared name) or not found,
 * never prose; `fromSharedLocation(value)` turns a shared location into a match of kind
 * `coordinates`. Build it with the loaded gazetteer and the three languages' resources
 * (`loadPlaceResolver()` does both from disk).
 */
export class PlaceResolver {
  private readonly postalReader: PostalCodeReader;
  private readonly prepositions: Set<string>;
  /** Each language's own place prepositions. */
  private readonly ownPrepositions: Record<Lang, Set<string>>;
  private readonly commonWords: Set<string>;
  /** Words that say a place is beside the person, not theirs ("near", "utanför", "біля"), folded. */
  private readonly nearWords: Set<string>;
  /** Words of time ("våras", "sunday", "неділю"), folded: never a place in any reading. */
  private readonly timeWords: Set<string>;
  /** Given names in all three languages, folded: the word after one is a surname. */
  private readonly givenNames: Set<string>;
  /** Words that say nothing in speech ("öh", "alltså", "uh", "it's called"), folded. */
  private readonly fillers: Set<string>;
  /** Phrases that take back what was said before them ("eller nä", "I mean", "тобто"), as token keys. */
  private readonly corrections: string[][];
  /** Words after a name that say it is a place ("village", "town"), folded. */
  private readonly placeNouns: Set<string>;
  /** Words of the correction phrases ("sorry", "тобто"): never a misspelt place. */
  private readonly plainWords: Set<string>;
  private readonly uk: PlaceLanguageResources;
  /** Ukrainian prepositions typed in Latin letters ("v", "na"): Ukrainian cases may follow. */
  private readonly latinUkPrepositions: Set<string>;
  private readonly sv: PlaceLanguageResources;
  /** The places of each municipality with their Latin and sound keys, built on first use. */
  private byMunicipality: Map<string, TownPlace[]> | undefined;
  /** Latin name keys by first letter, built on the first suggestion, so a miss scans one letter. */
  private byInitial: Map<string, [string, IndexHit[]][]> | undefined;
  /** Latin name keys by each of their words, built on first use (see keysWithWordOf). */
  private byWord: Map<string, [string, IndexHit[]][]> | undefined;
  /** Typo lookups already made: the same words come back in message after message. */
  private readonly typos = new Map<string, Lookup | null>();
  /** Parts of towns already looked for, by towns, language and word (null: none). */
  private readonly townParts = new Map<string, PlaceEntry | null>();
  /** Suggestions already made for an unknown word. */
  private readonly suggestions = new Map<string, PlaceSuggestion[]>();
  /** Transliterations already made, folded (true) and as written (false). */
  private readonly latin = { true: new Map<string, string>(), false: new Map<string, string>() };

  /**
   * @param network where the offices are: between two places of one name and like size, the one
   *   nearer an office is the likelier (people who ask us live near the network).
   */
  constructor(
    private readonly gazetteer: Gazetteer,
    resources: Readonly<Record<Lang, PlaceLanguageResources>>,
    private readonly network: readonly GeoPoint[] = [],
  ) {
    this.postalReader = new PostalCodeReader(resources);
    this.prepositions = new Set(LANGS.flatMap((l) => resources[l].prepositions));
    this.ownPrepositions = {
      sv: new Set(resources.sv.prepositions),
      en: new Set(resources.en.prepositions),
      uk: new Set(resources.uk.prepositions),
    };
    this.commonWords = new Set(LANGS.flatMap((l) => resources[l].commonWords));
    this.nearWords = new Set(
      LANGS.flatMap((l) => resources[l].nearWords ?? []).flatMap((w) =>
        tokenize(w).map((t) => t.key),
      ),
    );
    this.timeWords = new Set(
      LANGS.flatMap((l) => resources[l].timeWords ?? []).flatMap((w) =>
        tokenize(w).map((t) => t.key),
      ),
    );
    this.givenNames = new Set(
      LANGS.flatMap((l) => resources[l].givenNames ?? []).flatMap((n) =>
        tokenize(n).map((t) => t.key),
      ),
    );
    this.fillers = new Set(LANGS.flatMap((l) => resources[l].fillers ?? []));
    this.placeNouns = new Set(LANGS.flatMap((l) => resources[l].placeNouns ?? []));
    this.corrections = LANGS.flatMap((l) => resources[l].corrections ?? []).map((c) =>
      tokenize(c).map((t) => t.key),
    );
    this.plainWords = new Set(this.corrections.flat());
    this.uk = resources.uk;
    this.latinUkPrepositions = new Set(
      resources.uk.prepositions.filter((p) => /^[a-z]+$/u.test(p)),
    );
    this.sv = resources.sv;
  }

  /**
   * Reads a message for a place. Names are matched in all three languages (people mix them);
   * `lang`, the conversation's language, settles words that mean different things in each
   * (English "I" is not the Swedish preposition "i").
   */
  resolve(text: string, lang: Lang, options: ResolveOptions = {}): PlaceResolution {
    const coords = parseCoordinateText(text);
    if (coords) return this.coordinates(coords.point, coords.span);

    const tokens = tokenize(text);
    const mentions: Mention[] = [];
    const postal = this.postalReader.read(text, tokens);
    for (const p of postal) {
      const town = this.gazetteer.postal.get(p.code);
      if (town !== undefined) {
        mentions.push({
          span: p.span,
          entries: [],
          confidence: p.spoken ? 0.9 : 0.98,
          postalCode: p.code,
          postalTown: town,
        });
        continue;
      }
      const towns = [...(this.gazetteer.postalPrefix.get(p.code.slice(0, 3)) ?? [])];
      if (towns.length === 1 && towns[0] !== undefined) {
        mentions.push({
          span: p.span,
          entries: [],
          confidence: 0.6,
          postalCode: p.code,
          postalTown: towns[0],
        });
      } else if (postal.length === 1 && !this.hasNames(tokens, postal)) {
        return {
          status: 'notFound',
          reason: 'unknownPostalCode',
          suggestions: towns.slice(0, MAX_SUGGESTIONS).map((t) => {
            const town = this.gazetteer.postalTowns[t];
            return {
              name: town?.name ?? '',
              municipality: town?.municipality.name ?? '',
              kind: 'postalCode',
            };
          }),
        };
      }
    }
    const covered = (t: Token): boolean =>
      postal.some((p) => t.start >= p.span.start && t.end <= p.span.end);
    mentions.push(
      ...this.findNames(
        text,
        tokens.filter((t) => !covered(t)),
        lang,
      ),
    );
    if (mentions.length === 0) return this.notFound(tokens, lang, options.suggest ?? true);
    this.withinTown(mentions, tokens, text, lang);
    const { kept, takenBack } = this.afterCorrection(mentions, tokens, text);
    const decided = withTakenBack(this.decide(kept, text, lang), takenBack);
    const [only] = mentions;
    // A second mention (a municipality, a postal code) has already said which place is meant.
    if (decided.status !== 'found' || mentions.length > 1 || !only) return decided;
    // Written otherwise than the place's name ("Hjalbo" for the hamlet Hjälbo) is a loose reading too.
    const asWritten = only.span.text.toLowerCase() === decided.match.name.toLowerCase();
    const suggest = options.suggest ?? true;
    const reading = { loose: only.loose === true || !asWritten, typo: only.typo === true };
    return this.unlessFarSmall(decided.match, reading, suggest);
  }

  /**
   * A part of a town named in the same answer, read loosely among that town's places only: a
   * misspelt or declined name beside its town ("у Гальмстаді, в Андерсбергу", "v Malme, v Oksi",
   * "Rosengaard i Malmö") is that town's place, though it reads as nothing, or as a place
   * elsewhere, alone. Changes the mentions in place; looks only when a town is named.
   */
  private withinTown(
    mentions: Mention[],
    tokens: readonly Token[],
    text: string,
    lang: Lang,
  ): void {
    const towns = mentions.filter(
      (m) => m.postalTown === undefined && townCodes(m.entries).length === 1,
    );
    if (towns.length === 0) return;
    const codes = new Set(towns.flatMap((m) => townCodes(m.entries)));
    const inTown = (m: Mention): boolean => m.entries.some((e) => codes.has(e.municipality.code));
    // Beside its town: at most three words from it ("i Malmö, i Oxie", "Oxie i Malmö").
    const near = (t: Token): boolean =>
      towns.some((m) => {
        const between = t.end <= m.span.start ? [t.end, m.span.start] : [m.span.end, t.start];
        return tokenize(text.slice(between[0], between[1])).length <= 2;
      });
    // Without capitals (a recogniser's words), a part may be heard as words apart ("карлстад ско
    // ре"): up to three words run together are looked for first.
    const caseless = !tokens.some((t) => t.capitalized);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || !near(t) || !this.townPartWord(tokens, i, lang)) continue;
      for (let n = caseless ? 3 : 1; n >= 1; n--) {
        const window = tokens.slice(i, i + n);
        if (window.length < n || !this.heardApart(text, window, lang)) continue;
        const last = window[n - 1] ?? t;
        const span = { start: t.start, end: last.end, text: text.slice(t.start, last.end) };
        const over = mentions.filter((m) => m.span.start < span.end && m.span.end > span.start);
        // Not over a place of the town already read, nor over part of a longer mention.
        if (over.some((m) => inTown(m) || m.span.start < span.start || m.span.end > span.end))
          continue;
        const joined = window.map((w) => w.key).join('');
        const place = this.townPlace({ ...t, key: joined }, codes, lang);
        if (place === undefined) continue;
        const reading: Mention = { span, entries: [place], confidence: 0.8, loose: true };
        for (const m of over) mentions.splice(mentions.indexOf(m), 1);
        mentions.push(reading);
        i += n - 1;
        break;
      }
    }
  }

  /** Words of one script with only spaces between, none a preposition or a filler ("ско ре"). */
  private heardApart(text: string, window: readonly Token[], lang: Lang): boolean {
    return window.every(
      (w, k) =>
        k === 0 ||
        (w.script === window[0]?.script &&
          !this.isPreposition(w, lang) &&
          !this.fillers.has(w.key) &&
          !/\S/u.test(text.slice(window[k - 1]?.end ?? 0, w.start))),
    );
  }

  /** A word that may be a part of town: after a place preposition, or written as a name. */
  private townPartWord(tokens: readonly Token[], i: number, lang: Lang): boolean {
    const t = tokens[i];
    if (
      t === undefined ||
      t.script === 'digits' ||
      t.key.length < 3 ||
      this.isPreposition(t, lang) ||
      this.fillers.has(t.key) ||
      this.commonWords.has(t.key) ||
      this.timeWords.has(t.key) ||
      this.givenNames.has(t.key) ||
      this.plainWords.has(t.key)
    )
      return false;
    // Without capitals anywhere, case says nothing ("лулео бергнесет").
    return (
      this.isPreposition(tokens[i - 1], lang) || t.capitalized || !tokens.some((w) => w.capitalized)
    );
  }

  /**
   * The one place of the towns `codes` a word names loosely: one edit (two from seven letters)
   * from a place's name or Latin alias, or sounding alike, after undoing a Ukrainian case ending.
   */
  private townPlace(t: Token, codes: ReadonlySet<string>, lang: Lang): PlaceEntry | undefined {
    // The same words come back beside the same towns ("з мамою", "sedan länge").
    const memo = `${[...codes].join(',')}|${lang}|${t.script}|${t.key}`;
    if (this.townParts.has(memo)) return this.townParts.get(memo) ?? undefined;
    const place = this.townPlaceOf(t, codes, lang);
    if (this.townParts.size >= TYPO_MEMO_SIZE) this.townParts.clear();
    this.townParts.set(memo, place ?? null);
    return place;
  }

  private townPlaceOf(t: Token, codes: ReadonlySet<string>, lang: Lang): PlaceEntry | undefined {
    const forms = new Set<string>();
    if (t.script === 'cyrillic') {
      forms.add(this.latinOf(t.key, true));
      for (const s of stems(t.key, this.uk))
        if (s.stem >= SHORT_STEM) forms.add(this.latinOf(s.form, true));
    } else {
      forms.add(t.key);
      if (lang === 'uk' && this.uk.latin)
        for (const s of ukrainianTyped(t.key, this.uk.latin))
          if (s.stem >= SHORT_STEM) forms.add(s.form);
    }
    // By sound only from Ukrainian, which spells Swedish names as heard ("London" is no Lunden).
    const heard = t.script === 'cyrillic' || lang === 'uk' ? [...forms] : [];
    const sounds = new Set(heard.map((f) => soundKeyOfRomanized(f)).filter((k) => k.length >= 3));
    const best = new Map<number, { entry: PlaceEntry; score: number }>();
    for (const code of codes)
      for (const p of this.townPlaces(code)) {
        let score = Infinity;
        for (const f of forms)
          for (const k of p.keys) {
            const max = f.length >= 7 ? 2 : f.length >= 4 ? 1 : 0;
            const d = editDistance(f, k, max);
            if (d <= max) score = Math.min(score, d);
          }
        if (score === Infinity && p.sounds.some((k) => sounds.has(k))) score = 1.5;
        if (score < Infinity) best.set(p.entry.id, { entry: p.entry, score });
      }
    const ranked = [...best.values()].sort((a, b) => a.score - b.score);
    const [first, second] = ranked;
    if (first === undefined || (second !== undefined && second.score === first.score))
      return undefined;
    return first.entry;
  }

  /** The parts of a municipality (its districts and localities, not the town itself), with keys. */
  private townPlaces(code: string): TownPlace[] {
    if (this.byMunicipality === undefined) {
      const out = new Map<string, Map<number, TownPlace>>();
      const add = (index: Map<string, IndexHit[]>, field: 'keys' | 'sounds'): void => {
        for (const [key, hits] of index)
          for (const h of hits) {
            const entry = this.gazetteer.entries[h.id];
            if (!entry || entry.kind === 'municipality' || entry.name === entry.municipality.name)
              continue;
            const town = out.get(entry.municipality.code) ?? new Map<number, TownPlace>();
            out.set(entry.municipality.code, town);
            const place = town.get(entry.id) ?? { entry, keys: [], sounds: [] };
            town.set(entry.id, place);
            if (!key.includes(' ')) place[field].push(key);
          }
      };
      add(this.gazetteer.latin, 'keys');
      add(this.gazetteer.sounds, 'sounds');
      this.byMunicipality = new Map([...out].map(([c, m]) => [c, [...m.values()]]));
    }
    return this.byMunicipality.get(code) ?? [];
  }

  /**
   * The mentions after the last phrase that takes back what was said ("i Valsätra eller nä
   * Sävja", "Kista, no wait, Akalla"), when places stand on both sides of it; else all. With
   * `takenBack`, the part of the text from the first place taken back to the end of that phrase.
   */
  private afterCorrection(
    mentions: Mention[],
    tokens: readonly Token[],
    text: string,
  ): { kept: Mention[]; takenBack?: TextSpan } {
    let end = -1;
    tokens.forEach((_, i) => {
      for (const phrase of this.corrections) {
        if (phrase.every((key, k) => tokens[i + k]?.key === key))
          end = Math.max(end, tokens[i + phrase.length - 1]?.end ?? -1);
      }
    });
    if (end < 0) return { kept: mentions };
    const after = mentions.filter((m) => m.span.start >= end);
    if (after.length === 0 || after.length === mentions.length) return { kept: mentions };
    const start = Math.min(...mentions.filter((m) => m.span.start < end).map((m) => m.span.start));
    return { kept: after, takenBack: { start, end, text: text.slice(start, end) } };
  }

  /**
   * A name read as a small place (a hamlet) far from every known place of a like name ("Frölunda"
   * for a hamlet 300 km from Västra Frölunda) is offered as a suggestion beside those places
   * instead of being taken as the answer; so is a misspelling that reads only as a small place
   * ("Ljura" is not the hamlet Djura: more likely a part of town we do not know).
   */
  private unlessFarSmall(
    match: PlaceMatch,
    { loose, typo }: { loose: boolean; typo: boolean },
    suggest: boolean,
  ): PlaceResolution {
    const found: PlaceResolution = { status: 'found', match };
    const code = match.municipalityCode;
    const seat = this.gazetteer.municipalities.find((m) => m.code === code)?.seat;
    const facts = { ...match, municipality: { name: match.municipality, code, seat } };
    if (!match.span || !isSmall(facts, this.gazetteer)) return found;
    const self: PlaceSuggestion = {
      name: match.name,
      municipality: match.municipality,
      kind: 'locality',
    };
    const written = nameKey(match.span.text);
    const key = isCyrillic(written) ? this.latinOf(written, true) : written;
    // Only a place spelt at least as like what was written counts against the match ("Norberg"
    // does not outweigh "Norsborg" for "Nosborg"; a letter without its dots is an edit here), and
    // none in the match's own municipality (Malung-Sälen is where Sälen lies).
    const asTyped = isCyrillic(written) ? key : match.span.text.toLowerCase();
    const own = editDistance(asTyped, match.name.toLowerCase(), 3);
    const known = this.likeNamed(key, loose)
      .filter(({ entry: e, edits }) => edits <= own && e.municipality.code !== code)
      .map(({ entry }) => entry)
      .filter((e) => !isSmall(e, this.gazetteer) && e.name !== match.name);
    if (known.some((e) => distanceKm(e.point, match.point) <= FAR_KM)) return found;
    // A misspelling that reads only as a place known to be small, with no known place of a like
    // name near it, is a suggestion; the data lacks the size of many suburbs (Norsborg).
    const weakTypo = typo && match.population !== null;
    if (known.length === 0 && !weakTypo) return found;
    const suggestions: PlaceSuggestion[] = known
      .slice(0, MAX_SUGGESTIONS - 1)
      .map((e) => ({ name: e.name, municipality: e.municipality.name, kind: e.kind }));
    suggestions.push(self);
    return { status: 'notFound', reason: 'unknownName', suggestions: suggest ? suggestions : [] };
  }

  /**
   * Places whose name holds `key` as a word ("Västra Frölunda" for "frolunda", not the union
   * "Husby och Tuna"), and for a loose reading also those within two edits of it.
   */
  private likeNamed(key: string, loose: boolean): { entry: PlaceEntry; edits: number }[] {
    const out = new Map<number, number>();
    const add = (hits: readonly IndexHit[], edits: number): void => {
      for (const h of hits) out.set(h.id, Math.min(edits, out.get(h.id) ?? edits));
    };
    if (loose)
      for (const [k, hits] of this.keysStartingLike(key)) {
        if (k !== key && Math.abs(k.length - key.length) <= 2) {
          const edits = editDistance(key, k, 2);
          if (edits <= 2) add(hits, edits);
        }
      }
    for (const [k, hits] of this.keysWithWordOf(key)) {
      if (k !== key && ` ${k} `.includes(` ${key} `) && !/ och |,/u.test(` ${k} `)) add(hits, 0);
    }
    const entries = this.unique([...out.keys()].map((id) => ({ id, alias: false })));
    return rank(entries, this.network, this.gazetteer).map((entry) => ({
      entry,
      edits: out.get(entry.id) ?? 0,
    }));
  }

  /**
   * A match of kind `coordinates` from a shared location (Web Chat location event value, a
   * Place/GeoCoordinates entity as a plain object, `{lat, lon}`, or "57.72, 12.01"). The name,
   * municipality and county are those of the nearest known place; `distanceKm` says how near.
   */
  fromSharedLocation(value: unknown): PlaceResolution {
    const point = parseSharedLocation(value);
    if (!point) return { status: 'notFound', reason: 'noPlace', suggestions: [] };
    return this.coordinates(point);
  }

  private coordinates(point: GeoPoint, span?: TextSpan): PlaceResolution {
    const inside =
      point.lat >= SWEDEN.minLat &&
      point.lat <= SWEDEN.maxLat &&
      point.lon >= SWEDEN.minLon &&
      point.lon <= SWEDEN.maxLon;
    const near = inside ? this.gazetteer.nearest(point) : null;
    if (!near) return { status: 'notFound', reason: 'outsideSweden', suggestions: [] };
    const m = near.entry.municipality;
    const match: PlaceMatch = {
      kind: 'coordinates',
      name: near.entry.name,
      municipality: m.name,
      municipalityCode: m.code,
      county: m.county,
      point,
      geoPrecision: 'point',
      confidence: 1,
      population: near.entry.population,
      distanceKm: Math.round(near.km * 10) / 10,
    };
    if (span) match.span = span;
    return { status: 'found', match };
  }

  /** True when a token other than the postal codes could be a name (used to keep searching). */
  private hasNames(tokens: readonly Token[], postal: readonly { span: TextSpan }[]): boolean {
    return tokens.some(
      (t) =>
        t.script !== 'digits' &&
        t.capitalized &&
        !postal.some((p) => t.start >= p.span.start && t.end <= p.span.end),
    );
  }

  private findNames(text: string, tokens: readonly Token[], lang: Lang): Mention[] {
    const mentions: Mention[] = [];
    // Words that say something: fillers aside ("um, Kista" is Kista alone).
    const content = tokens.filter(
      (t) => t.script !== 'digits' && !this.isPreposition(t, lang) && !this.fillers.has(t.key),
    );
    const person = this.personNames(text, tokens, lang);
    // No capital anywhere (a recogniser's words, quick typing): case says nothing.
    const caseless = !tokens.some((t) => t.capitalized);
    for (let i = 0; i < tokens.length;) {
      const start = tokens[i];
      if (!start || start.script === 'digits') {
        i++;
        continue;
      }
      let found = false;
      for (let n = Math.min(this.gazetteer.maxTokens, tokens.length - i); n >= 1 && !found; n--) {
        const window = tokens.slice(i, i + n);
        if (window.some((t) => t.script === 'digits')) continue;
        if (person.size > 0 && window.some((_, k) => person.has(i + k))) continue;
        // "i våras", "in sunday", "в неділю": a time, however like a name it reads (though a
        // name heard apart may hold one: "sunday berg").
        if (n === 1 && this.timeWords.has(start.key)) continue;
        // One name is not read across a comma or a sentence's end ("Anna, Lund" is no Annelund).
        if (n > 1 && BREAK.test(text.slice(start.end, window[n - 1]?.start ?? start.end))) continue;
        const before = tokens[i - 1];
        const latinUkrainian =
          lang === 'uk' && before !== undefined && this.latinUkPrepositions.has(before.key);
        const where = this.standing(text, tokens, i, n, content.length, lang, caseless);
        // A given name is a place only as written ("Я Ольга, живу в Лунді" has no Älgö in it).
        const given = n === 1 && this.givenNames.has(start.key);
        let hit = this.lookup(window, latinUkrainian, given ? NO_REACH : reachOf(where));
        let entries = hit ? this.unique(named(hit.hits, this.gazetteer.entries)) : [];
        const at = { i, n, entries, ...where };
        let confidence = hit ? this.contextConfidence(tokens, at, hit.style, lang) : null;
        // A name heard as words apart ("ja alltså skär holmen", "in uh moln lycka").
        if (confidence === null && n >= 2 && this.spokenApart(text, tokens, i, n, lang)) {
          hit = this.joinedLookup(window, lang, this.lastSaid(tokens, i + n, lang));
          entries = hit ? this.unique(named(hit.hits, this.gazetteer.entries)) : [];
          confidence = STYLE_QUALITY.joined;
        }
        if (!hit || confidence === null) continue;
        const last = window[window.length - 1] ?? start;
        const spanText = text.slice(start.start, last.end);
        mentions.push({
          span: { start: start.start, end: last.end, text: spanText },
          entries: preferSpelling(entries, spanText),
          confidence,
          loose: LOOSE_STYLES.has(hit.style),
          // A name found only by how it sounds is as weak as a misspelling.
          typo: hit.style === 'typo' || hit.style === 'typo2' || hit.style === 'sound',
          ...(hit.spelling === undefined ? {} : { spelling: hit.spelling }),
          ...(this.saidNear(tokens, i, lang) ? { landmark: true } : {}),
          ...(where.lead &&
          !where.alone &&
          !where.prep &&
          !where.capital &&
          LOOSE_STYLES.has(hit.style)
            ? { needsTown: true }
            : {}),
        });
        i += n;
        found = true;
      }
      if (!found) i++;
    }
    return mentions.filter(
      (m) =>
        !m.needsTown ||
        mentions.some(
          (o) =>
            o !== m &&
            o.span.start > m.span.start &&
            o.entries.some((e) => m.entries.some((x) => x.municipality === e.municipality)),
        ),
    );
  }

  /** True when the words at `i` follow "near", "close to", "недалеко від": a landmark. */
  private saidNear(tokens: readonly Token[], i: number, lang: Lang): boolean {
    const before = tokens[i - 1];
    if (before === undefined) return false;
    if (this.nearWords.has(before.key)) return true;
    return this.isPreposition(before, lang) && this.nearWords.has(tokens[i - 2]?.key ?? '');
  }

  /**
   * The tokens that are a person's name: a given name and the word right after it, written alike
   * ("Anna Lund", "Ольга Берг", "Nora Lund"; in lower case, "mark boden", only as the whole
   * answer), so a surname that is also a place is no place. Not a place's own name of two words
   * ("Karl Gustav"), nor a place named like a given name before its municipality ("Åsa,
   * Kungsbacka" has a comma; "Åsa Kungsbacka" is Åsa in Kungsbacka).
   */
  private personNames(text: string, tokens: readonly Token[], lang: Lang): Set<number> {
    const out = new Set<number>();
    if (this.givenNames.size === 0) return out;
    const words = tokens.filter((t) => !this.fillers.has(t.key) && t.script !== 'digits').length;
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (
        next === undefined ||
        !this.givenNames.has(t.key) ||
        next.script !== t.script ||
        next.capitalized !== t.capitalized ||
        (!t.capitalized && words > 2) ||
        this.isPreposition(tokens[i - 1], lang) ||
        /\S/u.test(text.slice(t.end, next.start))
      )
        return;
      if (this.gazetteer.latin.has(`${t.key} ${next.key}`)) return;
      const own = this.lookup([t], false, NO_REACH);
      const named = own ? this.municipalityFollows(tokens, i + 1, lang) : new Set<string>();
      if (own && this.unique(own.hits).some((e) => named.has(e.municipality.code))) return;
      out.add(i).add(i + 1);
    });
    return out;
  }

  /**
   * Looks a window of tokens up, from the strictest reading to the loosest. A Cyrillic hit carries
   * the person's spelling in its dictionary form when one can be known (our alias, or the word
   * itself when it matched uninflected).
   */
  private lookup(
    window: readonly Token[],
    latinUkrainian: boolean,
    reach: Reach = FULL_REACH,
  ): Lookup | null {
    const g = this.gazetteer;
    const cyr = window.every((t) => t.script === 'cyrillic');
    const latin = window.every((t) => t.script === 'latin');
    const key = window.map((t) => t.key).join(' ');
    const head = window.slice(0, -1).map((t) => t.key);
    const lastKey = window[window.length - 1]?.key ?? '';
    const styled = (hits: IndexHit[] | undefined, style: MatchStyle): Lookup | null =>
      hits && hits.length > 0
        ? { hits, style: style === 'exact' && hits.every((h) => h.alias) ? 'alias' : style }
        : null;
    const spelt = (found: Lookup | null, spelling: string | undefined): Lookup | null =>
      found && spelling !== undefined ? { ...found, spelling } : found;
    if (latin) {
      const exact = styled(g.latin.get(key), 'exact');
      if (exact) return exact;
      // Swedish genitive "-s"; in a Ukrainian conversation, Ukrainian cases typed in Latin letters.
      for (const stem of stems(lastKey, this.sv)) {
        const r = styled(g.latin.get([...head, stem.form].join(' ')), 'inflected');
        if (r) return r;
      }
      // Ukrainian typed in Latin letters after a Ukrainian preposition ("v Heteborzi"): a reading
      // of a name from another script, so only from stems that say something, least cut first.
      // Its letters are first put as Cyrillic is romanised ("Khuddinhe" is Huddinge).
      const typed =
        latinUkrainian && reach.loose && this.uk.latin
          ? ukrainianTyped(lastKey, this.uk.latin)
          : [];
      const fuzzy = typed
        .filter((s) => s.stem >= FUZZY_STEM)
        .sort((a, b) => a.cut - b.cut)
        .map((s) => [...head, s.form].join(' '));
      for (const v of fuzzy) {
        const r = styled(g.latin.get(v), 'translit');
        if (r) return r;
      }
      const respelled = key.replace(/aa/gu, 'a').replace(/ae/gu, 'a').replace(/oe/gu, 'o');
      if (respelled !== key) {
        const r = styled(g.latin.get(respelled), 'spelling');
        if (r) return r;
      }
      // Heard, as a name: a short key only from a word written with a capital ("v horodi" is
      // "in town", not Härryda).
      const named = window[0]?.capitalized === true;
      for (const v of fuzzy) {
        const r = this.bySound(v, named ? SOUND_LETTERS : SOUND_LETTERS_LOWER);
        if (r) return r;
      }
      // A misspelling is looked for behind a Ukrainian ending, never behind the Swedish "-s".
      for (const v of reach.loose ? [...fuzzy, key] : []) {
        const r = this.typo(v, reach.twoEdits);
        if (r) return r;
      }
      return null;
    }
    if (cyr) {
      const written = window.map((t) => t.raw).join(' ');
      const exact = styled(this.namesakes(g.cyrillic.get(key)), 'exact');
      if (exact) return spelt(exact, g.spellingOf(key) ?? written);
      // The least taken off the word first: "Арльові" is Арльов + і before Арль(я) + ові.
      const inflections = stems(lastKey, this.uk).sort((a, b) => a.cut - b.cut);
      const variants = inflections.map((s) => [...head, s.form].join(' '));
      for (const v of variants) {
        const r = styled(this.namesakes(g.cyrillic.get(v)), 'inflected');
        if (r) return spelt(r, g.spellingOf(v));
      }
      if (!reach.loose) return null;
      const direct = styled(g.latin.get(this.latinOf(key, true)), 'translit');
      if (direct) return spelt(direct, written);
      for (const v of variants) {
        const r = styled(g.latin.get(this.latinOf(v, true)), 'translit');
        if (r) return r;
      }
      // Case endings are undone before a typo is looked for (the ending is not the typo), but
      // only from stems long enough to say something: "Луні" is not a misspelt Lund.
      const fuzzy = variants.filter((_, i) => (inflections[i]?.stem ?? 0) >= FUZZY_STEM);
      // Written as heard or letter by letter: "Шерхольмен", "Ербю", "Хесселбю Горд".
      const plain = [key, ...variants].some((v) => this.fillers.has(v) || this.commonWords.has(v));
      // A short stem is heard only in a name written as one ("в Наці" is Nacka, "на морі" no Mora).
      const named = window[0]?.capitalized === true;
      const heard = variants.filter((_, i) => (inflections[i]?.stem ?? 0) >= SHORT_STEM);
      for (const v of plain ? [] : [key, ...(named ? heard : fuzzy)]) {
        const r = this.bySound(this.latinOf(v, true), named ? SOUND_LETTERS : SOUND_LETTERS_LOWER);
        if (r) return r;
      }
      for (const v of [...fuzzy, key]) {
        const r = this.typo(this.latinOf(v, false), reach.twoEdits);
        if (!r) continue;
        // A name one letter off may as well be one heard with other vowels ("в ваксйо" is
        // Växjö by sound, Viksjö by one letter): both are read, and the likelier wins.
        const heardAs = plain ? null : this.bySound(this.latinOf(v, true), SOUND_LETTERS);
        return heardAs ? { hits: [...r.hits, ...heardAs.hits], style: r.style } : r;
      }
      return null;
    }
    return null;
  }

  /** The places whose name sounds like `latin` (a romanised Cyrillic or Ukrainian-typed word). */
  private bySound(latin: string, letters = SOUND_LETTERS): Lookup | null {
    const sound = soundKeyOfRomanized(latin);
    if (sound.length < letters) return null;
    const hits = this.gazetteer.sounds.get(sound);
    return hits && hits.length > 0 ? { hits, style: 'sound' } : null;
  }

  /**
   * The places a Cyrillic spelling names, with every other place of the same Swedish name: "Хага"
   * is written for Göteborg's Haga, and is as much Umeå's ("в Хазі, Умео").
   */
  private namesakes(hits: IndexHit[] | undefined): IndexHit[] | undefined {
    if (hits === undefined) return undefined;
    const out = [...hits];
    for (const e of this.unique(hits))
      for (const h of this.gazetteer.latin.get(nameKey(e.name)) ?? [])
        if (
          !h.alias &&
          this.gazetteer.entries[h.id]?.name === e.name &&
          !out.some((o) => o.id === h.id)
        )
          out.push(h);
    return out;
  }

  /**
   * True when the words at `i..i+n` may be one name heard apart: of one script, long enough together,
   * and standing as the answer itself, with only fillers around them ("ja asså rosen gård"), or
   * after a place preposition ("i holm sund", "in uh moln lycka"), or before a municipality.
   */
  private spokenApart(
    text: string,
    tokens: readonly Token[],
    i: number,
    n: number,
    lang: Lang,
  ): boolean {
    const window = tokens.slice(i, i + n);
    // Heard apart means spaces between: "Anna, Lund" is two words, not Annelund.
    if (window.some((t, k) => k > 0 && /\S/u.test(text.slice(window[k - 1]?.end ?? 0, t.start))))
      return false;
    const edge = (t: Token | undefined): boolean =>
      t === undefined || this.fillers.has(t.key) || this.isPreposition(t, lang);
    // A name may end in a word that is also a preposition when it is a part of names ("rinke by").
    const last = window[n - 1];
    const lastPart = last !== undefined && this.commonWords.has(last.key);
    // A name heard apart may end in what sounds like a filler ("vall en tuna yeah"): then its
    // sound decides, as the last thing said.
    const lastFiller = n > 2 && last !== undefined && this.fillers.has(last.key);
    // The first word may be another language's preposition ("soder hamn" in English).
    const head = window[0];
    const opens =
      head !== undefined &&
      !this.fillers.has(head.key) &&
      !this.ownPrepositions[lang].has(head.key);
    const script = head?.script;
    if (
      script === 'digits' ||
      !window.every((t) => t.script === script) ||
      !opens ||
      (edge(last) && !lastPart && !lastFiller)
    )
      return false;
    if (window.reduce((sum, t) => sum + t.key.length, 0) < JOINED_LETTERS) return false;
    let b = i - 1;
    while (b >= 0 && this.fillers.has(tokens[b]?.key ?? '')) b--;
    if (b >= 0) return this.isPreposition(tokens[b], lang);
    let a = i + n;
    while (a < tokens.length && this.fillers.has(tokens[a]?.key ?? '')) a++;
    return a >= tokens.length || this.municipalityFollows(tokens, a, lang).size > 0;
  }

  /**
   * What follows the words before `at`, fillers aside: nothing (`end`), the municipality
   * (`town`), or more words.
   */
  private lastSaid(tokens: readonly Token[], at: number, lang: Lang): 'end' | 'town' | 'more' {
    let a = at;
    while (a < tokens.length && this.fillers.has(tokens[a]?.key ?? '')) a++;
    if (a >= tokens.length) return 'end';
    return this.municipalityFollows(tokens, a, lang).size > 0 ? 'town' : 'more';
  }

  /**
   * The words of a window read as one name, as written or one edit from it; not as a misspelling
   * when its last word names a municipality ("Hulta Borås" is Hulta in Borås, not Hultafors).
   * By sound only as the last thing said, before its municipality, or when the first word alone
   * names a place: then the whole name beats the part ("brunn flow" is Brunflo, not Brunn).
   */
  private joinedLookup(
    window: readonly Token[],
    lang: Lang,
    said: 'end' | 'town' | 'more',
  ): Lookup | null {
    const [head] = window;
    // A town first is the town, and what follows may be its part ("мальме хольма").
    // Looked up only where it decides: with more said after the words.
    const part =
      said === 'more' && head !== undefined ? this.lookup([head], false, NO_REACH) : null;
    const partial = part !== null && townCodes(this.unique(part.hits)).length === 0;
    const last = partial ? 'town' : said;
    const joined = window.map((t) => t.key).join('');
    // Written as heard in Cyrillic ("ми в бот чюрка", "у хаммар куллені"): read as one word is.
    if (head?.script === 'cyrillic') {
      if (last === 'more') return null;
      const word: Token = { ...head, raw: joined, key: joined, capitalized: false };
      const hit = this.lookup([word], false, { loose: true, twoEdits: false });
      return hit ? { hits: hit.hits, style: 'joined' } : null;
    }
    const exact = this.gazetteer.latin.get(joined);
    if (exact && exact.length > 0) return { hits: exact, style: 'joined' };
    if (this.municipalityFollows(window, window.length - 1, lang).size > 0) return null;
    const typo = this.typo(joined, false);
    if (typo?.style === 'typo') return { hits: typo.hits, style: 'joined' };
    // Heard with other vowels than written ("vall ing bee" for Vällingby): only as the last thing
    // said and long, or before its municipality ("gran bee in uppsala"); "to get one" is no
    // Götene, "in our garden with a gun" no Djurgården.
    // An h or w after a vowel at the end of a word is not heard ("vall en toonah" is Vallentuna,
    // "brunn flow" Brunflo); an English ear writes a last -a as "-er" ("got sunder") and -borg
    // as "-bore" or "-burg".
    if (last === 'more') return null;
    const heardAs = window.map((t) => t.key.replace(/(?<=[aeiouy])[hw]$/u, '')).join('');
    const englishEar = new Set([
      heardAs,
      heardAs.replace(/(?<=[^aeiouy])er$/u, 'a'),
      heardAs.replace(/b(?:ou?re?|urgh?)$/u, 'borg'),
    ]);
    for (const key of [...englishEar].flatMap((h) => joinedSoundKeys(h))) {
      const heard = last === 'town' || key.length >= JOINED_SOUND_LETTERS;
      const hits = heard ? this.gazetteer.joinedSounds.get(key) : undefined;
      if (hits && hits.length > 0) return { hits, style: 'joined' };
    }
    return null;
  }

  /**
   * Names one edit away (insert, delete, substitute, swap), for words of five letters or more;
   * when none is, names two edits away for words of eight letters or more ("Bunkeflostad").
   */
  private typo(key: string, twoEdits: boolean): Lookup | null {
    const letters = key.replace(/ /gu, '').length;
    if (
      letters < 5 ||
      this.commonWords.has(key) ||
      this.fillers.has(key) ||
      this.plainWords.has(key)
    )
      return null;
    const memo = twoEdits ? key : `1|${key}`;
    let found = this.typos.get(memo);
    if (found === undefined) {
      const one = this.oneEditAway(key);
      const two =
        one === undefined && twoEdits && letters >= TWO_EDITS_LETTERS
          ? this.twoEditsAway(key)
          : null;
      found = one ? { hits: one, style: 'typo' } : two ? { hits: two, style: 'typo2' } : null;
      // Bounded: a flood of made-up words cannot grow it without end.
      if (this.typos.size >= TYPO_MEMO_SIZE) this.typos.clear();
      this.typos.set(memo, found);
    }
    return found;
  }

  /** A Cyrillic key in Latin letters, folded first or not; remembered like typo lookups. */
  private latinOf(cyrillic: string, folded: boolean): string {
    const memo = this.latin[folded ? 'true' : 'false'];
    let out = memo.get(cyrillic);
    if (out === undefined) {
      out = romanizeName(folded ? foldCyrillicName(cyrillic) : cyrillic);
      if (memo.size >= TYPO_MEMO_SIZE) memo.clear();
      memo.set(cyrillic, out);
    }
    return out;
  }

  /**
   * The place the names one edit from `key` point at: the only one, or of several the clearly
   * likelier (a part of a big town before a village elsewhere, or twice the people); null when
   * they are tied (then they are offered as suggestions); undefined when there is none.
   */
  private oneEditAway(key: string): IndexHit[] | null | undefined {
    const g = this.gazetteer;
    const keys = new Set<string>(g.deletions.get(key) ?? []);
    for (const d of deletionsOf(key)) {
      if (g.latin.has(d)) keys.add(d);
      for (const k of g.deletions.get(d) ?? []) keys.add(k);
    }
    const close = [...keys].filter((k) => editDistance(key, k, 1) <= 1);
    return close.length === 0 ? undefined : this.likelierOf(close);
  }

  /**
   * The place names two edits from `key` point at, when one is clearly likelier (as above); they
   * start with the same letter, as nearly every misspelling does.
   */
  private twoEditsAway(key: string): IndexHit[] | null {
    const close = this.keysStartingLike(key)
      .filter(([k]) => Math.abs(k.length - key.length) <= 2 && editDistance(key, k, 2) <= 2)
      .map(([k]) => k);
    return close.length === 0 ? null : this.likelierOf(close);
  }

  /** Of names that point at different places, the hits of the clearly likelier one, else null. */
  private likelierOf(keys: readonly string[]): IndexHit[] | null {
    const best = keys.map((k) => {
      const hits = this.gazetteer.latin.get(k) ?? [];
      const [top] = rank(this.unique(hits), this.network, this.gazetteer);
      return { hits, top };
    });
    const ranked = best
      .filter((b): b is { hits: IndexHit[]; top: PlaceEntry } => b.top !== undefined)
      .sort((a, b) => compareLikely(a.top, b.top, this.network, this.gazetteer));
    const [first, second] = ranked;
    if (!first || !second || first.top.id === second.top.id) return first ? first.hits : null;
    return clearlyLikelier(first.top, second.top, this.gazetteer) ? first.hits : null;
  }

  /**
   * A place preposition ("i", "in", "біля"); in English "i" is the pronoun however written ("i
   * moved to Tumba" has no Mohed in it).
   */
  private isPreposition(token: Token | undefined, lang: Lang): boolean {
    if (!token || !this.prepositions.has(token.key)) return false;
    return !(lang === 'en' && token.key === 'i');
  }

  /**
   * How sure a match is, given where it stands: alone in the message, after a place preposition
   * ("i", "near", "біля"), written with a capital, or just somewhere in a sentence. Returns null
   * when the words are more likely ordinary words than a place (a matter, not a village).
   */
  private contextConfidence(
    tokens: readonly Token[],
    { i, n, entries, prep, alone, capital, led, lead, caseless }: WindowAt,
    style: MatchStyle,
    lang: Lang,
  ): number | null {
    const window = tokens.slice(i, i + n);
    const first = window[0];
    if (!first) return null;
    const diacritics = window.some((t) => t.script === 'latin' && /[^\p{ASCII}]/u.test(t.raw));
    const key = window.map((t) => t.key).join(' ');
    const common = this.commonWords.has(key) || window.every((t) => this.commonWords.has(t.key));
    // "Alby Botkyrka", "Ryd i Linköping": a name followed by the municipality it lies in. An
    // ordinary word counts only when written as a name and a place of that name lies in the
    // municipality named ("Ryd i Linköping", not "Bor i Skellefteå"). Looked up only when nothing else has already decided.
    const qualified = (): boolean => {
      const named = this.municipalityFollows(tokens, i + n, lang);
      if (!common) return named.size > 0;
      return first.capitalized && entries.some((e) => named.has(e.municipality.code));
    };
    // Without capitals, a town's own name after a preposition is the town ("hon bor i sala").
    const town =
      caseless &&
      prep &&
      entries.some((e) => e.kind === 'locality' && e.name === e.municipality.name);
    if (
      common &&
      !(
        alone ||
        (prep && (capital || diacritics || town)) ||
        (capital && diacritics && i > 0) ||
        qualified()
      )
    )
      return null;
    const loose = style === 'typo' || style === 'translit' || style === 'sound';
    // A loose reading of an everyday word is never a place ("в місті" is "in town", not Kista).
    if ((loose || style === 'typo2') && (led || common)) return null;
    // A name first in the sentence counts when the municipality it lies in follows ("Еріксберг у
    // Гетеборзі"); "Марія Лунд" is a person, not a place that sounds like Maria in Lund.
    const inNamed = (): boolean => {
      const named = this.municipalityFollows(tokens, i + n, lang);
      return entries.some((e) => named.has(e.municipality.code));
    };
    if (loose && !(alone || prep || capital || lead || inNamed())) return null;
    // Two edits from a name is a place only as the answer itself or after a preposition.
    if (style === 'typo2' && !(alone || prep)) return null;
    // A misspelt Cyrillic word is a place only when written as a name ("з банком" is a bank).
    const typo = style === 'typo' || style === 'typo2';
    if (typo && first.script === 'cyrillic' && !(alone || first.capitalized)) return null;
    const named = alone || prep || capital || qualified();
    if (!named && window.length === 1 && first.key.length < 5) return null;
    const context = alone ? 1 : prep ? 0.97 : named ? 0.9 : 0.8;
    const confidence = Math.round(STYLE_QUALITY[style] * context * 100) / 100;
    return confidence >= MIN_CONFIDENCE ? confidence : null;
  }

  /**
   * Where the words at `i..i+n` stand: after a place preposition, as the whole answer, or written
   * with a capital inside a sentence (a first word's capital says nothing).
   */
  private standing(
    text: string,
    tokens: readonly Token[],
    i: number,
    n: number,
    contentCount: number,
    lang: Lang,
    caseless: boolean,
  ): Standing {
    const first = tokens[i];
    const last = tokens[i + n - 1];
    // After a place preposition, or before a word that says what kind of place ("Åre village").
    const prep =
      this.isPreposition(tokens[i - 1], lang) || this.placeNouns.has(tokens[i + n]?.key ?? '');
    let words = 0;
    for (let k = i; k < i + n; k++) if (!this.isPreposition(tokens[k], lang)) words++;
    const alone = contentCount <= words;
    // A sentence's first word has its capital anyway ("... zrobyt. Куди йти?" names no Kode),
    // unless the words are the whole sentence ("Дякую. Шиста.").
    const named = first !== undefined && first.capitalized;
    const opens =
      named && (i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1]?.end ?? 0, first.start)));
    const next = tokens[i + n];
    const whole =
      opens && (next === undefined || SENTENCE_END.test(text.slice(last?.end ?? 0, next.start)));
    const capital = named && (!opens || alone || (i > 0 && whole));
    const initial = opens;
    const led = n > 1 && this.isPreposition(first, lang);
    let b = i - 1;
    while (b >= 0 && this.fillers.has(tokens[b]?.key ?? '')) b--;
    const lead =
      b < 0 && this.isPreposition(tokens[i + n], lang) && tokens[i + n + 1] !== undefined;
    return { prep, alone, capital, initial, led, lead, caseless };
  }

  /**
   * The codes of the municipality named exactly by the word at `at` (after a preposition, if one
   * stands there): empty when it names none.
   */
  private municipalityFollows(tokens: readonly Token[], at: number, lang: Lang): Set<string> {
    const next = tokens[at];
    const word = next !== undefined && this.isPreposition(next, lang) ? tokens[at + 1] : next;
    if (word === undefined || word.script === 'digits') return new Set();
    const hit = this.lookup([word], false, NO_REACH);
    if (
      hit === null ||
      !(hit.style === 'exact' || hit.style === 'alias' || hit.style === 'inflected')
    )
      return new Set();
    return new Set(
      this.unique(hit.hits)
        .filter((e) => e.kind === 'municipality' || e.name === e.municipality.name)
        .map((e) => e.municipality.code),
    );
  }

  private unique(hits: readonly IndexHit[]): PlaceEntry[] {
    const seen = new Set<number>();
    const out: PlaceEntry[] = [];
    for (const h of hits) {
      const e = this.gazetteer.entries[h.id];
      if (e && !seen.has(h.id)) {
        seen.add(h.id);
        out.push(e);
      }
    }
    return out;
  }

  /**
   * Picks the place from all mentions: qualifies shared names by other mentions ("Ekeby,
   * Uppsala"), takes the likeliest of the rest, then the finest.
   */
  private decide(mentions: Mention[], text: string, lang: Lang): PlaceResolution {
    const munis = (m: Mention): Set<string> =>
      new Set(
        m.postalTown !== undefined
          ? [this.gazetteer.postalTowns[m.postalTown]?.municipality.code ?? '']
          : m.entries.map((e) => e.municipality.code),
      );
    for (const m of mentions) {
      if (m.entries.length < 2) continue;
      // A mention of one municipality qualifies ("Ryd i Linköping": town and municipality agree).
      // A town's own name qualifies though a hamlet elsewhere shares it ("Borlänge" in Säter).
      const others = mentions.filter(
        (o) =>
          o !== m &&
          (o.postalTown !== undefined ||
            (o.entries.length > 0 && munis(o).size === 1) ||
            townCodes(o.entries).length === 1),
      );
      const qualifier = new Set(
        others.flatMap((o) => {
          const town = townCodes(o.entries);
          return town.length === 1 ? town : [...munis(o)];
        }),
      );
      const narrowed = m.entries.filter((e) => qualifier.has(e.municipality.code));
      if (narrowed.length > 0) m.entries = narrowed;
    }
    const named = mentions.filter((m) => m.postalTown !== undefined || m.entries.length > 0);
    // What the person is near counts only when nothing else is said ("Jordbro, close to Handen"),
    // or when it is a part of the town they say ("в Сольні, біля Русунди" is finer than Solna).
    const here = named.filter((m) => m.landmark !== true);
    const towns = new Set(
      here.filter((m) => this.namesTown(m)).flatMap((m) => townCodes(m.entries)),
    );
    const part = (m: Mention): boolean =>
      m.entries.some((e) => towns.has(e.municipality.code) && townCodes([e]).length === 0);
    const single = here.length > 0 ? named.filter((m) => m.landmark !== true || part(m)) : named;
    const matches = single.map((m) => this.toMatch(m));
    const codes = new Set(matches.map((m) => m.municipalityCode));
    // The finest place wins; between two of one rank, the smaller one (Kista before Stockholm), a
    // part before the town itself ("Bollmora, Tyresö"); between two alike, the one said last,
    // which narrows ("på Hisingen, i Tuve").
    matches.sort(
      (a, b) =>
        (PRECISION_RANK[b.kind] ?? 0) - (PRECISION_RANK[a.kind] ?? 0) ||
        (a.population ?? 0) - (b.population ?? 0) ||
        Number(a.name === a.municipality) - Number(b.name === b.municipality) ||
        b.confidence - a.confidence ||
        (b.span?.start ?? 0) - (a.span?.start ?? 0),
    );
    const top = matches[0];
    if (!top) return { status: 'notFound', reason: 'noPlace', suggestions: [] };
    // Other mentions in the same municipality confirm the place ("Kista, Stockholm").
    const best = { ...top, confidence: Math.max(...matches.map((m) => m.confidence)) };
    if (codes.size > 1) {
      // Places in different municipalities: the first one named is usually where the person is,
      // unless the municipality said right after it has no place of that name ("Sätra, Gävle",
      // "Norrby in Borås"): then the name is a part of that town we do not know.
      const ordered = [...single].sort((a, b) => a.span.start - b.span.start);
      const [head, next] = ordered;
      const town =
        head !== undefined &&
        next !== undefined &&
        this.namesTown(next) &&
        this.onlyPrepositionsBetween(text, head.span, next.span, lang) &&
        !head.entries.some((e) => e.municipality.code === next.entries[0]?.municipality.code);
      const chosen = town ? next : head;
      const first = chosen ? this.toMatch(chosen) : best;
      return {
        status: 'found',
        match: { ...first, confidence: Math.round(first.confidence * 0.8 * 100) / 100 },
      };
    }
    // The names that agree are read together: "Alvik i Luleå" is one place, said in full.
    const spans = matches.flatMap((m) => (m.span ? [m.span] : []));
    if (spans.length > 1) {
      const start = Math.min(...spans.map((sp) => sp.start));
      const end = Math.max(...spans.map((sp) => sp.end));
      best.span = { start, end, text: text.slice(start, end) };
    }
    return { status: 'found', match: best };
  }

  /** True when a mention names a municipality or its main town, and nothing else. */
  private namesTown(m: Mention): boolean {
    const codes = new Set(m.entries.map((e) => e.municipality.code));
    return (
      m.postalTown === undefined &&
      codes.size === 1 &&
      m.entries.every((e) => e.kind === 'municipality' || e.name === e.municipality.name)
    );
  }

  /** True when only punctuation and place prepositions stand between two spans ("Sätra, Gävle"). */
  private onlyPrepositionsBetween(text: string, a: TextSpan, b: TextSpan, lang: Lang): boolean {
    return tokenize(text.slice(a.end, b.start)).every((t) => this.isPreposition(t, lang));
  }

  /**
   * The place a name most likely means, and the others when that is in doubt: one far larger
   * than the rest settles it (Lund the city, not the hamlets); else the likeliest by rank.
   */
  private likely(entries: readonly PlaceEntry[]): { place: PlaceEntry; others: PlaceEntry[] } {
    const [top, ...rest] = rank(entries, this.network, this.gazetteer);
    if (!top) throw new Error('a mention without places');
    const next = rest[0];
    const dominant =
      next === undefined ||
      (top.population !== null &&
        top.population >= DOMINANCE * Math.max(0, rankSize(next, this.gazetteer)) &&
        top.population >= 5000);
    return { place: top, others: dominant ? [] : rest };
  }

  private toMatch(m: Mention): PlaceMatch {
    if (m.postalTown !== undefined) {
      const town = this.gazetteer.postalTowns[m.postalTown];
      if (!town) throw new Error('postal town index out of range');
      const district = (
        this.gazetteer.latin.get(
          tokenize(town.name)
            .map((t) => t.key)
            .join(' '),
        ) ?? []
      )
        .map((h) => this.gazetteer.entries[h.id])
        .find((e) => e?.kind === 'district' && e.municipality === town.municipality);
      // A postal town named after a district (Angered, Spånga) stands at the district's published
      // point: the postal data gives one rough point for all its codes. Our estimates do not move it.
      const point = district !== undefined && !district.estimated ? district.point : town.point;
      const match: PlaceMatch = {
        kind: 'postalCode',
        name: town.name,
        municipality: town.municipality.name,
        municipalityCode: town.municipality.code,
        county: town.municipality.county,
        point,
        geoPrecision: district ? 'district' : 'locality',
        confidence: m.confidence,
        span: m.span,
        population: null,
      };
      if (m.postalCode) match.postalCode = m.postalCode;
      return match;
    }
    const single = m.entries.length === 1;
    const { place: e, others } = this.likely(m.entries);
    const sure = single ? 1 : others.length === 0 ? 0.95 : PICKED;
    const match: PlaceMatch = {
      kind: e.kind,
      name: e.name,
      municipality: e.municipality.name,
      municipalityCode: e.municipality.code,
      county: e.municipality.county,
      point: e.point,
      geoPrecision: e.kind,
      confidence: Math.round(m.confidence * sure * 100) / 100,
      span: m.span,
      population: e.population,
    };
    if (m.spelling !== undefined) match.spelling = m.spelling;
    if (others.length > 0) match.others = others.map(candidate);
    return match;
  }

  /** Nothing matched: a place-like word we do not know gets close suggestions. */
  private notFound(tokens: readonly Token[], lang: Lang, suggest: boolean): PlaceResolution {
    const words = tokens.filter((t) => t.script !== 'digits' && !this.isPreposition(t, lang));
    const placeLike = words.filter((t, idx) => {
      const i = tokens.indexOf(t);
      const before = tokens[i - 1];
      return (
        words.length === 1 ||
        (before !== undefined && this.isPreposition(before, lang) && (t.capitalized || idx > 0))
      );
    });
    const unknown = placeLike.filter(
      (t) => t.key.length >= 4 && !this.commonWords.has(t.key) && !this.timeWords.has(t.key),
    );
    if (unknown.length === 0 || words.length > 6)
      return { status: 'notFound', reason: 'noPlace', suggestions: [] };
    const afterPreposition = unknown.some((t) =>
      this.isPreposition(tokens[tokens.indexOf(t) - 1], lang),
    );
    const suggestions: PlaceSuggestion[] = [];
    if (suggest) {
      for (const t of unknown) {
        const key = t.script === 'cyrillic' ? romanizeName(t.key) : t.key;
        suggestions.push(...this.suggest(key));
      }
    }
    if (suggestions.length === 0 && !afterPreposition)
      return { status: 'notFound', reason: 'noPlace', suggestions: [] };
    return {
      status: 'notFound',
      reason: 'unknownName',
      suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
    };
  }

  /**
   * The gazetteer's Latin keys that may hold `key` as words: those holding its first word (in the
   * gazetteer's order), or all keys when `key` is not plain words apart. Looking them up by word
   * instead of scanning every key took "börja om" from 2.6 ms a turn to a fraction of one.
   */
  private keysWithWordOf(key: string): Iterable<[string, IndexHit[]]> {
    const [first = '', ...rest] = key.split(' ');
    if (first === '' || rest.includes('')) return this.gazetteer.latin;
    if (this.byWord === undefined) {
      this.byWord = new Map();
      for (const entry of this.gazetteer.latin) {
        for (const word of new Set(entry[0].split(' '))) {
          const list = this.byWord.get(word) ?? [];
          list.push(entry);
          this.byWord.set(word, list);
        }
      }
    }
    return this.byWord.get(first) ?? [];
  }

  /** The gazetteer's Latin keys that start with the same letter as `key`. */
  private keysStartingLike(key: string): [string, IndexHit[]][] {
    if (this.byInitial === undefined) {
      this.byInitial = new Map();
      for (const entry of this.gazetteer.latin) {
        const initial = entry[0].charAt(0);
        const list = this.byInitial.get(initial) ?? [];
        list.push(entry);
        this.byInitial.set(initial, list);
      }
    }
    return this.byInitial.get(key.charAt(0)) ?? [];
  }

  private suggest(key: string): PlaceSuggestion[] {
    if (key.length < 3) return [];
    let found = this.suggestions.get(key);
    if (found === undefined) {
      found = this.closeNames(key);
      if (this.suggestions.size >= TYPO_MEMO_SIZE) this.suggestions.clear();
      this.suggestions.set(key, found);
    }
    return found;
  }

  /** Names up to two edits from `key`, closest and largest first. */
  private closeNames(key: string): PlaceSuggestion[] {
    const scored: { e: PlaceEntry; d: number }[] = [];
    for (const [k, hits] of this.keysStartingLike(key)) {
      if (Math.abs(k.length - key.length) > 2) continue;
      const d = editDistance(key, k, 2);
      if (d <= 2)
        for (const h of hits) {
          const e = this.gazetteer.entries[h.id];
          if (e) scored.push({ e, d });
        }
    }
    scored.sort((a, b) => a.d - b.d || (b.e.population ?? 0) - (a.e.population ?? 0));
    const seen = new Set<number>();
    return scored
      .filter(({ e }) => (seen.has(e.id) ? false : (seen.add(e.id), true)))
      .map(({ e }) => ({ name: e.name, municipality: e.municipality.name, kind: e.kind }));
  }
}

/** The municipalities of which the places are the municipality itself or its main town. */
function townCodes(entries: readonly PlaceEntry[]): string[] {
  return [
    ...new Set(
      entries
        .filter((e) => e.kind === 'municipality' || e.name === e.municipality.name)
        .map((e) => e.municipality.code),
    ),
  ];
}

/** A place of a municipality with its one-word Latin keys and sound keys, for {@link PlaceResolver.withinTown}. */
interface TownPlace {
  entry: PlaceEntry;
  keys: string[];
  sounds: string[];
}

/** One reading of an inflected word: the form to look up, the letters cut off, the stem's length. */
interface Inflection {
  form: string;
  cut: number;
  stem: number;
}

/**
 * Readings of a Ukrainian word typed in Latin letters: as typed and with its letters put as
 * Cyrillic is romanised ({@link fromUkrainianLatin}), each with and without a case ending.
 */
function ukrainianTyped(word: string, res: InflectionRules): Inflection[] {
  const respelt = fromUkrainianLatin(word);
  if (respelt === word) return stems(word, res);
  return [
    { form: respelt, cut: 0, stem: respelt.length },
    ...stems(word, res),
    ...stems(respelt, res),
  ];
}

/** Candidate readings of an inflected word: the word without a case ending, with alternations. */
function stems(word: string, res: InflectionRules): Inflection[] {
  const out: Inflection[] = [];
  for (const ending of res.caseEndings) {
    if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const forms = [stem];
    const lastChar = stem.slice(-1);
    const alt = res.alternations[lastChar];
    if (alt) forms.push(stem.slice(0, -1) + alt);
    for (const f of forms) {
      out.push({ form: f, cut: ending.length, stem: stem.length });
      for (const back of res.stemEndings)
        out.push({ form: f + back, cut: ending.length, stem: stem.length });
    }
  }
  return out;
}

/**
 * A city district or a municipality whose population the data lacks ranks as if it had this many
 * inhabitants: Sweden's stadsdelar are far larger than the hamlets that share their names (Husby).
 */
const UNKNOWN_DISTRICT_RANK = 5000;
/** A locality of unknown size with postal codes of its own (Floda in Lerum) ranks as this many. */
const POSTAL_TOWN_RANK = 2000;
/**
 * A municipality whose main town has this many people is a big town: a place of unknown size this
 * near its seat is a part of town (Skärholmen, Hisings Backa), not a hamlet.
 */
const BIG_TOWN = 90_000;
const TOWN_KM = 12;

/** The facts of a place that say how small it is. */
interface SizeFacts {
  kind: string;
  name: string;
  population: number | null;
  point: GeoPoint;
  municipality: { name: string; code: string; seat?: GeoPoint };
}

/**
 * A part of a town: a district, or a place of unknown size near the seat of a big town
 * (Skärholmen, Hisings Backa), where the data holds no population of its own.
 */
function isTownPart(e: SizeFacts, gazetteer: Gazetteer): boolean {
  if (e.kind === 'district') return true;
  const { seat, code } = e.municipality;
  return (
    e.kind === 'locality' &&
    e.population === null &&
    seat !== undefined &&
    gazetteer.townSize(code) >= BIG_TOWN &&
    distanceKm(e.point, seat) <= TOWN_KM
  );
}

/** A locality with few people (or none known) that is neither its municipality's seat nor a part of a big town. */
function isSmall(e: SizeFacts, gazetteer: Gazetteer): boolean {
  return (
    e.kind === 'locality' &&
    (e.population ?? 0) < SMALL_PLACE &&
    e.name !== e.municipality.name &&
    !isTownPart(e, gazetteer) &&
    !(e.population === null && gazetteer.isPostalTown(e.name, e.municipality.code))
  );
}

/** How many people a place stands for when ranked: its own, else as a part of town, else none. */
function rankSize(e: PlaceEntry, gazetteer: Gazetteer): number {
  if (e.population !== null) return e.population;
  if (e.kind !== 'locality' || isTownPart(e, gazetteer)) return UNKNOWN_DISTRICT_RANK;
  return gazetteer.isPostalTown(e.name, e.municipality.code) ? POSTAL_TOWN_RANK : -1;
}

/** `a` is the clearly likelier reading: a part of a town against a place that is not, or twice the (known) people. */
function clearlyLikelier(a: PlaceEntry, b: PlaceEntry, gazetteer: Gazetteer): boolean {
  const partA = isTownPart(a, gazetteer);
  const partB = isTownPart(b, gazetteer);
  if (partA !== partB) return partA;
  // Twice the people only counts where both are known: a place the data has no size for may be large.
  if (a.population === null || b.population === null) return false;
  return a.population > 0 && a.population >= 2 * b.population;
}

/** Below this many people, two places of like size are told apart by their postal codes. */
const LIKE_SIZE_MAX = 5000;

/** Kilometres from a place to the nearest office, remembered per place id. */
const officeKm = new WeakMap<readonly GeoPoint[], Map<number, number>>();

function nearOffice(e: PlaceEntry, network: readonly GeoPoint[]): number {
  let memo = officeKm.get(network);
  if (memo === undefined) {
    memo = new Map();
    officeKm.set(network, memo);
  }
  let km = memo.get(e.id);
  if (km === undefined) {
    km = Math.min(Infinity, ...network.map((p) => distanceKm(p, e.point)));
    memo.set(e.id, km);
  }
  return km;
}

/** Negative when `a` is the likelier: more people, the bigger town's part, nearer an office, then by municipality name. */
function compareLikely(
  a: PlaceEntry,
  b: PlaceEntry,
  network: readonly GeoPoint[],
  gazetteer: Gazetteer,
): number {
  const parts = isTownPart(a, gazetteer) && isTownPart(b, gazetteer);
  const sizeA = rankSize(a, gazetteer);
  const sizeB = rankSize(b, gazetteer);
  // Two small places of like known size (Ramsele in Sollefteå, 808, and in Vindeln, 964): the
  // one with postal codes of its own is the village people name; counts of hamlets are rough.
  const like =
    a.population !== null &&
    b.population !== null &&
    Math.min(sizeA, sizeB) > 0 &&
    Math.max(sizeA, sizeB) < Math.min(LIKE_SIZE_MAX, 2 * Math.min(sizeA, sizeB));
  const postal = like
    ? Number(gazetteer.isPostalTown(b.name, b.municipality.code)) -
      Number(gazetteer.isPostalTown(a.name, a.municipality.code))
    : 0;
  return (
    postal ||
    sizeB - sizeA ||
    // Two parts of towns (Haga in Göteborg and in Umeå): the bigger urban area's, then town's.
    (parts
      ? gazetteer.areaSize(b.municipality) - gazetteer.areaSize(a.municipality) ||
        gazetteer.townSize(b.municipality.code) - gazetteer.townSize(a.municipality.code)
      : 0) ||
    (network.length > 0 ? nearOffice(a, network) - nearOffice(b, network) : 0) ||
    a.municipality.name.localeCompare(b.municipality.name, 'sv')
  );
}

/**
 * The likeliest first: the most people (a town before a hamlet; districts, parts of big towns and
 * municipalities of unknown size as above); between like sizes, the one nearer an office of the
 * network; then by municipality name, so the order is stable.
 */
function rank(
  entries: readonly PlaceEntry[],
  network: readonly GeoPoint[],
  gazetteer: Gazetteer,
): PlaceEntry[] {
  return [...entries].sort((a, b) => compareLikely(a, b, network, gazetteer));
}

function candidate(e: PlaceEntry): PlaceCandidate {
  return {
    name: e.name,
    kind: e.kind,
    municipality: e.municipality.name,
    municipalityCode: e.municipality.code,
    county: e.municipality.county,
    point: e.point,
    population: e.population,
  };
}

/**
 * When the name was written with its diacritics, keep the places spelled exactly so (Näs, not
 * Nås), else those spelled nearest to it ("Vårbrg" is Vårberg, not Varberg).
 */
function preferSpelling(entries: PlaceEntry[], written: string): PlaceEntry[] {
  if (!/[^\p{ASCII}]/u.test(written) || isCyrillic(written) || entries.length < 2) return entries;
  const lower = written.toLowerCase();
  const exact = entries.filter((e) => e.name.toLowerCase() === lower);
  if (exact.length > 0) return exact;
  const edits = entries.map((e) => editDistance(lower, e.name.toLowerCase(), 4));
  const least = Math.min(...edits);
  return entries.filter((_, i) => edits[i] === least);
}

/**
 * Of the places a name reaches, not a union of localities known by it when a place has that name
 * itself: "Upplands Väsby" is the town, not "Upplands Väsby och Sollentuna".
 */
function named(hits: IndexHit[], entries: readonly PlaceEntry[]): IndexHit[] {
  const union = (h: IndexHit): boolean =>
    h.alias && (entries[h.id]?.name.includes(' och ') ?? false);
  const rest = hits.filter((h) => !union(h));
  return rest.length > 0 && rest.some((h) => !h.alias) ? rest : hits;
}

/** A found place with the part of the message that took back an earlier place. */
function withTakenBack(resolution: PlaceResolution, takenBack?: TextSpan): PlaceResolution {
  if (takenBack === undefined || resolution.status !== 'found') return resolution;
  return { ...resolution, match: { ...resolution.match, takenBack } };
}
