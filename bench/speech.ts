/**
 * Speech per language: spoken words from the welcome to the first office on the step-by-step path,
 * the welcome, and the longest reply (always); seconds as espeak-ng says them (when installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgencyCatalogue } from '../src/agencies/agencyCatalogue';
import { UkraineGuide } from '../src/agencies/ukraineGuide';
import { loadLanguageResources } from '../src/language/languageResources';
import { LANGS, type Lang } from '../src/languages';
import { OFFICES_FILE, OfficeDirectory } from '../src/offices';
import { localesDir } from '../src/paths';
import { loadPlaceResolver } from '../src/places';
import type { Answer } from '../src/render/answer';
import { createI18n } from '../src/render/i18n';
import type { SsmlBuilder } from '../src/render/speech/ssmlBuilder';
import { SpeechRenderer } from '../src/render/speech/speechRenderer';
import { longestReply, stepByStepWords, WORD_AIMS } from './speechWords';
import type { BenchRow, BenchSuite } from './types';

/** espeak-ng's voice for each of our languages. */
const ESPEAK_VOICE: Readonly<Record<Lang, string>> = { sv: 'sv', en: 'en-gb', uk: 'uk' };
/** The place a caller gives, as the dialogs resolve it. */
const PLACE = 'Gamlestaden';
/** A Wednesday at 11:00 in Stockholm: offices with hours are open. */
const AT = new Date('2026-11-25T10:00:00Z');
/** The aims of issue #9. */
const AIM = { welcome: 10, firstOffice: 12 };

/** Seconds of audio in a PCM WAV file, from its `fmt ` byte rate and `data` size. */
export function wavSeconds(wav: Buffer): number {
  let byteRate = 0;
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    let size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16);
    if (id === 'data') {
      // Streamed WAVs leave the size open: the data runs to the end of the file.
      if (size === 0 || size === 0xffffffff || offset + 8 + size > wav.length) {
        size = wav.length - offset - 8;
      }
      return byteRate === 0 ? Number.NaN : size / byteRate;
    }
    offset += 8 + size + (size % 2);
  }
  return Number.NaN;
}

function espeakInstalled(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Seconds espeak-ng takes to say `text` in `lang`. */
function seconds(text: string, lang: Lang, dir: string): number {
  const file = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', ESPEAK_VOICE[lang], '-w', file, '--stdin'], {
    input: text,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  return wavSeconds(readFileSync(file));
}

/** Seconds of a whole spoken reply, each voice's run in its own language. */
function replySeconds(speech: SsmlBuilder, dir: string): number {
  return speech.voiceRuns().reduce((sum, run) => sum + seconds(run.text, run.lang, dir), 0);
}

/** Replies a caller hears without asking for detail (an office in full, a guide topic). */
function everydayReplies(answer: Answer): Answer[] {
  return [
    { kind: 'welcome' },
    { kind: 'greeting' },
    { kind: 'emergency' },
    { kind: 'agency', agency: 'forsakringskassan', offerOffice: true },
    { kind: 'agency', agency: 'migrationsverket', offerOffice: true },
    { kind: 'agency', agency: 'polisen', offerOffice: false },
    { kind: 'agency', agency: 'kronofogden', offerOffice: false },
    { kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] },
    { kind: 'askPlace', retry: false, suggestions: [] },
    { kind: 'askPlace', retry: true, suggestions: ['Växjö', 'Väja', 'Vätö'] },
    { kind: 'reask', yesNo: true },
    { kind: 'placeNotFound' },
    { kind: 'noMoreOffices' },
    { kind: 'outOfScope', misses: 2 },
    { kind: 'transferFailed', agency: 'skatteverket' },
    { kind: 'contact', agency: 'migrationsverket' },
    answer,
  ];
}

/** Word rows: they need no speech engine. */
function wordRows(
  speech: SpeechRenderer,
  answer: Extract<Answer, { kind: 'offices' }>,
): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const lang of LANGS) {
    const path = stepByStepWords(
      speech,
      lang,
      'forsakringskassan',
      answer.place,
      answer.matches,
      answer.at,
    );
    const welcome = path.replies[0]?.words ?? 0;
    rows.push({
      name: `speech ${lang}: words from the welcome to the first office (step by step)`,
      value: path.total,
      unit: 'words',
      note: `${path.replies.map((r) => `${r.kind} ${String(r.words)}`).join(' + ')}; aim ≤ ${String(WORD_AIMS.path)}`,
    });
    rows.push({
      name: `speech ${lang}: words of the welcome`,
      value: welcome,
      unit: 'words',
      note: `aim ≤ ${String(WORD_AIMS.welcome)}`,
    });
    const longest = longestReply(speech, lang, everydayReplies(answer));
    rows.push({
      name: `speech ${lang}: words of the longest everyday reply`,
      value: longest.words,
      unit: 'words',
      note: `${longest.kind}; aim ≤ ${String(WORD_AIMS.reply)} unless detail was asked`,
    });
  }
  return rows;
}

export const run: BenchSuite = () => {
  const directory = OfficeDirectory.fromFile(OFFICES_FILE);
  const speech = new SpeechRenderer(
    createI18n(localesDir),
    loadLanguageResources(localesDir),
    AgencyCatalogue.fromFile(),
    directory.remoteHelp,
    UkraineGuide.fromFile(),
  );
  const resolution = loadPlaceResolver().resolve(PLACE, 'sv');
  if (resolution.status !== 'found') throw new Error(`${PLACE} is not in the gazetteer`);
  const place = resolution.match;
  const matches = directory.nearest(place.point, { at: AT, limit: 1, agency: 'forsakringskassan' });
  const office = matches[0]?.office.name ?? '–';
  const answer: Extract<Answer, { kind: 'offices' }> = {
    kind: 'offices',
    place: { name: place.name, municipality: place.municipality, kind: 'district' },
    agency: 'forsakringskassan',
    matches,
    bookingTowns: [],
    at: AT,
    more: true,
  };
  const words = wordRows(speech, answer);
  if (!espeakInstalled()) {
    console.log('speech: espeak-ng not installed (scripts/setup-test-env.sh installs it)');
    return Promise.resolve(words);
  }
  const dir = mkdtempSync(join(tmpdir(), 'speech-bench-'));
  const rows: BenchRow[] = [...words];
  try {
    for (const lang of LANGS) {
      const target = { lang, channelId: 'telephony' };
      const screen = { text: '', expectsInput: false };
      const welcome = speech.speech({ kind: 'welcome' }, target, screen).builder;
      const welcomeSeconds = replySeconds(welcome, dir);
      rows.push({
        name: `speech ${lang}: welcome (telephony, with the key menu)`,
        value: welcomeSeconds,
        unit: 's',
        note: `espeak-ng -v ${ESPEAK_VOICE[lang]}; aim < ${AIM.welcome} s`,
      });
      const offices = speech.speech(answer, target, screen).builder;
      // The first sentence names the office (and its distance): the time until the caller hears it.
      const opening = offices.pieces[0];
      const first = opening?.type === 'text' ? opening.text : '';
      rows.push({
        name: `speech ${lang}: nearest office, until "${office}" is named`,
        value: seconds(first, lang, dir),
        unit: 's',
        note: `whole answer ${replySeconds(offices, dir).toFixed(1)} s; from ${PLACE}, Försäkringskassan; aim ≤ ${AIM.firstOffice} s`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve(rows);
};

if (require.main === module) {
  run()
    .then((rows) => {
      console.table(rows);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
