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

  // Kinds of danger written as people write them, each kind in every language: built from the kind
  // and the grammar of "now", not from any evaluation line.
  it.each<[string, Lang, string]>([
    ['collapse, not breathing', 'en', 'my neighbour collapsed in the lift and isnt breathing'],
    ['collapse, not breathing', 'sv', 'grannen föll ihop i hissen och andas inte'],
    ['collapse, not breathing', 'uk', 'сусід впав у ліфті і не дихає'],
    ['someone fallen, not answering', 'en', 'grandpa fell in the bathroom and is not answering me'],
    ['someone fallen, not answering', 'sv', 'morfar ramlade i badrummet och svarar inte'],
    ['someone fallen, not answering', 'uk', 'дід впав у ванній і не відповідає'],
    ['intruder now', 'en', 'two men are breaking into the flat downstairs'],
    ['intruder now', 'sv', 'det är någon som klättrar in genom fönstret hos oss'],
    ['intruder now', 'uk', 'якийсь чоловік лізе до нас через балкон у квартиру'],
    ['intruder now, Russian-mixed', 'uk', 'кто-то ломится в дверь квартиры, мне страшно'],
    [
      'child gone while searching',
      'en',
      'my son is gone, we have been looking at the playground for ten minutes',
    ],
    [
      'child gone while searching',
      'sv',
      'sonen är borta på lekplatsen, vi har letat i tio minuter',
    ],
    ['child gone while searching', 'uk', 'сина немає на майданчику, шукаємо вже десять хвилин'],
    ['suicide threat, someone else', 'en', 'my brother says he is going to jump from the roof'],
    ['suicide threat, someone else', 'sv', 'min bror säger att han ska hoppa från taket'],
    ['suicide threat, someone else', 'uk', 'брат каже що стрибне з даху'],
    ['suicide threat, Latin-typed', 'uk', 'brat kazhe shcho strybne z dahu'],
    ['boat over, people in the water', 'en', 'our kayak tipped over and two kids are in the lake'],
    ['boat over, people in the water', 'sv', 'kanoten välte och två barn är i sjön'],
    ['boat over, people in the water', 'uk', 'байдарка перевернулася, діти у воді'],
    ['fire in a mixed message', 'sv', 'hjälp det brinner in the kitchen, elden sprider sig'],
    ['fire in a mixed message', 'en', 'help, there is a fire i trapphuset'],
    ['too many pills', 'en', 'my sister swallowed a whole box of sleeping pills'],
    ['too many pills', 'sv', 'min syster har svalt hela burken sömntabletter'],
    ['too many pills, surzhyk', 'uk', 'сестра наглоталась снодійних таблеток, цілу пачку'],
    [
      'stroke signs',
      'en',
      'half of her face is drooping and she talks strangely since a few minutes ago',
    ],
    ['stroke signs', 'sv', 'ena sidan av ansiktet hänger på mormor'],
    ['stroke signs', 'uk', 'у бабусі перекосило обличчя з одного боку'],
    ['pills, then no response', 'en', 'he took a handful of tablets and will not respond to us'],
    ['pills, then no response', 'sv', 'hon tog en massa tabletter och reagerar inte'],
    ['pills, then no response', 'uk', 'він наковтався пігулок і не реагує'],
    ['on a roof, about to jump', 'sv', 'han står uppe på taket och vill hoppa'],
    [
      'not wanting to live, first person, a word between',
      'en',
      'honestly I do not want to be alive any more',
    ],
    [
      'not wanting to live, first person, a word between',
      'sv',
      'jag vill inte finnas längre, allt är mörkt',
    ],
    [
      'not wanting to live, first person, a word between',
      'uk',
      'я не хочу вже жити, сиджу сама вдома',
    ],
    [
      'not wanting to live, first person, a word between',
      'uk',
      'мені так погано, не хочу більше жити',
    ],
    ['a child named by a number', 'en', 'my 3yo has gone missing in the park'],
    ['a child named by a number', 'en', 'our 4-year-old disappeared at the pool'],
    ['a child named by a number', 'sv', 'min 4-åring är försvunnen'],
    ['a child named by a number', 'uk', 'мій 4-річний син зник'],
    ['an English danger word in Swedish', 'sv', 'en man med en gun i tunnelbanan'],
    ['an English danger word in Ukrainian', 'uk', 'у метро хтось з gun'],
  ])('%s [%s]: %s', (_kind, lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  // The guard: a non-urgent matter that mentions illness, money, a country, the police or a past
  // crime is never 112.
  it.each<[string, Lang, string]>([
    [
      'illness',
      'en',
      'my husband had a stroke two years ago, can he get help at home from the municipality',
    ],
    ['illness', 'sv', 'min fru fick en stroke för två år sedan, kan hon få färdtjänst'],
    ['illness', 'uk', 'у чоловіка був інсульт два роки тому, чи може він отримати допомогу вдома'],
    [
      'illness, long-term',
      'en',
      'my son speaks strangely since birth, is there speech therapy for children',
    ],
    ['money', 'en', 'i lost all my money and have too many debts, who can help me'],
    ['money', 'sv', 'jag har för många skulder och pengarna är borta, vem kan hjälpa mig'],
    ['money', 'uk', 'у мене забагато боргів, хто може допомогти'],
    [
      'a country',
      'en',
      'my daughter is gone to Ukraine for the summer, does her child benefit stop',
    ],
    ['a country', 'sv', 'min dotter är i Ukraina i sommar, försvinner barnbidraget'],
    ['a country', 'uk', 'мій тато повернувся жити в Україну, чи буде пенсія'],
    ['police', 'en', 'how do I get a new passport from the police after a break in last year'],
    ['police', 'sv', 'hur ansöker jag om vapenlicens hos polisen'],
    ['police', 'uk', 'як отримати довідку з поліції про несудимість'],
    [
      'past crime',
      'en',
      'someone broke into our house last month, the insurance company wants the report',
    ],
    [
      'past crime',
      'sv',
      'någon bröt sig in i vårt förråd förra veckan, hur gör jag en polisanmälan',
    ],
    ['past crime', 'uk', 'минулого тижня хтось виламав двері в підвалі, куди писати заяву'],
    [
      'a death in the family',
      'en',
      "my husband took his own life in the spring, what is a widow's pension",
    ],
    [
      'a death in the family',
      'sv',
      'min man tog sitt liv i våras, hur söker jag efterlevandepension',
    ],
    [
      'the past, now stable',
      'en',
      'i had thoughts of ending my life in the past, now i want a regular psychologist',
    ],
    ['the phone is not answered', 'sv', 'jag ringde min handläggare men han svarar inte'],
    ['the phone is not answered', 'uk', 'я писала інспектору, але він не відповідає'],
    ['a moving house', 'en', 'how do I get into an apartment queue in Malmö'],
    ['catching a train', 'sv', 'kan jag hoppa på tåget till Malmö med busskortet'],
    [
      'a Swedish calm word in English',
      'en',
      'how long does a vapenlicens for target shooting take',
    ],
  ])('not 112: %s [%s]: %s', (_kind, lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
  });

  // Danger told without danger words: the kind of trouble (two signs of a body in acute
  // trouble, a person in the water, a child at a height, a beating, someone hiding from an
  // intruder), in each language, written for the kind and not taken from any evaluation line.
  it.each<[string, Lang, string]>([
    [
      'heart signs: the chest and falling',
      'en',
      'my husband is clutching his chest and keeps falling over',
    ],
    ['heart signs: the chest and pallor', 'sv', 'morfar tar sig för bröstet och är alldeles blek'],
    ['heart signs: the chest and falling', 'uk', 'бабуся тримається за груди і хитається'],
    [
      'allergy: an allergen, swelling and breath',
      'en',
      'she got stung by a wasp, her face is swelling and it is hard to breathe',
    ],
    [
      'allergy: an allergen, swelling and breath',
      'sv',
      'han blev stucken av en geting och nu svullnar ansiktet och han får knappt luft',
    ],
    [
      'allergy: an allergen, swelling and breath',
      'uk',
      'після укусу оси в нього набрякло обличчя і важко дихає',
    ],
    [
      'a person overboard',
      'en',
      'our friend went overboard from the sailing boat and is drifting away',
    ],
    ['a person overboard', 'sv', 'en passagerare har fallit överbord från färjan'],
    ['a person overboard', 'uk', 'дитина випала за борт катера'],
    ['through the ice', 'sv', 'två barn har gått genom isen vid bryggan'],
    ['a child at a height', 'en', 'a toddler is standing on the windowsill of an open window'],
    [
      'a child at a height',
      'sv',
      'en treåring klättrar på fönsterbrädan i lägenheten mittemot, fönstret är öppet',
    ],
    ['a child at a height', 'uk', 'малюк висить на перилах балкона'],
    [
      'a beating, passive',
      'en',
      "my neighbour's kid is being beaten, I can hear it through the wall",
    ],
    ['a beating', 'sv', 'två killar sparkar på en man som ligger vid stationen'],
    ['a beating', 'uk', "двоє б'ють хлопця біля зупинки"],
    [
      'hiding from an intruder',
      'en',
      'someone got in through the back door, the kids and I have locked ourselves in the attic',
    ],
    [
      'hiding from an intruder',
      'sv',
      'jag hör någon gå runt på nedervåningen och har gömt mig i garderoben',
    ],
    ['hiding from an intruder', 'uk', 'хтось зайшов у будинок, ми з дітьми сховалися на горищі'],
    ['Swedish word order: not answering', 'sv', 'pappa ramlade i trappan och nu svarar han inte'],
    ['a child at an edge', 'en', 'a kid is sitting on the edge of the roof of the garage block'],
    [
      'a battery swallowed (not an alarm)',
      'en',
      'my toddler swallowed a button battery and is coughing',
    ],
    ['a battery swallowed (not an alarm)', 'sv', 'min son har svalt ett batteri och kräks'],
  ])('danger without danger words, %s [%s]: %s', (_kind, lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  // The calm kinds beside them: an alarm beeping for its battery, signs that have lasted weeks,
  // an allergy or an illness as a standing fact, a beating in the past, a railing to make safe.
  it.each<[string, Lang, string]>([
    [
      'an alarm beeping for its battery',
      'en',
      'the smoke alarm keeps beeping, I think the battery is low',
    ],
    [
      'an alarm beeping for its battery',
      'sv',
      'brandvarnaren i trapphuset piper, batteriet behöver bytas, vem ansvarar',
    ],
    ['an alarm beeping for its battery', 'uk', 'пожежний датчик пищить, мабуть сіла батарейка'],
    [
      'signs for weeks',
      'en',
      'I have been dizzy and pale for weeks, which health centre should I go to',
    ],
    [
      'signs for weeks',
      'sv',
      'jag har varit yr och blek i flera veckor, vilken vårdcentral ska jag gå till',
    ],
    [
      'signs for weeks',
      'uk',
      'вже тиждень паморочиться голова і я бліда, до якого лікаря записатися',
    ],
    [
      'an allergy as a fact',
      'en',
      'my son is allergic to nuts, does the preschool have to give him special food',
    ],
    [
      'an allergy as a fact',
      'sv',
      'min dotter är allergisk mot nötter, kan förskolan laga specialkost',
    ],
    [
      'an allergy as a fact',
      'uk',
      'у дитини алергія на горіхи, чи дають у школі окреме харчування',
    ],
    [
      'an illness as a fact',
      'en',
      'my dad has heart failure and gets breathless on stairs, can he get a disability parking permit',
    ],
    [
      'an illness as a fact',
      'uk',
      'тато має серцеву недостатність і задихається на сходах, чи можна отримати паркувальний дозвіл для інвалідів',
    ],
    [
      'a beating in the past',
      'en',
      'my wife was beaten up by her ex two years ago and we want a restraining order',
    ],
    [
      'a beating in the past',
      'sv',
      'jag blev misshandlad av min ex förra året, kan jag få kontaktförbud',
    ],
    [
      'a railing to make safe',
      'en',
      'my daughter wants to sit on the balcony railing at the new flat, how do we childproof it',
    ],
  ])('not 112: %s [%s]: %s', (_kind, lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
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

/**
 * Danger told without danger words, by kind (stroke signs, smoke from under a door, a gas smell, a
 * child gone by the water, a wrong-way driver, a window glowing orange, someone who does not
 * respond, a person on a bridge, a break-in under way), and the calm kinds beside them (news of a
 * past event, a TV series, an alarm's battery, a stroke last year, a caseworker not answering).
 */
describe('EmergencyDetector: danger by kind, no danger word', () => {
  it.each<[Lang, string]>([
    ['sv', 'Pappa har plötsligt sned mun och kan inte lyfta högerarmen'],
    [
      'sv',
      'Farmor pratar sluddrigt och ena sidan av ansiktet har sjunkit ner, det började för en kvart sedan',
    ],
    ['sv', 'min sambo får inte fram ett ord och armen hänger bara'],
    ['sv', 'Det kommer rök ut under grannens dörr'],
    ['sv', 'det väller ut rök under dörren till lägenheten bredvid'],
    ['sv', 'Det luktar gas i hela trapphuset'],
    ['sv', 'jag känner stark gaslukt i köket'],
    ['sv', 'Min dotter var vid vattnet nyss och nu ser jag henne inte någonstans'],
    ['sv', 'vi är på badplatsen och min son är borta'],
    ['sv', 'En bil kör åt fel håll på motorvägen'],
    ['sv', 'det kommer en bil mot körriktningen på E4:an'],
    ['sv', 'Det lyser orange i grannens fönster och det fladdrar'],
    ['sv', 'grannhuset har ett orange sken i fönstret och det luktar bränt'],
    ['sv', 'Min pappa ligger på golvet och svarar inte när jag pratar med honom'],
    ['sv', 'hon har fått ett krampanfall och svarar inte'],
    ['sv', 'Det står en man på bron och säger att han inte vill leva'],
    ['sv', 'en tjej sitter på räcket på bron och gråter'],
    ['sv', 'två killar bryter upp cyklar i cykelrummet just nu'],
    ['en', "Dad's face is suddenly drooping on one side and he can't lift his arm"],
    ['en', "my wife can't get her words out and her arm has gone weak, it started ten minutes ago"],
    ['en', "There's smoke coming out from under my neighbour's door"],
    ['en', 'I can smell gas in the stairwell'],
    ['en', 'strong smell of gas in my kitchen'],
    ['en', "my son was by the water a minute ago and now I can't see him anywhere"],
    ['en', "we're at the lake and my daughter has disappeared"],
    ['en', 'a car is driving the wrong way on the motorway'],
    ['en', "there's a driver going against traffic on the E4"],
    ['en', 'the window next door is glowing orange and flickering'],
    ['en', 'my grandmother is on the floor and not responding'],
    ['en', "he had a seizure and now he isn't answering me"],
    ['en', "there's a man on the bridge saying he doesn't want to live anymore"],
    ['en', "my friend is on the bridge and says she doesn't want to be here anymore"],
    ['en', 'someones trying to brake into the house right now'],
    ['en', 'two guys are breaking into cars in the car park right now'],
    ['uk', 'У тата раптом перекосило обличчя і він не може підняти руку'],
    ['uk', 'бабуся не може говорити і рука не слухається, почалось десять хвилин тому'],
    ['uk', 'З-під дверей сусідів іде дим'],
    ['uk', "в під'їзді пахне газом"],
    ['uk', 'на кухні сильний запах газу'],
    ['uk', 'мій син був біля води хвилину тому, а тепер я його ніде не бачу'],
    ['uk', 'ми на пляжі і моя донька зникла'],
    ['uk', 'машина їде по зустрічній на трасі'],
    ['uk', 'на автостраді автомобіль їде в протилежному напрямку'],
    ['uk', 'у вікні сусідів світиться помаранчеве і мерехтить'],
    ['uk', 'дідусь лежить на підлозі і не відповідає'],
    ['uk', 'у нього були судоми і він не реагує'],
    ['uk', 'на мосту стоїть чоловік і каже, що не хоче жити'],
    ['uk', 'моя подруга на мосту і каже, що більше не хоче тут бути'],
    ['uk', 'хтось ламає двері в мою квартиру зараз'],
    ['uk', 'двоє хлопців зараз зламують машини на парковці'],
  ])('[%s] 112: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  it.each<[Lang, string]>([
    ['sv', 'Jag såg på nyheterna om branden i går, vem utreder den?'],
    ['sv', 'Var kan jag se nyheterna om gårdagens skottlossning?'],
    ['sv', 'Vad heter den nya svenska deckarserien om en mördare i Ystad?'],
    ['sv', 'Brandvarnaren piper, jag tror batteriet är slut'],
    ['sv', 'Min pappa fick en stroke förra året, kan han få bostadstillägg?'],
    ['sv', 'Jag tappade bort min son i en affär förra sommaren, hur anmäler jag det i efterhand?'],
    ['sv', 'Hur anmäler jag en granne som röker på balkongen?'],
    ['sv', 'Hur bokar jag gaskontroll av min spis?'],
    ['sv', 'Jag såg en bil köra mot rött i går, hur anmäler jag det?'],
    ['en', 'Where can I read the news about the fire last night?'],
    ['en', "What's the name of that Swedish TV crime series about a detective in Ystad?"],
    ['en', 'the smoke alarm keeps chirping, I think it needs a new battery'],
    ['en', 'My mum had a stroke last year, can she get housing supplement?'],
    ['en', 'someone broke into my car last week, how do I report it?'],
    ['en', 'my neighbour smokes on the balcony and it comes into my flat'],
    ['en', 'I think my gas bill is too high'],
    ['en', 'the person handling my case is not responding to my emails'],
    ['uk', 'де подивитися новини про вчорашню пожежу?'],
    ['uk', 'як називається шведський серіал про детектива в Істаді?'],
    ['uk', 'пожежний датчик пищить, здається сіла батарейка'],
    ['uk', 'мій тато мав інсульт минулого року, чи може він отримати допомогу?'],
    ['uk', 'мою машину зламали минулого тижня, як подати заяву?'],
    ['uk', 'Міграційна служба не відповідає на мої листи'],
    ['sv', 'Försäkringskassan svarar inte i telefon'],
    ['sv', 'Handläggaren svarar inte på mina mejl'],
  ])('[%s] not 112: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
  });
});

/**
 * Danger told only by its signs: two kinds of signs of one danger (a body failing, fire, gas,
 * water, self-harm, an intruder, violence heard, traffic, a burn, a child shut in a car) are
 * danger now; signs of different dangers, or one sign with the past or paperwork, are not.
 */
describe('EmergencyDetector: two kinds of signs of one danger', () => {
  it.each<[Lang, string]>([
    ['sv', 'Min man tuppade av i hallen och jag får ingen kontakt med honom'],
    ['sv', 'Hon åt en kaka med nötter och nu har hon svårt att svälja'],
    ['sv', 'Sonen slog i huvudet på gungan och har kräkts två gånger'],
    ['sv', 'Mamma har diabetes och är helt förvirrad och kallsvettig'],
    ['sv', 'Det gnistrar från vägguttaget i sovrummet'],
    ['sv', 'Gasolflaskan på balkongen väser och det luktar'],
    ['sv', 'Min kompis dök från bryggan och har inte kommit upp'],
    ['sv', 'Jag har sömntabletterna framför mig och tänker ta alla'],
    ['sv', 'Någon rycker i handtaget på ytterdörren och jag är ensam hemma'],
    ['sv', 'Jag hör skrik och dunsar från grannen'],
    ['sv', 'En cyklist ligger på vägen och blöder efter att bilen körde iväg'],
    ['sv', 'Lillan drog ner kastrullen med kokande vatten och får blåsor på armen'],
    ['sv', 'Ett barn är inlåst i bilen på parkeringen i värmen'],
    ['en', "My husband keeled over in the hallway and he's not responding"],
    ['en', 'She had some peanuts and now she can hardly swallow'],
    ['en', 'my boy banged his head at the playground and keeps throwing up'],
    ['en', "Dad's diabetic and he's confused and clammy"],
    ['en', 'sparks are coming from the socket in the bedroom'],
    ['en', 'the gas bottle on the balcony is hissing'],
    ['en', "my mate dived off the jetty and hasn't come up"],
    ['en', "I've got the pills lined up and I'm going to take them all"],
    ['en', "someone is rattling the door handle and I'm home alone"],
    ['en', 'I can hear screaming and thuds from the flat next door'],
    ['en', 'a cyclist is lying in the road bleeding'],
    ['en', 'the toddler pulled a pan of boiling water over himself and his skin is peeling'],
    ['en', "there's a baby locked in a car in the car park and it's hot"],
    ['uk', 'Чоловік знепритомнів у коридорі, і я не можу його розбудити'],
    ['uk', "Вона з'їла горіхи і тепер їй важко ковтати"],
    ['uk', 'син вдарився головою на гойдалці і двічі блював, тепер блює знову'],
    ['uk', 'у мами діабет, вона розгублена і дуже пітніє'],
    ['uk', 'з розетки в спальні летять іскри'],
    ['uk', 'газовий балон на балконі шипить'],
    ['uk', 'друг пірнув з причалу і не виринув'],
    ['uk', 'переді мною всі таблетки, я збираюся випити їх'],
    ['uk', 'хтось смикає ручку вхідних дверей, мені страшно'],
    ['uk', 'чую крики і гуркіт у сусідів'],
    ['uk', 'велосипедист лежить на дорозі, машина поїхала'],
    ['uk', 'малюк перекинув на себе окріп, шкіра облазить'],
    ['uk', 'дитина зачинена в машині на стоянці, дуже спекотно'],
    ['uk', 'babusia vpala i ne reaguie'],
  ])('[%s] 112: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(true);
  });

  it.each<[Lang, string]>([
    ['sv', 'Någon krossade rutan på min bil i natt och tog väskan, hur polisanmäler jag?'],
    ['sv', 'Jag stukade foten i lördags och den är fortfarande svullen och blå'],
    ['sv', 'Blir det köer eller vägarbeten på E6 i morgon?'],
    ['sv', 'Hur får jag ett nytt recept på mina sömntabletter?'],
    ['sv', 'Grannens barn skriker hela dagarna, vem kan jag klaga hos?'],
    ['sv', 'Vi fick en gasräkning som luktar fusk, hur klagar jag?'],
    ['en', 'someone smashed my car window last night and took my bag, how do I report it?'],
    ['en', 'I twisted my ankle on Saturday and it is still swollen and blue'],
    ['en', 'are there any roadworks or closures on the E6 tomorrow?'],
    ['en', 'how do I get a new prescription for my sleeping pills?'],
    ['en', 'one of the number plates fell off my car, how do I get a new one?'],
    ['en', 'paying back my loan is killing me, can I pay less?'],
    ['uk', 'хтось розбив вікно в машині минулої ночі і забрав сумку, як подати заяву?'],
    ['uk', 'я підвернула ногу в суботу, вона досі набрякла і синя'],
    ['uk', 'чи будуть завтра затори або перекриття на трасі E6?'],
    ['uk', 'як отримати новий рецепт на снодійне?'],
  ])('[%s] not 112: %s', (lang, text) => {
    expect(read(text, lang).emergency).toBe(false);
  });
});
