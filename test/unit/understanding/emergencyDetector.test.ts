/** EmergencyDetector: danger now in every style and language, and ordinary matters that only mention danger. */
import { LANGS, type Lang } from '../../../src/languages';
import { localesDir } from '../../../src/paths';
import { EmergencyDetector } from '../../../src/understanding/emergencyDetector';
import { loadLanguageResources } from '../../../src/understanding/languageResources';
import { TextNormalizer } from '../../../src/understanding/textNormalizer';

const resources = loadLanguageResources(localesDir);
const detector = new EmergencyDetector({
  sv: resources.sv.lexicon,
  en: resources.en.lexicon,
  uk: resources.uk.lexicon,
});
const normalizers = Object.fromEntries(
  LANGS.map((l) => [l, new TextNormalizer(l, resources[l].lexicon)]),
) as Record<Lang, TextNormalizer>;
const read = (text: string, lang: Lang) =>
  detector.read(
    {
      sv: normalizers.sv.normalize(text).tokens,
      en: normalizers.en.normalize(text).tokens,
      uk: normalizers.uk.normalize(text).tokens,
    },
    lang,
  );

describe('EmergencyDetector', () => {
  it.each<[Lang, string]>([
    ['sv', 'snälla kom fort pappa får ingen luft'],
    ['sv', 'öh det är nån som sparkar in dörren hos oss'],
    ['sv', 'min dotter är försvunnen på stranden'],
    ['sv', 'farfar har jätteont i bröstet och svettas'],
    ['en', 'theres a guy beating up my brother outside'],
    ['en', 'my little boy has gone missing at the beach'],
    ['en', 'uh my dad has a crushing chest pain'],
    ['uk', 'помогите, сусіду ріжуть у під’їзді'],
    ['uk', 'мій син зник у парку'],
    ['uk', 'у тата сильно болить у грудях'],
    ['uk', 'dopomozhit, tato ne dykhaie'],
    ['uk', 'pomogite, u nas pozhar'],
    ['uk', 'у чоловiка болить серце i вiн впав i не встає'],
  ])('[%s] danger now: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  it.each<[Lang, string]>([
    ['sv', 'vi hade en brand förra året och försäkringsbolaget vill ha ett intyg'],
    ['sv', 'vem gör brandskyddskontrollen i vårt hus'],
    ['en', 'who checks the smoke alarm and fire safety in rented flats'],
    ['en', 'i need a licence for a hunting gun'],
    ['uk', 'хто перевіряє пожежну безпеку в будинку'],
    ['uk', 'мене побили минулого тижня, де написати заяву'],
  ])('[%s] an ordinary matter that only mentions danger: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
  });

  it.each<[Lang, string]>([
    ['sv', 'jag polisanmälde honom förra veckan men nu slår han mig just nu'],
    ['en', 'i reported him last week but he is hitting me right now'],
    ['uk', 'я писала заяву минулого тижня, а він прямо зараз б’є мене'],
  ])('[%s] the past does not hide danger that is happening now: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  it('does not read "дім" (home) as "дим" (smoke)', () => {
    expect(read('мій дім далеко від центру', 'uk').danger).toBe(false);
  });
});

describe('EmergencyDetector hard negatives', () => {
  it.each<[Lang, string]>([
    ['sv', 'Försäkringskassan svarar inte i telefon'],
    ['en', 'the migration agency is not responding to my emails'],
    ['uk', 'міграційна служба не відповідає на листи'],
    ['en', 'i want to be a citizen'],
    ['uk', 'ya hochu be gromadyanynom'],
  ])('[%s] %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
  });
});
