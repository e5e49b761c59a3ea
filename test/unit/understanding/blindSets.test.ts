/** The blind sets (folders blind-NAME): their format, and that none of their lines went into training or the catalogue. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { parseBlindSet, type DevCase } from '../../../src/understanding/devSetEvaluator';
import { loadLanguageResources } from '../../../src/understanding/languageResources';
import { MatterCatalogue } from '../../../src/understanding/matterCatalogue';
import { wordsKey } from '../../../src/text/folding';

const folders = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('blind-'))
  .map((d) => d.name);
const casesOf = (folder: string): DevCase[] =>
  readdirSync(join(__dirname, folder))
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => parseBlindSet(readFileSync(join(__dirname, folder, f), 'utf8'), f));

describe('parseBlindSet', () => {
  it('reads lang, style, expected and text after a header, and names a bad line', () => {
    const tsv =
      'lang\tstyle\texpected\ttext\nsv\tspoken\tcsn\töh studielånet\r\nuk\tlatin\temergency\tpozhezha\n';
    expect(parseBlindSet(tsv, 'x.tsv')).toMatchObject([
      { lang: 'sv', style: 'spoken', label: 'csn', expected: { kind: 'matter', agency: 'csn' } },
      { lang: 'uk', style: 'latin', expected: { kind: 'intent', intent: 'emergency' } },
    ]);
    expect(() => parseBlindSet('h\nsv\tplain\tnobody\thej', 'y.tsv')).toThrow(
      'y.tsv line 2: unknown expected "nobody"',
    );
  });
});

describe.each(folders)('%s', (folder) => {
  const cases = casesOf(folder);

  it('has at least 300 lines per language', () => {
    for (const lang of LANGS)
      expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(300);
  });

  // A term of one to three words ("lagfart", "LMA-kort") is a word people use, not a copied line: a blind writer
  // and the catalogue naturally share those, so only messages of four words or more are checked.
  it('shares no message of four words or more with the training text or the catalogue', () => {
    const resources = loadLanguageResources(localesDir);
    const catalogue = MatterCatalogue.load();
    for (const lang of LANGS) {
      const key = (s: string): string => wordsKey(s, lang);
      const known = new Set([
        ...Object.values(resources[lang].utterances).flat().map(key),
        ...catalogue.file.matters.flatMap((m) => m[lang]).map(key),
      ]);
      const copied = cases.filter(
        (c) => c.lang === lang && key(c.text).split(' ').length >= 4 && known.has(key(c.text)),
      );
      expect(copied.map((c) => c.text)).toEqual([]);
    }
  });
});
