/** Life situations that name no body: each goes to the first body to contact, in sv, en and uk. */
import type { AgencyId } from '../../../src/agencies/agencyIds';
import type { Lang } from '../../../src/languages';
import { Understanding } from '../../../src/understanding/understanding';

let understanding: Understanding;
beforeAll(() => {
  understanding = Understanding.fromLocales();
});

// Written for this test from the kinds of life situation (issue 15), not from any evaluation set.
describe('life situations', () => {
  it.each<[string, Lang, AgencyId, string]>([
    [
      'a death in the family',
      'sv',
      'skatteverket',
      'min pappa har somnat in, vad måste vi göra nu',
    ],
    [
      'a death in the family',
      'sv',
      'skatteverket',
      'mormor dog i helgen och vi vet inte vad vi ska göra med hennes saker',
    ],
    [
      'a death in the family',
      'en',
      'skatteverket',
      'my mum passed last week, what paperwork is there',
    ],
    [
      'a death in the family',
      'en',
      'skatteverket',
      "we lost my father on sunday and I don't know where to start",
    ],
    ['a death in the family', 'uk', 'skatteverket', 'у мене помер батько, що треба оформити'],
    ['a death in the family', 'uk', 'skatteverket', 'не стало бабусі, з чого почати з документами'],
    [
      'a new baby',
      'sv',
      'forsakringskassan',
      'vi har precis fått en bebis, vad kan vi få för stöd',
    ],
    [
      'a new baby',
      'sv',
      'forsakringskassan',
      'jag är gravid och undrar vad jag har rätt till när barnet kommer',
    ],
    ['a new baby', 'en', 'forsakringskassan', 'we just had a baby, what support can we get'],
    [
      'a new baby',
      'en',
      'forsakringskassan',
      "I'm expecting in May, what am I entitled to as a parent",
    ],
    [
      'a new baby',
      'uk',
      'forsakringskassan',
      'у нас народилася дитина, яку допомогу можна отримати',
    ],
    ['a new baby', 'uk', 'forsakringskassan', 'я вагітна, що мені положено коли народиться дитина'],
    ['divorce', 'sv', 'skatteverket', 'vi ska skiljas, vad behöver vi göra'],
    ['divorce', 'sv', 'skatteverket', 'jag och min fru har separerat och hon har flyttat ut'],
    ['divorce', 'en', 'skatteverket', 'my husband and I are splitting up, what do we need to do'],
    ['divorce', 'en', 'skatteverket', "we're getting a divorce, where do I start"],
    ['divorce', 'uk', 'skatteverket', 'ми розлучаємося, що потрібно зробити'],
    ['divorce', 'uk', 'skatteverket', 'я розлучилась з чоловіком, куди звертатись'],
    [
      'moving abroad',
      'sv',
      'skatteverket',
      'jag ska flytta till Spanien nästa år, vem ska jag meddela',
    ],
    ['moving abroad', 'sv', 'skatteverket', 'vi flyttar till Norge för gott i sommar'],
    ['moving abroad', 'en', 'skatteverket', "I'm moving to Portugal for good, who do I tell"],
    [
      'moving abroad',
      'en',
      'skatteverket',
      'we are relocating to Canada next year, what do I need to report',
    ],
    ['moving abroad', 'uk', 'skatteverket', 'я переїжджаю жити в Польщу, кого треба повідомити'],
    ['moving abroad', 'uk', 'skatteverket', 'ми назавжди виїжджаємо зі Швеції'],
    ['losing a job', 'sv', 'arbetsformedlingen', 'jag fick sparken igår, vad gör jag nu'],
    [
      'losing a job',
      'sv',
      'arbetsformedlingen',
      'mitt vikariat tog slut och jag har inget nytt jobb',
    ],
    ['losing a job', 'en', 'arbetsformedlingen', 'I got the sack yesterday, what now'],
    [
      'losing a job',
      'en',
      'arbetsformedlingen',
      'my job ended last Friday and I have nothing lined up',
    ],
    ['losing a job', 'uk', 'arbetsformedlingen', 'мене звільнили з роботи, що тепер робити'],
    ['losing a job', 'uk', 'arbetsformedlingen', 'мене скоротили на роботі, куди йти'],
    [
      'arriving from Ukraine',
      'sv',
      'migrationsverket',
      'vi har precis kommit från Ukraina, vad gör vi först',
    ],
    [
      'arriving from Ukraine',
      'sv',
      'migrationsverket',
      'jag flydde från kriget i Ukraina och kom hit igår',
    ],
    [
      'arriving from Ukraine',
      'en',
      'migrationsverket',
      'we just arrived from Ukraine, what do we do first',
    ],
    [
      'arriving from Ukraine',
      'en',
      'migrationsverket',
      'I fled the war in Ukraine and got here yesterday',
    ],
    [
      'arriving from Ukraine',
      'uk',
      'migrationsverket',
      'ми щойно приїхали з України, що робити спочатку',
    ],
    [
      'arriving from Ukraine',
      'uk',
      'migrationsverket',
      'ми втекли від війни, тільки приїхали до Швеції',
    ],
    ['retiring', 'sv', 'pensionsmyndigheten', 'jag ska sluta jobba nästa år, vad ska jag tänka på'],
    ['retiring', 'sv', 'pensionsmyndigheten', 'jag fyller 66 i vår och vill veta vad jag får'],
    [
      'retiring',
      'en',
      'pensionsmyndigheten',
      'I plan to stop working next year, what should I do first',
    ],
    ['retiring', 'en', 'pensionsmyndigheten', "I'm about to retire, how much will I get"],
    ['retiring', 'uk', 'pensionsmyndigheten', 'я скоро виходжу на пенсію, що треба зробити'],
    ['retiring', 'uk', 'pensionsmyndigheten', 'мені скоро 65, коли я можу перестати працювати'],
    [
      'falling ill long-term',
      'sv',
      'forsakringskassan',
      'jag har varit sjuk i flera månader och kan inte jobba',
    ],
    [
      'falling ill long-term',
      'sv',
      'forsakringskassan',
      'min cancerbehandling gör att jag inte kan arbeta på länge',
    ],
    [
      'falling ill long-term',
      'en',
      'forsakringskassan',
      "I've been ill for months and can't go back to work",
    ],
    [
      'falling ill long-term',
      'en',
      'forsakringskassan',
      "my cancer treatment means I can't work for a long time",
    ],
    [
      'falling ill long-term',
      'uk',
      'forsakringskassan',
      'я вже кілька місяців хворію і не можу працювати',
    ],
    [
      'falling ill long-term',
      'uk',
      'forsakringskassan',
      'через лікування від раку я довго не зможу працювати',
    ],
    [
      'debts',
      'sv',
      'kronofogden',
      'jag har massa obetalda räkningar och det har kommit brev från kronofogden',
    ],
    ['debts', 'sv', 'kronofogden', 'jag ligger efter med räkningarna och de hotar med utmätning'],
    ['debts', 'en', 'kronofogden', "I'm behind on all my bills and can't catch up"],
    ['debts', 'en', 'kronofogden', 'I owe money everywhere and letters keep coming'],
    ['debts', 'uk', 'kronofogden', 'у мене купа боргів і приходять листи з вимогами'],
    ['debts', 'uk', 'kronofogden', 'я не можу сплатити рахунки, борги ростуть'],
  ])('%s [%s] → %s first: %s', (_kind, lang, agency, text) => {
    const got = understanding.classify(text, lang);
    // The body given, or the first of the two the person is asked to choose between.
    expect(got.body ?? got.alternatives[0]?.agency).toBe(agency);
  });
});
