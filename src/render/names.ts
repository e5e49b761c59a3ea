/**
 * Names inside sentences. A Name carries its grammatical forms, and a template chooses one with an
 * i18next format: "зверніться до {{agency, gen}}", "з'єдную вас із {{agency, ins}}", a button with
 * "{{agency, label}}". Without a format a Name is its nominative, so Swedish and English templates
 * that need no case stay plain.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n, TFunction } from 'i18next';
import { LANGS, type Lang } from '../languages';

/** The forms a template can ask for; a language lists only those it needs. */
/** `at`: the place with the preposition a language gives it ("på Södermalm", "vid Odenplan", "i Kista"). */
export const NAME_FORMS = ['gen', 'dat', 'acc', 'ins', 'loc', 'label', 'at'] as const;
export type NameForm = (typeof NAME_FORMS)[number];

/** A name with its forms in one language. */
export class Name {
  constructor(
    readonly nom: string,
    private readonly forms: Partial<Record<NameForm, string>> = {},
  ) {}

  /** The form asked for, or the nominative where the language has no separate one. */
  form(form: NameForm): string {
    return this.forms[form] ?? this.nom;
  }

  /** The same name with every form rewritten (for the voice: brackets dropped, Swedish marked). */
  map(rewrite: (text: string) => string): Name {
    const forms: Partial<Record<NameForm, string>> = {};
    for (const f of NAME_FORMS) {
      const text = this.forms[f];
      if (text !== undefined) forms[f] = rewrite(text);
    }
    return new Name(rewrite(this.nom), forms);
  }

  toString(): string {
    return this.nom;
  }
}

/** Teaches i18next the name formats (`{{agency, gen}}`) and `cap` for a name that starts a sentence. */
export function addNameFormats(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (formatter === undefined) return;
  for (const form of NAME_FORMS) {
    formatter.add(form, (value: unknown) =>
      value instanceof Name ? value.form(form) : String(value),
    );
  }
  formatter.add('cap', (value: unknown) => {
    const text = String(value);
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/**
 * A name from a resource namespace: `<id>.name` is the nominative, `<id>.name_gen` … its cases
 * (i18next contexts, so a language without them falls back to the nominative).
 */
export function nameFromResources(t: TFunction, id: string): Name {
  const key = `${id}.name`;
  const nom = t(key);
  const forms: Partial<Record<NameForm, string>> = {};
  for (const form of NAME_FORMS) {
    const text = t(key, { context: form });
    if (text !== nom) forms[form] = text;
  }
  return new Name(nom, forms);
}

/** Ukrainian nouns that carry the case before a name that has no Ukrainian form ("у місті Jokkmokk"). */
export type PlaceNoun = 'district' | 'locality' | 'municipality' | 'place';

/** A place's Ukrainian (or English) spelling and forms, from locales/<lang>/placeNames.json. */
export interface PlaceForms {
  nom: string;
  gen?: string;
  loc?: string;
}

/**
 * Which preposition a place takes where a language varies it (Swedish "på Södermalm", "vid
 * Odenplan", "i Kista"): whole phrases first, then names, then name endings, else the default.
 */
export interface PrepositionRules {
  default: string;
  /** Preposition → the names that take it ("på": ["Södermalm", "Gotland"]). */
  names?: Record<string, string[]>;
  /** Preposition → endings of names that take it ("vid": ["plan", "torget"]). */
  endings?: Record<string, string[]>;
  /** A name → the whole phrase, where the name itself changes ("Göteborg centrum" → "i centrala Göteborg"). */
  phrases?: Record<string, string>;
}

/** A language's place names: its own spellings with their cases, and the prepositions places take. */
export interface PlaceBook {
  places: Record<string, PlaceForms>;
  at?: PrepositionRules;
}

/** "på Södermalm", "vid Odenplan", "i Kista": the place with the preposition the rules give it. */
export function placeWithPreposition(name: string, rules: PrepositionRules): string {
  const phrase = rules.phrases?.[name];
  if (phrase !== undefined) return phrase;
  const folded = name.toLocaleLowerCase('sv');
  for (const [preposition, names] of Object.entries(rules.names ?? {})) {
    if (names.some((n) => n.toLocaleLowerCase('sv') === folded)) return `${preposition} ${name}`;
  }
  for (const [preposition, endings] of Object.entries(rules.endings ?? {})) {
    if (endings.some((e) => folded.endsWith(e))) return `${preposition} ${name}`;
  }
  return `${rules.default} ${name}`;
}

/** Words for the nouns before a Latin name, per case, from translation.json `placeNoun.*`. */
export function placeName(
  swedish: string,
  lang: Lang,
  known: PlaceForms | undefined,
  noun: (form: 'nom' | 'gen' | 'loc') => string,
  written?: string,
  at?: PrepositionRules,
): Name {
  if (lang === 'sv') return withPreposition(new Name(swedish), swedish, at);
  const own = written !== undefined && /\p{Script=Cyrillic}/u.test(written) ? written.trim() : '';
  if (lang === 'uk') {
    // The person's own Cyrillic spelling is kept; declined forms only for our own spelling of it.
    const ours = known === undefined ? [] : [known.nom, known.gen ?? '', known.loc ?? ''];
    if (known !== undefined && (own === '' || ours.some((form) => sameWord(own, form)))) {
      const inBrackets = (text: string) => `${text} (${swedish})`;
      return new Name(inBrackets(known.nom), {
        gen: inBrackets(known.gen ?? known.nom),
        loc: inBrackets(known.loc ?? known.nom),
      });
    }
    const shown = own === '' ? swedish : `${own} (${swedish})`;
    return new Name(shown, {
      gen: `${noun('gen')} ${shown}`,
      loc: `${noun('loc')} ${shown}`,
    });
  }
  const nom = known?.nom ?? swedish;
  return withPreposition(new Name(nom), nom, at);
}

/** The name with its `at` form where the language has preposition rules. */
function withPreposition(name: Name, said: string, at: PrepositionRules | undefined): Name {
  return at === undefined ? name : new Name(name.nom, { at: placeWithPreposition(said, at) });
}

/** The same word, whatever the case and whether г is written ґ ("Ґетеборг" is our "Гетеборг"). */
function sameWord(a: string, b: string): boolean {
  const fold = (w: string) => w.toLocaleLowerCase('uk').replace(/ґ/gu, 'г');
  return fold(a) === fold(b);
}

/** Reads locales/<lang>/placeNames.json; a language without the file has no own place names. */
export function readPlaceForms(localesDir: string): Record<Lang, PlaceBook> {
  const books = {} as Record<Lang, PlaceBook>;
  for (const lang of LANGS) {
    const file = join(localesDir, lang, 'placeNames.json');
    const read = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<PlaceBook>)
      : {};
    books[lang] = { places: read.places ?? {}, ...(read.at === undefined ? {} : { at: read.at }) };
  }
  return books;
}

/** Every name the renderers put inside a sentence, with its forms, in each language. */
export class NameBook {
  /**
   * Agency names read so far, per language and id. A Name never changes, and reading one asks
   * i18next seven times with options (the costliest part of rendering a reply), so each is read once.
   */
  private readonly agencies = new Map<string, Name>();

  constructor(
    private readonly i18n: i18n,
    private readonly places: Record<Lang, PlaceBook>,
  ) {}

  /** A body (or `ssc`, Statens servicecenter) with its forms from locales/<lang>/agencies.json. */
  agency(id: string, lang: Lang): Name {
    const key = `${lang}\n${id}`;
    let name = this.agencies.get(key);
    if (name === undefined) {
      name = nameFromResources(this.i18n.getFixedT(lang, 'agencies'), id);
      this.agencies.set(key, name);
    }
    return name;
  }

  /**
   * A Swedish place as written in `lang`: its own spelling declined where the language has one
   * (with the Swedish in brackets), else behind a noun for its kind that carries the case.
   */
  place(swedish: string, lang: Lang, kind: PlaceNoun = 'place', written?: string): Name {
    const t = this.i18n.getFixedT(lang);
    const noun = (form: 'nom' | 'gen' | 'loc') =>
      t(`placeNoun.${kind}`, form === 'loc' ? { context: 'loc' } : {});
    const book = this.places[lang];
    return placeName(swedish, lang, book.places[swedish], noun, written, book.at);
  }

  /**
   * An office by its Swedish name, as signs write it, in every language; where the language gives
   * places prepositions, with its `at` form ("Kontoret på Backaplan").
   */
  office(name: string, lang: Lang): Name {
    return withPreposition(new Name(name), name, this.places[lang].at);
  }
}
