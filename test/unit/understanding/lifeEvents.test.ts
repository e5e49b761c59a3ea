/**
 * Life events read whole (data/matters.json "concepts" and "events"): what happened and to whom,
 * anywhere in the message and in any order, gives the body, in sv, en and uk. Written for this
 * test from the kinds of life event, not from any evaluation line.
 */
import type { AgencyId } from '../../../src/agencies/agencyIds';
import type { Lang } from '../../../src/languages';
import { MatterCatalogue, parseMatterCatalogue } from '../../../src/understanding/matterCatalogue';
import { Understanding } from '../../../src/understanding/understanding';

let understanding: Understanding;
beforeAll(() => {
  understanding = Understanding.fromLocales();
});

describe('life events by kind', () => {
  it.each<[string, Lang, AgencyId, string]>([
    [
      'widowed',
      'sv',
      'pensionsmyndigheten',
      'min sambo gick bort i höstas och jag undrar vad som händer nu med mig och barnen',
    ],
    [
      'widowed',
      'en',
      'pensionsmyndigheten',
      'my partner died suddenly in the autumn, the children and I are on our own now',
    ],
    ['widowed', 'uk', 'pensionsmyndigheten', 'восени не стало дружини, я тепер сам з двома дітьми'],
    [
      'a death, the estate',
      'en',
      'skatteverket',
      'grandad died at Easter and we have done the estate inventory, where does it go',
    ],
    [
      'old and short of money',
      'sv',
      'pensionsmyndigheten',
      'jag är pensionär och efter elräkningen räcker pengarna inte till maten',
    ],
    [
      'old and short of money',
      'en',
      'pensionsmyndigheten',
      "I'm 81 and since the rent went up I can barely pay for food",
    ],
    [
      'old and short of money',
      'uk',
      'pensionsmyndigheten',
      'я пенсіонерка і після оплати комуналки мені ледве вистачає на їжу',
    ],
    [
      'retiring abroad',
      'sv',
      'pensionsmyndigheten',
      'när jag går i pension vill jag bo i Grekland, hur gör jag med pensionen',
    ],
    [
      'retiring abroad',
      'en',
      'pensionsmyndigheten',
      'we are retired and thinking of spending the rest of our lives in Italy',
    ],
    [
      'retiring abroad',
      'uk',
      'pensionsmyndigheten',
      'я на пенсії і хочу переїхати до сестри в Німеччину',
    ],
    [
      'a job ending',
      'sv',
      'arbetsformedlingen',
      'mitt vikariat på skolan tar slut till jul och jag har inget annat på gång',
    ],
    [
      'a job ending',
      'en',
      'arbetsformedlingen',
      'the factory is closing down in June and all of us on the line will be out',
    ],
    [
      'a job ending',
      'uk',
      'arbetsformedlingen',
      'на заводі сказали, що мій контракт закінчується в кінці місяця',
    ],
    [
      'wanting work',
      'sv',
      'arbetsformedlingen',
      'jag har varit hemma med barnen i tre år och vill börja jobba nu',
    ],
    [
      'wanting work',
      'uk',
      'arbetsformedlingen',
      'я вже рік у Швеції і хочу нарешті знайти роботу за фахом',
    ],
    [
      'ill or injured, no pay',
      'sv',
      'forsakringskassan',
      'jag halkade på isen och bröt handleden, nu får jag ingen lön',
    ],
    [
      'ill or injured, no pay',
      'en',
      'forsakringskassan',
      'I slipped at home and hurt my back badly, my employer has stopped paying me',
    ],
    [
      'ill or injured, no pay',
      'uk',
      'forsakringskassan',
      'я захворіла на запалення легень, вже два тижні не працюю і мені не платять',
    ],
    [
      'a sick child, a parent off work',
      'sv',
      'forsakringskassan',
      'lillan har feber och jag måste stanna hemma med henne från jobbet',
    ],
    [
      'a sick child, a parent off work',
      'en',
      'forsakringskassan',
      'my son has a fever so I have to stay home with him instead of going to work',
    ],
    [
      'a sick child, a parent off work',
      'uk',
      'forsakringskassan',
      'донька захворіла, у неї температура, і я сиджу з нею вдома замість роботи',
    ],
    [
      'a child with a disability, a parent works less',
      'sv',
      'forsakringskassan',
      'vår dotter har autism och jag har fått gå ner i arbetstid för att ta hand om henne',
    ],
    [
      'a child with a disability, a parent works less',
      'en',
      'forsakringskassan',
      'our son is autistic and I had to cut my hours to care for him',
    ],
    [
      'a child with a disability, a parent works less',
      'uk',
      'forsakringskassan',
      'у сина аутизм, і я мушу менше працювати, щоб доглядати його',
    ],
    [
      'a wheelchair and the home',
      'sv',
      'kommun',
      'mamma sitter i rullstol nu och kommer inte in i duschen hemma',
    ],
    [
      'a wheelchair and the home',
      'en',
      'kommun',
      'since the accident I use a wheelchair and the front door of our house is too narrow',
    ],
    [
      'newly pregnant',
      'sv',
      'region',
      'jag är gravid för första gången och vet inte vart jag ska vända mig',
    ],
    ['newly pregnant', 'en', 'region', "I just found out I'm pregnant and have no idea who to see"],
    [
      'a birth abroad',
      'sv',
      'skatteverket',
      'vår son föddes i Spanien i somras, hur får han ett personnummer här',
    ],
    [
      'a birth abroad',
      'en',
      'skatteverket',
      'our daughter was born in Poland while we were visiting family, how do we register her here',
    ],
    [
      'a theft after the fact',
      'sv',
      'polisen',
      'någon har brutit upp vår bod och tagit gräsklipparen',
    ],
    [
      'a theft after the fact',
      'en',
      'polisen',
      'someone nicked my bike from outside the gym yesterday',
    ],
    ['a theft after the fact', 'uk', 'polisen', 'у нас із гаража вкрали інструменти'],
    [
      'found property',
      'sv',
      'polisen',
      'jag hittade ett par nycklar på bussen, vart lämnar jag dem',
    ],
    ['found property', 'en', 'polisen', 'I found a phone on the train, who do I give it to'],
    ['found property', 'uk', 'polisen', 'я знайшов на зупинці чужий телефон, куди його віднести'],
    [
      'a licence problem',
      'sv',
      'transportstyrelsen',
      'mitt körkort blev stulet och jag behöver ett nytt',
    ],
    [
      'a licence problem',
      'en',
      'transportstyrelsen',
      'I lost my driving licence on holiday and need a replacement',
    ],
    ['a licence problem', 'uk', 'transportstyrelsen', 'я загубила права, як отримати нові'],
    [
      "a car's owner",
      'sv',
      'transportstyrelsen',
      'jag har köpt en begagnad bil av en privatperson, hur blir den min',
    ],
    [
      "a car's owner",
      'en',
      'transportstyrelsen',
      'my uncle sold me his car and we need to change the owner',
    ],
    ["a car's owner", 'uk', 'transportstyrelsen', 'купив машину з рук, як переоформити її на себе'],
    ['a driving test', 'sv', 'trafikverket', 'jag har klarat teoriprovet och vill boka uppkörning'],
    [
      'a driving test',
      'en',
      'trafikverket',
      'I failed my driving test last week and want to book another one',
    ],
    ['a driving test', 'uk', 'trafikverket', 'як записатися на іспит з водіння'],
    ["a road's state", 'sv', 'trafikverket', 'är det halt på vägen mot Sälen i helgen'],
    [
      "a road's state",
      'en',
      'trafikverket',
      'is the road over the mountain closed because of snow',
    ],
    [
      "a road's state",
      'uk',
      'trafikverket',
      'чи відкрита зараз дорога на Кіруну, чи там ожеледиця',
    ],
    [
      'property bought or divided',
      'sv',
      'lantmateriet',
      'vi har köpt en tomt och vill att det ska stå att den är vår',
    ],
    [
      'property bought or divided',
      'en',
      'lantmateriet',
      'my sister and I inherited a forest and want to split it into two properties',
    ],
    [
      'property bought or divided',
      'uk',
      'lantmateriet',
      'ми купили ділянку з будинком, як оформити право власності',
    ],
    [
      'money owed to me',
      'sv',
      'kronofogden',
      'en kompis lånade tiotusen av mig och betalar inte tillbaka',
    ],
    [
      'money owed to me',
      'en',
      'kronofogden',
      'a customer owes me for three months of work and refuses to pay',
    ],
    ['money owed to me', 'uk', 'kronofogden', 'колега позичив у мене гроші і не віддає вже рік'],
    [
      'studies and money',
      'sv',
      'csn',
      'jag har kommit in på universitetet men hur ska jag betala hyran',
    ],
    [
      'studies and money',
      'en',
      'csn',
      "I got into college in the autumn but I don't know how I'll pay rent",
    ],
    [
      'studies and money',
      'uk',
      'csn',
      'я вступила до університету, але не знаю, на які гроші жити під час навчання',
    ],
    [
      'family to Sweden',
      'sv',
      'migrationsverket',
      'min fru är kvar i Syrien och jag vill få hit henne',
    ],
    [
      'family to Sweden',
      'en',
      'migrationsverket',
      'my parents are in Egypt and I want to bring them here to live with me',
    ],
    [
      'family to Sweden',
      'uk',
      'migrationsverket',
      'хочу привезти сюди свого тата, він зараз у Харкові',
    ],
    [
      'just arrived from Ukraine',
      'sv',
      'migrationsverket',
      'vi kom precis från Ukraina med tåget, vart ska vi vända oss',
    ],
    [
      'just arrived from Ukraine',
      'en',
      'migrationsverket',
      'we just arrived from Ukraine this morning with the kids, what do we do first',
    ],
    [
      'just arrived from Ukraine',
      'uk',
      'migrationsverket',
      'ми тільки приїхали з України, що робити спочатку',
    ],
    [
      'a small child and day care',
      'sv',
      'kommun',
      'vi börjar båda jobba i januari och vår tvååring behöver någonstans att vara på dagarna',
    ],
    [
      'a small child and day care',
      'en',
      'kommun',
      'we both go back to work next month and need somewhere for our toddler during the day',
    ],
  ])('%s [%s] → %s: %s', (_kind, lang, body, text) => {
    expect(understanding.classify(text, lang).body).toBe(body);
  });
});

describe('life events in the catalogue', () => {
  const concepts = {
    spouse: { sv: ['fru'], en: ['wife'], uk: ['дружин*'] },
    died: { sv: ['dog'], en: ['died'], uk: ['помер*'] },
    estate: { sv: ['bouppteckning*'], en: ['estate'], uk: ['майн*'] },
  };
  const matters = [
    { id: 'tax.death', body: 'skatteverket', sv: ['dödsfall'], en: ['death'], uk: ['смерть'] },
  ] as const;
  const catalogue = new MatterCatalogue(
    parseMatterCatalogue(
      {
        concepts,
        events: [
          {
            id: 'pm.widowed',
            body: 'pensionsmyndigheten',
            all: ['spouse', 'died'],
            none: ['estate'],
          },
        ],
        matters,
      },
      'test',
    ),
  );

  it('finds an event from its concepts anywhere in the message, in any order', () => {
    const [first] = catalogue.vote(['died', 'last', 'year', 'my', 'wife'], 'en');
    expect(first).toMatchObject({
      agency: 'pensionsmyndigheten',
      matters: ['pm.widowed'],
      events: 2,
    });
  });

  it('reads Ukrainian concepts with their endings', () => {
    const [first] = catalogue.vote(['померла', 'дружина'], 'uk');
    expect(first?.agency).toBe('pensionsmyndigheten');
  });

  it('leaves an event out when a concept of its "none" occurs', () => {
    expect(catalogue.vote(['min', 'fru', 'dog', 'bouppteckningen'], 'sv')).toEqual([]);
  });

  it('needs every concept of the event', () => {
    expect(catalogue.vote(['my', 'wife', 'is', 'here'], 'en')).toEqual([]);
  });

  it('rejects an event that names an unknown concept', () => {
    expect(() =>
      parseMatterCatalogue(
        {
          concepts,
          events: [{ id: 'pm.x', body: 'pensionsmyndigheten', all: ['spouse', 'gone'] }],
          matters,
        },
        'm.json',
      ),
    ).toThrow(/events.0: unknown concept "gone"/);
  });
});

/**
 * Look-alike life situations (the test vs the licence, a sick child at home, a new job's tax) and
 * agency names as a speech recogniser splits them or people spell them by ear, in sv/en/uk.
 */
describe('life look-alikes and names heard', () => {
  it.each<[string, Lang, AgencyId, string]>([
    [
      'booking the driving test after practice',
      'sv',
      'trafikverket',
      'Jag har tränat körning länge och vill nu boka tid för uppkörningen',
    ],
    [
      'booking the driving test after practice',
      'en',
      'trafikverket',
      "I've had lessons for months and feel ready, how do I book the actual driving exam?",
    ],
    [
      'booking the driving test after practice',
      'uk',
      'trafikverket',
      'я вже довго вчуся водити і хочу записатися на практичний іспит',
    ],
    [
      'starting to practise with a supervisor',
      'sv',
      'transportstyrelsen',
      'min son ska börja övningsköra med mig, vad behöver vi ordna först',
    ],
    [
      'starting to practise with a supervisor',
      'en',
      'transportstyrelsen',
      'my daughter wants to start practising driving with me as her supervisor, what do we need',
    ],
    [
      'starting to practise with a supervisor',
      'uk',
      'transportstyrelsen',
      'син хоче вчитися водити зі мною, що нам треба оформити спочатку',
    ],
    [
      'driving here for good after driving abroad',
      'sv',
      'transportstyrelsen',
      'jag har kört bil i Iran i tjugo år och bor nu här för gott, hur får jag köra lagligt',
    ],
    [
      'driving here for good after driving abroad',
      'en',
      'transportstyrelsen',
      "I've driven in Brazil for years and now live here for good, how can I keep driving legally?",
    ],
    [
      'driving here for good after driving abroad',
      'uk',
      'transportstyrelsen',
      'я багато років керував авто в Україні, тепер живу тут постійно, як законно їздити далі',
    ],
    [
      'a foreign licence to exchange',
      'sv',
      'transportstyrelsen',
      'jag vill byta mitt utländska körkort mot ett svenskt',
    ],
    [
      'a foreign licence to exchange',
      'en',
      'transportstyrelsen',
      'how do I exchange my foreign driving licence for a Swedish one',
    ],
    [
      'a foreign licence to exchange',
      'uk',
      'transportstyrelsen',
      'як обміняти українські права на шведські',
    ],
    [
      'home with a sick child',
      'sv',
      'forsakringskassan',
      'barnet har vattkoppor och jag måste stanna hemma från jobbet, hur får jag betalt',
    ],
    [
      'home with a sick child',
      'en',
      'forsakringskassan',
      "my son has a fever so I'm home from work with him, can I get paid for the days",
    ],
    [
      'home with a sick child',
      'uk',
      'forsakringskassan',
      'дитина захворіла, я сиджу з нею вдома замість роботи, як отримати гроші',
    ],
    ['a new job and tax', 'sv', 'skatteverket', 'jag har fått jobb men behöver hjälp med skatten'],
    ['a new job and tax', 'en', 'skatteverket', 'I got a job but I need help sorting out my tax'],
    [
      'a new job and tax',
      'uk',
      'skatteverket',
      'я знайшов роботу, але потрібна допомога з податками',
    ],
    [
      'agency names split or spelt as heard',
      'sv',
      'forsakringskassan',
      'försäkrings kassan jag väntar fortfarande på beslut om sjuk penning',
    ],
    [
      'agency names split or spelt as heard',
      'sv',
      'arbetsformedlingen',
      'arbets förmedlingen jag vill skriva in mig',
    ],
    [
      'agency names split or spelt as heard',
      'sv',
      'kronofogden',
      'kronofo gden har skickat ett brev till mig',
    ],
    [
      'agency names split or spelt as heard',
      'uk',
      'kronofogden',
      'крону фогден прислав мені лист про борг',
    ],
    [
      'agency names split or spelt as heard',
      'uk',
      'trafikverket',
      'трафік веркет коли можна скласти теорію',
    ],
    ['agency names split or spelt as heard', 'uk', 'skatteverket', 'персонер номер як отримати'],
    [
      'agency names split or spelt as heard',
      'uk',
      'skatteverket',
      'персональний номер як отримати',
    ],
    [
      'agency names split or spelt as heard',
      'uk',
      'skatteverket',
      'скатте веркет як отримати персонумер',
    ],
    [
      'agency names split or spelt as heard',
      'en',
      'csn',
      "see es en sent me a letter i don't understand",
    ],
    [
      'agency names split or spelt as heard',
      'en',
      'forsakringskassan',
      "forsa crings cassan hasn't paid my parental benefit",
    ],
    [
      'agency names split or spelt as heard',
      'en',
      'skatteverket',
      'the shatta verket wants my income statement',
    ],
    [
      'agency names split or spelt as heard',
      'en',
      'transportstyrelsen',
      'lost my drivers licens what do I do',
    ],
    ['agency names split or spelt as heard', 'uk', 'lantmateriet', 'лантмятеріет лагфарт'],
    [
      'agency names split or spelt as heard',
      'uk',
      'forsakringskassan',
      'форсекрінгс кассан не заплатили',
    ],
  ])('%s [%s] → %s: %s', (_kind, lang, body, text) => {
    expect(understanding.classify(text, lang).body).toBe(body);
  });
});

/** Student finance said without its name: money borrowed while studying, an allowance at upper secondary school. */
describe('student finance by kind', () => {
  it.each<[string, Lang, AgencyId, string]>([
    [
      'a study loan not named, years later',
      'en',
      'csn',
      "I lived in Sweden as a student ages ago, now I'm in the US and I keep getting letters demanding money I borrowed back then",
    ],
    [
      'a study loan not named, paid off at once',
      'uk',
      'csn',
      'я вже закінчила навчання і хочу одразу повернути все, що позичала під час навчання, щоб не було відсотків',
    ],
    [
      'a study loan not named, paid off at once',
      'sv',
      'csn',
      'Jag är klar och vill betala allt på en gång som jag lånade när jag pluggade, för att slippa räntan',
    ],
    [
      'study allowance at upper secondary school',
      'uk',
      'csn',
      'моїй доньці 17, вона ходить в гімназію, чи отримає вона студентську допомогу?',
    ],
    [
      'study allowance at upper secondary school',
      'sv',
      'csn',
      'Mitt barn är 16 och går på gymnasiet, får hon studiebidrag?',
    ],
    [
      'study allowance at upper secondary school',
      'en',
      'csn',
      'my son starts upper secondary school next year, will he get the study allowance?',
    ],
  ])('%s [%s] → %s: %s', (_kind, lang, body, text) => {
    expect(understanding.classify(text, lang).body).toBe(body);
  });
});
