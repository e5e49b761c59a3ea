/** The dev and held-out sets: their shape, their separation from training, and the accuracy floors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { evaluate, parseDevSet, type DevReport } from '../../../src/understanding/devSetEvaluator';
import { loadLanguageResources } from '../../../src/understanding/languageResources';
import { wordsKey } from '../../../src/text/folding';
import { Understanding } from '../../../src/understanding/understanding';

const cases = parseDevSet(readFileSync(join(__dirname, 'devset.tsv'), 'utf8'));
const heldOutCases = parseDevSet(readFileSync(join(__dirname, 'heldout.tsv'), 'utf8'));
let report: DevReport;
let heldOut: DevReport;

beforeAll(() => {
  const understanding = Understanding.fromLocales();
  report = evaluate(cases, (text, lang) => understanding.classify(text, lang));
  heldOut = evaluate(heldOutCases, (text, lang) => understanding.classify(text, lang));
});

describe('dev set', () => {
  it('has at least 100 lines per language', () => {
    for (const lang of LANGS)
      expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['dev', cases],
    ['held-out', heldOutCases],
  ] as const)('shares no %s line with the training text, after normalisation', (_name, set) => {
    const resources = loadLanguageResources(localesDir);
    for (const lang of LANGS) {
      const key = (s: string): string => wordsKey(s, lang);
      const training = new Set(Object.values(resources[lang].utterances).flat().map(key));
      const overlap = set
        .filter((c) => c.lang === lang && training.has(key(c.text)))
        .map((c) => c.text);
      expect(overlap).toEqual([]);
    }
  });

  it('covers every body, emergencies and out-of-scope lines in every language', () => {
    for (const lang of LANGS) {
      const labels = new Set(cases.filter((c) => c.lang === lang).map((c) => c.label));
      for (const label of [
        'forsakringskassan',
        'migrationsverket',
        'polisen',
        'kommun',
        'region',
        'emergency',
        'outOfScope',
      ]) {
        expect(labels).toContain(label);
      }
    }
  });

  it('reaches 93 % top-1 accuracy in each language', () => {
    for (const lang of LANGS) {
      const t = report.byLang[lang];
      expect(t.top1 / t.n).toBeGreaterThanOrEqual(0.93);
    }
  });

  it('reaches 98 % top-3 accuracy in each language', () => {
    for (const lang of LANGS) {
      const t = report.byLang[lang];
      expect(t.top3 / t.n).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('catches every emergency line', () => {
    expect(report.missedEmergencies.map((r) => r.case.text)).toEqual([]);
  });

  it('gives no body to any out-of-scope line', () => {
    expect(report.outOfScopeWithAgency.map((r) => r.case.text)).toEqual([]);
  });
});

describe('held-out set (scored only: never read while writing training text or tuning)', () => {
  it('has lines in every language', () => {
    for (const lang of LANGS) expect(heldOut.byLang[lang].n).toBeGreaterThanOrEqual(30);
  });

  it('reaches 90 % top-1 accuracy in each language', () => {
    for (const lang of LANGS) {
      const t = heldOut.byLang[lang];
      expect(t.top1 / t.n).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('catches every emergency line and gives no body to out-of-scope lines', () => {
    expect(heldOut.missedEmergencies).toHaveLength(0);
    expect(heldOut.outOfScopeWithAgency).toHaveLength(0);
  });
});

describe('parseDevSet', () => {
  it('reads labels with a body or a language and skips comments', () => {
    const parsed = parseDevSet(
      '# c\nsv\tintent:findOffice@csn\tvar\nen\tintent:changeLanguage=uk\tx\nuk\tpolisen\tпаспорт\n',
    );
    expect(parsed.map((c) => c.expected)).toEqual([
      { kind: 'intent', intent: 'findOffice', agency: 'csn' },
      { kind: 'intent', intent: 'changeLanguage', language: 'uk' },
      { kind: 'matter', agency: 'polisen' },
    ]);
  });

  it('names the line of a bad label', () => {
    expect(() => parseDevSet('sv\tpolisen\tx\nsv\tnobody\ty')).toThrow(
      /line 2: unknown label "nobody"/,
    );
  });
});
