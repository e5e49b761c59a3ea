/** The matter catalogue: its schema, its vote, the Latin skeleton of Ukrainian, and close calls. */
import { NO_NUMBER_WORDS } from '../../../src/text/numberWords';
import type { AgencyId } from '../../../src/agencies/agencyIds';
import { LANGS, type Lang } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import {
  loadLanguageResources,
  type LanguageResources,
} from '../../../src/understanding/languageResources';
import { MatterCatalogue, parseMatterCatalogue } from '../../../src/understanding/matterCatalogue';
import { TextNormalizer } from '../../../src/understanding/textNormalizer';
import { latinSkeleton } from '../../../src/text/folding';
import { Understanding } from '../../../src/understanding/understanding';

const catalogue = MatterCatalogue.load();
const lexicon = { fillers: [], numbers: NO_NUMBER_WORDS };
const normalizers = {
  sv: new TextNormalizer('sv', lexicon),
  en: new TextNormalizer('en', lexicon),
  uk: new TextNormalizer('uk', lexicon),
};
const firstBody = (text: string, lang: Lang): AgencyId | undefined =>
  catalogue.vote(normalizers[lang].normalize(text).tokens, lang)[0]?.agency;

describe('data/matters.json', () => {
  it('holds dozens of matters, every body of the contract but 112, in all three languages', () => {
    const { matters, sv, en, uk } = catalogue.size;
    expect(matters).toBeGreaterThanOrEqual(100);
    for (const n of [sv, en, uk]) expect(n).toBeGreaterThanOrEqual(700);
    const bodies = new Set(catalogue.file.matters.map((m) => m.body));
    expect(bodies.size).toBe(13);
  });

  it('is rejected with the row and field of each problem', () => {
    const bad = {
      matters: [
        { id: 'x.one', body: 'skatteverket', sv: ['a'], en: ['a'], uk: ['а'] },
        { id: 'x.one', body: 'nobody', sv: [], en: ['a'], uk: ['а'] },
        { id: 'x.two', body: 'csn', topic: 'pension', sv: ['a'], en: ['a'], uk: ['а'] },
      ],
    };
    expect(() => parseMatterCatalogue(bad, 'matters.json')).toThrow(
      /matters\.json: .*\n.*matters\.1\.body[\s\S]*matters\.1\.sv[\s\S]*matters\.2\.topic/,
    );
    expect(() =>
      parseMatterCatalogue({ matters: [bad.matters[0], bad.matters[0]] }, 'm.json'),
    ).toThrow(/matters\.1\.id: duplicate id "x\.one"/);
  });
});

describe('latinSkeleton', () => {
  it.each([
    ['pryvit, ya hochu znajty robotu', 'привіт, я хочу знайти роботу'],
    ["vozz'yednannya simyi", "возз'єднання сім'ї"],
    ['tymchasovyi zakhyst', 'тимчасовий захист'],
    ['dozvil na prozhyvannia', 'дозвіл на проживання'],
    ['politsiya', 'поліція'],
    ['pensiju', 'пенсію'],
  ])('reads Latin-typed "%s" as "%s"', (latin, cyrillic) => {
    expect(latinSkeleton(latin)).toBe(latinSkeleton(cyrillic));
  });

  it('folds Russian letters mixed into Ukrainian', () => {
    expect(latinSkeleton('выплаты')).toBe(latinSkeleton('виплати'));
    expect(latinSkeleton('объявление')).toBe(latinSkeleton('обявление'));
    expect(latinSkeleton('пособие')).toBe(latinSkeleton('posobie'));
  });
});

describe('MatterCatalogue.vote', () => {
  it.each<[Lang, string, AgencyId]>([
    ['sv', 'min pappa har gått bort och vi ska göra bouppteckning', 'skatteverket'],
    ['en', 'my father passed away, what about the estate inventory', 'skatteverket'],
    ['uk', 'помер батько, що робити зі спадщиною', 'skatteverket'],
    ['sv', 'vi har köpt ett hus och behöver lagfart', 'lantmateriet'],
    ['en', 'we bought a house and need the title deed', 'lantmateriet'],
    ['uk', 'ми купили будинок і земельну ділянку', 'lantmateriet'],
    ['sv', 'hyresvärden vill vräka oss', 'kronofogden'],
    ['en', 'i am being evicted from my flat', 'kronofogden'],
    ['uk', 'нас виселяють з квартири', 'kronofogden'],
    ['uk', 'pryvit, ya hochu znajty robotu', 'arbetsformedlingen'],
    ['uk', 'khochu pryvezty druzhynu do shvetsii', 'migrationsverket'],
    ['uk', 'хочу найти работу', 'arbetsformedlingen'],
    ['en', 'is my föräldrapenning paid in december', 'forsakringskassan'],
    ['uk', 'коли приходить barnbidrag', 'forsakringskassan'],
  ])('[%s] %s → %s', (lang, text, agency) => {
    expect(firstBody(text, lang)).toBe(agency);
  });

  it('gives no vote when no catalogue word occurs', () => {
    expect(catalogue.vote(normalizers.en.normalize('tell me a joke').tokens, 'en')).toEqual([]);
  });

  it('names the matters behind each body', () => {
    const [first] = catalogue.vote(normalizers.sv.normalize('vi vill ha bygglov').tokens, 'sv');
    expect(first).toMatchObject({ agency: 'kommun', matters: ['ko.building'] });
  });
});

describe('Understanding with the catalogue', () => {
  let understanding: Understanding;
  beforeAll(() => {
    understanding = Understanding.fromLocales();
  });

  it.each<[Lang, string, AgencyId]>([
    ['uk', 'pryvit, ya hochu znajty robotu', 'arbetsformedlingen'],
    ['sv', 'vi har köpt ett hus och behöver lagfart', 'lantmateriet'],
    ['en', 'we bought a house and need the title deed', 'lantmateriet'],
    ['uk', 'ми купили будинок, потрібне право власності на землю', 'lantmateriet'],
  ])('[%s] %s → %s', (lang, text, agency) => {
    expect(understanding.classify(text, lang).body).toBe(agency);
  });

  it.each<[Lang, string]>([
    ['sv', 'lagfarten och flyttanmälan'],
    ['en', 'the title deed and the change of address'],
    ['uk', 'ділянка і переїзд'],
  ])('[%s] asks with both bodies when two are close: %s', (lang, text) => {
    // A small model and catalogue, so the two bodies' shares are known: one word each.
    const full = loadLanguageResources(localesDir);
    const small = {} as Record<Lang, LanguageResources>;
    for (const l of LANGS) {
      const utterances = Object.fromEntries(
        Object.entries(full[l].utterances).map(([label, list]) => [label, list.slice(0, 2)]),
      );
      small[l] = { ...full[l], lexicon: { ...full[l].lexicon, terms: {} }, utterances };
    }
    const words = (m: 'deed' | 'move'): Record<Lang, string[]> =>
      m === 'deed'
        ? { sv: ['lagfart*'], en: ['title deed'], uk: ['ділянк*'] }
        : { sv: ['flyttanmälan'], en: ['change of address'], uk: ['переїзд*'] };
    const tiny = new MatterCatalogue(
      parseMatterCatalogue(
        {
          matters: [
            { id: 'lm.deed', body: 'lantmateriet', ...words('deed') },
            { id: 'skv.move', body: 'skatteverket', ...words('move') },
          ],
        },
        'tiny',
      ),
    );
    const got = new Understanding(small, { iterations: 20 }, tiny).classify(text, lang);
    expect(got.intent).toBe('matter');
    expect(got.body).toBeUndefined();
    expect(got.close?.map((a) => [a.agency, a.matters])).toEqual(
      expect.arrayContaining([
        ['lantmateriet', ['lm.deed']],
        ['skatteverket', ['skv.move']],
      ]),
    );
    expect(got.alternatives).toEqual(got.close);
  });
});
