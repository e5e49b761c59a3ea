/** Public types of the places module: matches, resolutions and the compact gazetteer format. */
import type { GeoPoint } from '../geo';
import type { NumberWordList } from '../text/numberWords';

/** What a match was found from. */
export type PlaceKind = 'postalCode' | 'district' | 'locality' | 'municipality' | 'coordinates';

/**
 * How fine the point of a match is: a shared location is a `point`; a postal code carries its
 * postal town's point, so it is `locality` (or `district` where the postal town is a district).
 */
export type GeoPrecision = 'point' | 'district' | 'locality' | 'municipality';

/** Where in the message the place was read, as offsets into the original text. */
export interface TextSpan {
  start: number;
  end: number;
  /** The text at those offsets. */
  text: string;
}

/** A place the person means, with the facts the office search and the renderer need. */
export interface PlaceMatch {
  kind: PlaceKind;
  /** The Swedish name of the place (for coordinates: the nearest known place). */
  name: string;
  /** The municipality (kommun) name, e.g. "Göteborg". */
  municipality: string;
  /** SCB's 4-digit municipality code, as a string ("0180"). */
  municipalityCode: string;
  /** The county (län), e.g. "Västra Götalands län". */
  county: string;
  point: GeoPoint;
  geoPrecision: GeoPrecision;
  /** 0..1: how sure the resolver is that this is the place meant. */
  confidence: number;
  /** The part of the message that named the place; absent for shared locations. */
  span?: TextSpan;
  /**
   * The part of the message that named a place and took it back ("Eskilstuna nej förlåt" before
   * "Strängnäs"): the place named after it replaces it. Absent when nothing was taken back.
   */
  takenBack?: TextSpan;
  /**
   * The person's own Cyrillic spelling in its dictionary form ("Хісінген" for "на Хісінгені"):
   * what a reply may show of what they wrote. Absent when they wrote a Latin name or a form that
   * cannot be put back (a misspelling, a transliterated inflection): replies then use our name.
   */
  spelling?: string;
  /** The postal code as 5 digits, for kind `postalCode`. */
  postalCode?: string;
  /** Population where known (SCB 2020 or GeoNames), else null. */
  population: number | null;
  /** For kind `coordinates`: km from the point to the place named in `name`. */
  distanceKm?: number;
  /**
   * Other places of the same name when the name alone did not settle it, likeliest first: the
   * match is the likeliest, and the reply offers these in one line.
   */
  others?: PlaceCandidate[];
}

/** One of several places that share a name, offered beside the likeliest ("did you mean another?"). */
export interface PlaceCandidate {
  name: string;
  kind: Exclude<PlaceKind, 'coordinates' | 'postalCode'>;
  municipality: string;
  municipalityCode: string;
  county: string;
  point: GeoPoint;
  population: number | null;
}

/** A close name the person may have meant, for a "did you mean" reply. */
export interface PlaceSuggestion {
  name: string;
  municipality: string;
  kind: Exclude<PlaceKind, 'coordinates'>;
}

/** The outcome of reading a message for a place. No prose: the renderer words it. */
export type PlaceResolution =
  | { status: 'found'; match: PlaceMatch }
  | {
      status: 'notFound';
      /** `noPlace`: nothing place-like; `unknownName`: a place-like word we do not know, or a
       *  spelling that reads only as a small place far from the known places of a like name;
       *  `unknownPostalCode`: five digits that are not a Swedish postal code;
       *  `outsideSweden`: coordinates outside the country. */
      reason: 'noPlace' | 'unknownName' | 'unknownPostalCode' | 'outsideSweden';
      suggestions: PlaceSuggestion[];
    };

/** Kind codes used in the compact file. */
export type CompactKind = 'd' | 'l' | 'm';

/**
 * The compact gazetteer file (`data/places/gazetteer.json`) built by `npm run data:places`:
 * arrays instead of objects keep it small and quick to parse.
 */
export interface GazetteerData {
  version: 1;
  /** Municipalities: [code, name, county, seat lat, seat lon]. */
  municipalities: [string, string, string, number, number][];
  /** Places: [name, kind, municipality index, lat, lon, population (0 = unknown), aliases]. */
  places: [string, CompactKind, number, number, number, number, string[]][];
  /** Postal towns: [name, municipality index, lat, lon, codes (5 digits each, concatenated)]. */
  postalTowns: [string, number, number, number, string][];
  /** Indexes into `places` whose point is our own estimate (districts-estimated.csv). */
  estimated?: number[];
}

/** A district row added on top of the built file (office-districts.csv, districts-extra.csv, districts-estimated.csv). */
export interface DistrictAddition {
  name: string;
  /** Municipality name or 4-digit code. */
  municipality: string;
  lat: number;
  lon: number;
  source: string;
  /** `estimate` when the point is our own reading of the map, not a published one. */
  precision: 'source' | 'estimate';
}

/** Language resources of one language (locales/<lang>/places.json). */
export interface PlaceLanguageResources {
  /** Words before a place ("i", "near", "біля"), folded. */
  prepositions: string[];
  /**
   * Words that place a name beside where the person is, not at it ("near", "utanför", "біля"):
   * the name is a landmark when another place is said ("Jordbro, close to Handen").
   */
  nearWords?: string[];
  /** Common words that are also place names and must not be read as places in running text. */
  commonWords: string[];
  /**
   * Words of time ("våras", "sunday", "неділю"), folded: never a place in any reading, as
   * written, declined or heard ("i våras" is last spring, not Vara with a genitive s).
   */
  timeWords?: string[];
  /**
   * Given names ("Anna", "Ольга", "Olha"), folded: a name after one is a surname ("Anna Lund",
   * "Ольга Берг"), not a place.
   */
  givenNames?: string[];
  /**
   * Number words for spoken postal codes (locales/<lang>/numbers.json; not used for English,
   * which the recognizer reads).
   */
  numbers: NumberWordList;
  /** Words that say nothing in speech ("öh", "alltså", "uh"), folded: a name may stand among them. */
  fillers?: string[];
  /** Words after a name that say it is a place ("Åre village", "Kista area"), folded. */
  placeNouns?: string[];
  /** Phrases that take back a place said before them ("eller nä", "I mean", "тобто"). */
  corrections?: string[];
  /** Case endings to strip from a name (Ukrainian locative "-і", genitive "-а" …), longest first. */
  caseEndings: string[];
  /** Endings to put back after stripping ("Уппсал" + "а"). */
  stemEndings: string[];
  /** Consonant alternations before endings: "з" → "г" (Гетеборзі → Гетеборг). */
  alternations: Record<string, string>;
  /**
   * The same case rules for the language typed in Latin letters ("v Heteborzi", "na Hisingeni"),
   * read only in a conversation in that language.
   */
  latin?: InflectionRules;
}

/** Case endings, the endings put back, and consonant alternations of one script. */
export interface InflectionRules {
  caseEndings: string[];
  stemEndings: string[];
  alternations: Record<string, string>;
}
