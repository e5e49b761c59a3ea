/** Builds one spoken reply as SSML: escaped text, digit groups, pauses, and each language in its own voice. */
import { REPLY_LOCALE, type Lang } from '../../languages';
import type { VoiceSettings } from './voiceSettings';
import { escapeXml } from './xml';

/** The SSML namespace every `speak` element declares. */
export const SSML_NAMESPACE = 'http://www.w3.org/2001/10/synthesis';

/** One piece of a spoken reply. Text is plain (never markup); the builder escapes it. */
export type SpeechPart =
  | { type: 'text'; text: string; lang: Lang }
  /** A number read digit by digit, group by group ("0771", "524", "524"). */
  | { type: 'digits'; groups: string[]; lang: Lang }
  | { type: 'pause'; lang: Lang };

/** Pause between the groups of a number, and between paragraphs. */
const GROUP_BREAK = '<break time="250ms"/>';
const PARAGRAPH_BREAK = '<break time="500ms"/>';

/**
 * Collects what a reply says and writes it as SSML for a voice channel, or as plain text for a
 * transcript or a speech-length benchmark. Every piece of text is escaped when written, so user
 * text (a place name, a suggestion) is always safe inside the markup.
 */
export class SsmlBuilder {
  private readonly parts: SpeechPart[] = [];

  constructor(readonly lang: Lang) {}

  /** Adds a sentence (or several) in the reply's language, or in `lang` with that language's voice. */
  say(text: string, lang: Lang = this.lang): this {
    const trimmed = text.trim();
    // The stop or comma after a name in another voice stays in the sentence's own voice: a span
    // holds the name only ("⟨sv: Backaplan⟩, about 2 kilometres away").
    if (trimmed !== '') this.parts.push({ type: 'text', text: trimmed, lang });
    return this;
  }

  /** Adds a number to be read digit by digit, in groups: a phone number, a postal code. */
  digits(groups: readonly string[], lang: Lang = this.lang): this {
    const kept = groups.map((g) => g.replace(/\D/g, '')).filter((g) => g !== '');
    if (kept.length > 0) this.parts.push({ type: 'digits', groups: kept, lang });
    return this;
  }

  /** Adds a short pause, as between paragraphs. */
  pause(): this {
    const last = this.parts.at(-1);
    if (last !== undefined && last.type !== 'pause')
      this.parts.push({ type: 'pause', lang: last.lang });
    return this;
  }

  /** Adds the parts of another builder (a sentence built with placeholders). */
  append(other: SsmlBuilder): this {
    this.parts.push(...other.parts);
    return this;
  }

  /** True when nothing has been said. */
  get isEmpty(): boolean {
    return !this.parts.some((p) => p.type !== 'pause');
  }

  /** What is said, piece by piece. */
  get pieces(): readonly SpeechPart[] {
    return this.parts;
  }

  /**
   * The SSML document: `<speak>` in the reply's locale, with a `<voice>` for each run of parts in
   * one language (the reply's own voice first and for everything in its language).
   */
  build(voices: VoiceSettings): string {
    const parts = trimPauses(withoutLoneStops(this.parts));
    const runs: { lang: Lang; body: string[] }[] = [];
    let previous: SpeechPart | undefined;
    let cut = false;
    parts.forEach((part, index) => {
      let run = runs.at(-1);
      if (run !== undefined && run.lang !== part.lang && loneStop(part, parts[index + 1])) {
        // A stop between two spans of another voice ("⟨Växjö⟩, ⟨Väja⟩", "⟨Hedemora⟩? ⟨Husby⟩")
        // is heard as a pause after the name: no voice says only "?", and the names stay apart.
        run.body.push(
          part.type === 'text' && /[,;:]/u.test(part.text) ? GROUP_BREAK : PARAGRAPH_BREAK,
        );
        cut = true;
        previous = part;
        return;
      }
      if (cut || run?.lang !== part.lang || this.sentenceOver(previous, part)) {
        run = { lang: part.lang, body: [] };
        runs.push(run);
      }
      cut = false;
      run.body.push(partSsml(part));
      previous = part;
    });
    if (runs.length === 0) runs.push({ lang: this.lang, body: [] });
    const voiceElements = runs
      .map((r) => `<voice name="${escapeXml(voices[r.lang])}">${joinWords(r.body)}</voice>`)
      .join('');
    return `<speak version="1.0" xmlns="${SSML_NAMESPACE}" xml:lang="${REPLY_LOCALE[this.lang]}">${voiceElements}</speak>`;
  }

  /** The plain text of each run of one voice, in order (what each voice says). */
  voiceRuns(): { lang: Lang; text: string }[] {
    const runs: { lang: Lang; pieces: string[] }[] = [];
    let previous: SpeechPart | undefined;
    // A stop at the very end stays as said (a transcript ends with it); no voice is built for it.
    for (const part of withoutLoneStops(this.parts, true)) {
      if (part.type === 'pause') continue;
      let run = runs.at(-1);
      if (run?.lang !== part.lang || this.sentenceOver(previous, part)) {
        run = { lang: part.lang, pieces: [] };
        runs.push(run);
      }
      previous = part;
      run.pieces.push(part.type === 'text' ? part.text : spokenDigits(part.groups));
    }
    return runs.map((r) => ({ lang: r.lang, text: joinWords(r.pieces) }));
  }

  /** A span of another voice ends with its sentence: it never runs on into the next prompt. */
  private sentenceOver(previous: SpeechPart | undefined, part: SpeechPart): boolean {
    return part.lang !== this.lang && previous?.type === 'text' && /[.!?]$/u.test(previous.text);
  }

  /** The words as plain text: digits spaced one by one, groups separated by commas. */
  plainText(): string {
    return joinWords(
      this.parts.map((p) =>
        p.type === 'text' ? p.text : p.type === 'digits' ? spokenDigits(p.groups) : '',
      ),
    );
  }
}

function partSsml(part: SpeechPart): string {
  switch (part.type) {
    case 'text':
      return escapeXml(part.text);
    case 'digits':
      return part.groups
        .map((g) => `<say-as interpret-as="digits">${escapeXml(g)}</say-as>`)
        .join(GROUP_BREAK);
    case 'pause':
      return PARAGRAPH_BREAK;
  }
}

/** Joins pieces with spaces, except before punctuation that closes a sentence or clause. */
function joinWords(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    out += out === '' || /^[.,;:!?)»”]/u.test(piece) ? piece : ` ${piece}`;
  }
  return out;
}

/** "0771", "524" → "0 7 7 1, 5 2 4". */
function spokenDigits(groups: readonly string[]): string {
  return groups.map((g) => g.split('').join(' ')).join(', ');
}

/** Only punctuation: nothing to say. */
const PUNCTUATION_ONLY = /^[.,;:!?”»)]+$/u;

/**
 * A stop left alone after a name in another voice, with nothing of its own voice after it (the
 * end of the reply, or another name): no voice is started to say only "." or ",", as the change
 * of voice already ends the phrase. Punctuation stays outside the span, in the sentence's voice,
 * when it carries meaning: a "?" or "!" (the question's tune is the sentence's, "…чи ⟨Hedemora⟩?"),
 * and any stop between two names of one voice, which would otherwise run together as one name
 * ("⟨Växjö⟩, ⟨Väja⟩ or ⟨Vätö⟩" is three choices, "⟨Växjö Väja⟩" would be heard as one).
 */
function withoutLoneStops(parts: readonly SpeechPart[], keepLast = false): SpeechPart[] {
  const out: SpeechPart[] = [];
  parts.forEach((part, index) => {
    const after = parts.slice(index + 1).find((p) => p.type !== 'pause');
    if (part.type === 'text' && !/[?!]/u.test(part.text) && loneStop(part, after)) {
      const before = [...out].reverse().find((p) => p.type !== 'pause');
      const last = after === undefined && keepLast;
      const betweenNames = before?.type === 'text' && after?.lang === before.lang;
      if (!last && !betweenNames && before?.type === 'text' && before.lang !== part.lang) return;
    }
    out.push(part);
  });
  return out;
}

/**
 * Only punctuation, with no words of its own voice after it to carry it: `next` is what follows
 * (the end, a pause, or a part in another voice). One test for dropping a stop (withoutLoneStops)
 * and for hearing it as a pause after a name (build).
 */
function loneStop(part: SpeechPart, next: SpeechPart | undefined): boolean {
  return (
    part.type === 'text' &&
    PUNCTUATION_ONLY.test(part.text) &&
    (next === undefined || next.type === 'pause' || next.lang !== part.lang)
  );
}

/** Drops pauses at the start and end, where they only delay the voice. */
function trimPauses(parts: readonly SpeechPart[]): SpeechPart[] {
  let start = 0;
  let end = parts.length;
  while (start < end && parts[start]?.type === 'pause') start++;
  while (end > start && parts[end - 1]?.type === 'pause') end--;
  return parts.slice(start, end);
}
