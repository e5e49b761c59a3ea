/** Loads the per-language word lists (locales/<lang>/language.json) that language choice and commands rely on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../languages';

const phrases = z.array(z.string().min(1));

const languageFileSchema = z.object({
  /** The language's own name, shown on language buttons. */
  name: z.string().min(1),
  /** Whole messages that pick this language (what a language button sends, typed or said). */
  names: phrases,
  /** Phrases in this language that ask for a language, keyed by the language asked for. */
  requests: z.object({ sv: phrases, en: phrases, uk: phrases }),
  /** Words that may stand beside a language request without making it a matter. */
  fillers: phrases,
  /**
   * Words that make a language phrase near them part of a statement, not a request to the bot:
   * negations and other people ("she doesn't speak Swedish yet", "вона по-шведськи ще не говорить",
   * "someone who speaks English").
   */
  statementWords: phrases,
  /** Common words that mark a message as written in this language. */
  markers: phrases,
  /** Commands, as people type or say them: whole messages (help, start over) or short ones (repeat). */
  commands: z.object({ help: phrases, startOver: phrases, repeat: phrases }),
  /** Yes/no words for the prompts (recognizers-text has none for sv and uk). Lists are Intl.ListFormat's. */
  prompts: z.object({
    yes: phrases,
    no: phrases,
    /** "None of them": an answer to the bot's choice of bodies that none is meant. */
    none: phrases,
    /** A help declined while a question is open ("no thanks, I don't need an office", "nej tack", "ні, дякую"). */
    decline: phrases,
    /** Words of bodies' names that name none of them alone ("agency", "myndigheten", "служба"). */
    nameFillers: phrases,
  }),
  /** Short replies that refer back to the office list just shown. */
  followUps: z.object({
    /** Whole messages that ask for the next offices ("more", "nästa", "ще"). */
    more: phrases,
    /** Ordinal words, first to sixth: "den andra", "the second one", "другий". */
    ordinals: z.array(phrases).min(3),
    /** Words that may stand beside an ordinal ("one", "kontoret", "офіс"). */
    ordinalNouns: phrases,
    /** Words that ask about opening hours ("öppet", "open", "відкрито"). */
    hours: phrases,
    /** Words that say the person comes from Ukraine or asks about temporary protection. */
    ukraine: phrases,
    /** Words about the permit itself ("skydd", "permit", "захист"), as against coming from Ukraine. */
    protection: phrases,
  }),
  /** Words the reading of a turn weighs in context (see src/understanding/interpreter.ts). */
  reading: z.object({
    /** Words of a sentence that only says where the person is ("jag bor i …", "I am in …"). */
    placeWords: phrases,
    /** Phrases after which a name follows, never a place ("jag heter", "my name is", "мене звати"). */
    nameIntros: phrases,
    /**
     * Phrases right before a place that say the person is there ("jag bor i", "we live in",
     * "я живу в"): with them, a sentence answering the bot's place question or office offer is a
     * place sentence whatever else it says ("jag bor i Eskilstuna om det spelar nån roll").
     */
    placeIntros: phrases,
    /** Words that correct what was said ("jag menade", "I meant", "переплутала"): a place then replaces the last one. */
    corrections: phrases,
    /**
     * Words right before a place that say the person is not there ("inte i", "not", "а не в"):
     * "Actually, not Uppsala, I live in Sundsvall" names Sundsvall; a negated place never counts.
     */
    negations: phrases,
    /**
     * Words that make someone other than the person the subject of the words after them (a
     * relative, "he", "she"): "my mum lives in Malmö but I live in Umeå" names the mother's place
     * first and the person's own after "I".
     */
    subjects: phrases,
    /** The person as a subject ("I", "jag", "я", "we"): the place after them is their own. */
    selfWords: phrases,
    /**
     * Words that say the visit is with or for the other person, or theirs ("together", "med
     * henne", "разом", "she'll go"): the other person's place is then the one meant.
     */
    together: phrases,
    /** Words that ask for a person ("nån", "someone", "когось"). */
    person: phrases,
    /**
     * Words that check whether the line is open ("is anyone there?", "hallå, är det någon där?",
     * "алло, хтось є?"): in a short message with no other request for a person, no transfer.
     */
    lineCheck: phrases,
    /** "What do I do now?": asks for the next step. */
    whatNow: phrases,
    /** "How do I contact them?": asks how to reach the body in hand. */
    contact: phrases,
    /** Words that say the person is not a Swedish citizen: a refugee, protection, a permit, another citizenship. */
    notCitizen: phrases,
    /** Words for an office ("kontoret", "office", "офіс"), for a question about one by name. */
    officeWords: phrases,
    /** Words that ask whether an office is still there ("stängt", "still open", "закрили"). */
    officeStatus: phrases,
  }),
  /** Day words, for "when is it open on Saturday?" (English also goes through recognizers-text). */
  days: z.object({
    today: phrases,
    tomorrow: phrases,
    dayAfterTomorrow: phrases,
    mon: phrases,
    tue: phrases,
    wed: phrases,
    thu: phrases,
    fri: phrases,
    sat: phrases,
    sun: phrases,
  }),
});

export type LanguageFile = z.infer<typeof languageFileSchema>;
export type LanguageResources = Readonly<Record<Lang, LanguageFile>>;

/** Reads and validates the three language files; a bad file names itself and the field. */
export function loadLanguageResources(localesDir: string): LanguageResources {
  const entries = LANGS.map((lang) => {
    const file = join(localesDir, lang, 'language.json');
    const parsed = languageFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`${file} is not valid: ${problems.join('; ')}`);
    }
    return [lang, parsed.data] as const;
  });
  return Object.fromEntries(entries) as Record<Lang, LanguageFile>;
}
