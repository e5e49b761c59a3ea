// The districts and suburbs of the four largest urban areas: every one people name is found.
import { loadPlaceResolver } from '../../../src/places';

const resolver = loadPlaceResolver();

/** Districts and suburbs by urban area: [name as people write it, municipality]. */
const AREAS: Record<string, [string, string][]> = {
  Stockholm: [
    ['Rinkeby', 'Stockholm'],
    ['Tensta', 'Stockholm'],
    ['Hjulsta', 'Stockholm'],
    ['Järva', 'Stockholm'],
    ['Kista', 'Stockholm'],
    ['Akalla', 'Stockholm'],
    ['Skärholmen', 'Stockholm'],
    ['Bredäng', 'Stockholm'],
    ['Hässelby', 'Stockholm'],
    ['Vällingby', 'Stockholm'],
    ['Farsta', 'Stockholm'],
    ['Rågsved', 'Stockholm'],
    ['Hagsätra', 'Stockholm'],
    ['Södermalm', 'Stockholm'],
    ['Hornstull', 'Stockholm'],
    ['Hammarby sjöstad', 'Stockholm'],
    ['Gärdet', 'Stockholm'],
    ['Fittja', 'Botkyrka'],
    ['Hallunda', 'Botkyrka'],
    ['Norsborg', 'Botkyrka'],
    ['Tumba', 'Botkyrka'],
    ['Slagsta', 'Botkyrka'],
    ['Flemingsberg', 'Huddinge'],
    ['Vårby gård', 'Huddinge'],
    ['Skogås', 'Huddinge'],
    ['Jakobsberg', 'Järfälla'],
    ['Barkarby', 'Järfälla'],
    ['Kallhäll', 'Järfälla'],
    ['Märsta', 'Sigtuna'],
    ['Valsta', 'Sigtuna'],
    ['Hallonbergen', 'Sundbyberg'],
    ['Rissne', 'Sundbyberg'],
    ['Huvudsta', 'Solna'],
    ['Hagalund', 'Solna'],
    ['Råsunda', 'Solna'],
    ['Tureberg', 'Sollentuna'],
    ['Häggvik', 'Sollentuna'],
    ['Brandbergen', 'Haninge'],
    ['Jordbro', 'Haninge'],
    ['Fisksätra', 'Nacka'],
    ['Orminge', 'Nacka'],
    ['Ronna', 'Södertälje'],
    ['Hovsjö', 'Södertälje'],
    ['Väsby', 'Upplands Väsby'],
  ],
  Göteborg: [
    ['Hisingen', 'Göteborg'],
    ['Hjällbo', 'Göteborg'],
    ['Frölunda', 'Göteborg'],
    ['Angered', 'Göteborg'],
    ['Gårdsten', 'Göteborg'],
    ['Hammarkullen', 'Göteborg'],
    ['Bergsjön', 'Göteborg'],
    ['Kortedala', 'Göteborg'],
    ['Biskopsgården', 'Göteborg'],
    ['Tuve', 'Göteborg'],
    ['Kviberg', 'Göteborg'],
    ['Örgryte', 'Göteborg'],
    ['Johanneberg', 'Göteborg'],
    ['Linnéstaden', 'Göteborg'],
    ['Majorna', 'Göteborg'],
    ['Högsbo', 'Göteborg'],
    ['Tynnered', 'Göteborg'],
    ['Länsmansgården', 'Göteborg'],
    ['Torslanda', 'Göteborg'],
    ['Kållered', 'Mölndal'],
    ['Sävedalen', 'Partille'],
    ['Mölnlycke', 'Härryda'],
  ],
  Malmö: [
    ['Rosengård', 'Malmö'],
    ['Möllevången', 'Malmö'],
    ['Hyllie', 'Malmö'],
    ['Fosie', 'Malmö'],
    ['Husie', 'Malmö'],
    ['Kirseberg', 'Malmö'],
    ['Lindängen', 'Malmö'],
    ['Holma', 'Malmö'],
    ['Kroksbäck', 'Malmö'],
    ['Västra Hamnen', 'Malmö'],
    ['Limhamn', 'Malmö'],
    ['Oxie', 'Malmö'],
    ['Seved', 'Malmö'],
    ['Arlöv', 'Burlöv'],
    ['Norra Fäladen', 'Lund'],
  ],
  Uppsala: [
    ['Gottsunda', 'Uppsala'],
    ['Valsätra', 'Uppsala'],
    ['Sävja', 'Uppsala'],
    ['Stenhagen', 'Uppsala'],
    ['Flogsta', 'Uppsala'],
    ['Luthagen', 'Uppsala'],
    ['Gränby', 'Uppsala'],
    ['Kvarngärdet', 'Uppsala'],
    ['Svartbäcken', 'Uppsala'],
    ['Sunnersta', 'Uppsala'],
    ['Gamla Uppsala', 'Uppsala'],
  ],
  'other big towns (a few main districts each)': [
    ['Bäckby', 'Västerås'],
    ['Råby', 'Västerås'],
    ['Brickebacken', 'Örebro'],
    ['Varberga', 'Örebro'],
    ['Vivalla', 'Örebro'],
    ['Lambohov', 'Linköping'],
    ['Skäggetorp', 'Linköping'],
    ['Drottninghög', 'Helsingborg'],
    ['Dalhem', 'Helsingborg'],
    ['Navestad', 'Norrköping'],
    ['Hageby', 'Norrköping'],
    ['Råslätt', 'Jönköping'],
    ['Öxnehaga', 'Jönköping'],
    ['Ålidhem', 'Umeå'],
    ['Ersboda', 'Umeå'],
  ],
};

describe.each(Object.entries(AREAS))('districts of the %s area', (_area, districts) => {
  it.each(districts)('finds %s (%s) alone and in a sentence', (name, municipality) => {
    for (const text of [name, `jag bor i ${name}`]) {
      const r = resolver.resolve(text, 'sv');
      expect(r.status === 'found' ? r.match.municipality : r.status).toBe(municipality);
    }
  });
});

/** Ukrainian forms: the case and preposition people use, and the district meant. */
const UKRAINIAN: [string, string][] = [
  ['Я живу на Хісінгені', 'Hisingen'],
  ['живу у Готтсунді', 'Gottsunda'],
  ['в Рінкебю', 'Rinkeby'],
  ['я мешкаю в Тенсті', 'Tensta'],
  ['біля Шерхольмена', 'Skärholmen'],
  ['на Седермальмі', 'Södermalm'],
  ['у Фіттьї', 'Fittja'],
  ['в Розенгорді', 'Rosengård'],
  ['в Ангереді', 'Angered'],
  ['у Флемінгсберзі', 'Flemingsberg'],
  ['в Гюллє', 'Hyllie'],
  ['у Сев’ї', 'Sävja'],
  ['у Віваллі', 'Vivalla'],
  ['в Олідхемі', 'Ålidhem'],
  ['у Рослеті', 'Råslätt'],
];

it.each(UKRAINIAN)('reads the Ukrainian "%s" as %s', (text, name) => {
  const r = resolver.resolve(text, 'uk');
  expect(r.status === 'found' ? r.match.name : r.status).toBe(name);
});

/** Ukrainian typed in Latin letters: the same cases, after a Ukrainian preposition. */
it.each([
  ['ya zhyvu v Heteborzi', 'Göteborg'],
  ['u Geteborzi', 'Göteborg'],
  ['my zhyvemo na Hisingeni', 'Hisingen'],
  ['ya v Upsali', 'Uppsala'],
  ['zhyvu u Flemingsberzi', 'Flemingsberg'],
  ['meshkayu v Kisti', 'Kista'],
])('reads the Latin-typed Ukrainian "%s" as %s', (text, name) => {
  const r = resolver.resolve(text, 'uk');
  expect(r.status === 'found' ? r.match.name : r.status).toBe(name);
});

it.each([
  ['uk', 'do i really have to apply for jobs every month'],
  ['uk', 'Jag ska flytta till Norge för jobbet'],
  ['en', 'I was in Heteborzi'],
  ['sv', 'jag bor i Heteborzi'],
] as const)(
  '%s "%s": no Ukrainian case is read without a Ukrainian preposition in a Ukrainian conversation',
  (lang, text) => {
    const r = resolver.resolve(text, lang, { suggest: false });
    expect(r.status === 'found' ? r.match.name : r.status).toBe('notFound');
  },
);

it('reads no new district into an everyday word one letter away ("i villan" is not Lillån)', () => {
  const r = resolver.resolve('det brinner i villan bredvid', 'sv', { suggest: false });
  expect(r.status === 'found' ? r.match.name : r.status).toBe('notFound');
});

describe('a short place name followed by its municipality', () => {
  // A short name first in the message is no name by its capital alone; the municipality after it
  // says it is one, and which of the places of that name is meant.
  it.each([
    ['Åby Växjö', 'sv', 'Åby', 'Växjö'],
    ['Åby, Norrköping', 'sv', 'Åby', 'Norrköping'],
    ['Horn Västerås', 'sv', 'Horn', 'Västerås'],
    ['Viby Heby', 'en', 'Viby', 'Heby'],
    ['Ruda Norrköping', 'en', 'Ruda', 'Norrköping'],
    ['Tuna Landskrona', 'uk', 'Tuna', 'Landskrona'],
  ] as const)('%s (%s) → %s in %s', (text, lang, name, municipality) => {
    const r = resolver.resolve(text, lang);
    expect(r.status === 'found' && [r.match.name, r.match.municipality]).toEqual([
      name,
      municipality,
    ]);
  });

  it('an ordinary word before a town is still no place', () => {
    const r = resolver.resolve('bo Stockholm', 'sv');
    expect(r.status === 'found' && r.match.name).toBe('Stockholm');
  });
});

describe('an ordinary word that is also a place, before "i <town>"', () => {
  it.each(['Bor i Skellefteå', 'Bor i Enköping sen två år'])('%s is the town', (text) => {
    const r = resolver.resolve(text, 'sv');
    expect(r.status === 'found' && r.match.municipality).toBe(
      text.includes('Enköping') ? 'Enköping' : 'Skellefteå',
    );
  });
});

/** The name and municipality a resolution found, or its status. */
const read = (text: string, lang: 'sv' | 'en' | 'uk'): string => {
  const r = resolver.resolve(text, lang);
  return r.status === 'found' ? `${r.match.name}, ${r.match.municipality}` : r.status;
};

describe('a misspelt district name', () => {
  it.each([
    ['Brandbergn', 'sv', 'Brandbergen, Haninge'],
    ['jag bor i Skäggetrop', 'sv', 'Skäggetorp, Linköping'],
    ['Rosengårdd', 'sv', 'Rosengård, Malmö'],
    ['Kortedalla', 'en', 'Kortedala, Göteborg'],
    ['I live in Tynnerd', 'en', 'Tynnered, Göteborg'],
    ['Svartbacke', 'en', 'Svartbäcken, Uppsala'],
    ['я живу в Рінкебі', 'uk', 'Rinkeby, Stockholm'],
    ['в Гаммаркулені', 'uk', 'Hammarkullen, Göteborg'],
  ] as const)('one edit away: %s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    ['Biskopsgårn', 'sv', 'Biskopsgården, Göteborg'],
    ['jag bor i Kvillebäkn', 'sv', 'Kvillebäcken, Göteborg'],
    ['Flemmingsbeg', 'en', 'Flemingsberg, Huddinge'],
    ['I live in Hammarbyhöjdn', 'en', 'Hammarbyhöjden, Stockholm'],
    ['Hammarkulle', 'uk', 'Hammarkullen, Göteborg'],
  ] as const)('two edits from a long name: %s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it('a long word two edits from a name in running text is no place', () => {
    const r = resolver.resolve('Hur ansöker jag om bostadsbidrag och Biskopsgårn', 'sv', {
      suggest: false,
    });
    expect(r.status).toBe('notFound');
  });

  it.each([
    ['Byrd', 'sv'],
    ['Rydd', 'en'],
  ] as const)('%s (%s): a misspelling with no clearly best place is suggested', (text, lang) => {
    const r = resolver.resolve(text, lang);
    expect(r.status === 'notFound' && r.suggestions.length > 0).toBe(true);
  });

  it.each([
    ['Tunna', 'sv'],
    ['I live in Tunna', 'en'],
    ['Тунна', 'uk'],
  ] as const)(
    '%s (%s): a misspelling that reads only as a hamlet is a suggestion',
    (text, lang) => {
      const r = resolver.resolve(text, lang);
      expect(r.status === 'notFound' && r.suggestions.map((s) => s.name)).toEqual(['Tuna']);
    },
  );
});

describe('a place in a municipality with a double name', () => {
  it.each([
    ['Sälen', 'sv'],
    ['I live in Sälen', 'en'],
    ['Я живу в Sälen', 'uk'],
  ] as const)('%s (%s) is Sälen in Malung-Sälen', (text, lang) => {
    expect(read(text, lang)).toBe('Sälen, Malung-Sälen');
  });
});

describe('a district name two municipalities have, with the municipality after it', () => {
  it.each([
    ['Årsta, Uppsala', 'sv', 'Årsta, Uppsala'],
    ['Eriksberg i Botkyrka', 'sv', 'Eriksberg, Botkyrka'],
    ['Haga in Umeå', 'en', 'Haga, Umeå'],
    ['Krokslätt in Gothenburg', 'en', 'Krokslätt, Göteborg'],
    ['я живу в Орсті, Уппсала', 'uk', 'Årsta, Uppsala'],
    ['Рюд у Лінчепінгу', 'uk', 'Ryd, Linköping'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it('an ordinary word that is a place of the municipality after it is that place', () => {
    expect(read('Berga i Linköping', 'sv')).toBe('Berga, Linköping');
    expect(read('Bor i Skellefteå', 'sv')).toBe('Skellefteå, Skellefteå');
  });
});

describe('an ambiguous bare name', () => {
  it.each([
    ['Årsta', 'sv', 'Årsta, Stockholm', 'Uppsala'],
    ['Haga', 'en', 'Haga, Göteborg', 'Umeå'],
    ['Хага', 'uk', 'Haga, Göteborg', 'Umeå'],
  ] as const)('%s (%s) picks %s and offers the one in %s', (text, lang, expected, other) => {
    const r = resolver.resolve(text, lang);
    expect(read(text, lang)).toBe(expected);
    expect(r.status === 'found' && r.match.others?.map((o) => o.municipality)).toContain(other);
  });
});

describe('two small places of one name and like size', () => {
  it.each([
    ['Insjön', 'sv', 'Insjön, Leksand', 'Åsele'],
    ['jag bor i Långsele', 'sv', 'Långsele, Sollefteå', 'Skellefteå'],
    ['Kyrkhult', 'en', 'Kyrkhult, Olofström', 'Laholm'],
  ] as const)(
    '%s (%s): the one with postal codes of its own, %s, and the one in %s offered',
    (text, lang, expected, other) => {
      const r = resolver.resolve(text, lang);
      expect(read(text, lang)).toBe(expected);
      expect(r.status === 'found' && r.match.others?.map((o) => o.municipality)).toContain(other);
    },
  );
});

describe('a name heard as words apart (speech to text)', () => {
  it.each([
    ['ja alltså tens ta', 'sv', 'Tensta, Stockholm'],
    ['ja asså bagar mossen', 'sv', 'Bagarmossen, Stockholm'],
    ['uh its called rinke by', 'en', 'Rinkeby, Stockholm'],
    ['we live in uh flemings berg', 'en', 'Flemingsberg, Huddinge'],
    ['ya zhyvu v skar holmen', 'uk', 'Skärholmen, Stockholm'],
    ['ну це rosen gård', 'uk', 'Rosengård, Malmö'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    ['we live in uh vall ing bee', 'en', 'Vällingby, Stockholm'],
    ['uh ross in guard in malmö', 'en', 'Rosengård, Malmö'],
    ['ja vi bor i hög da len', 'sv', 'Högdalen, Stockholm'],
  ] as const)('heard with other vowels: %s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    ['i live in hudd in gay', 'en', 'Huddinge, Huddinge'],
    ['we live in vall en toonah', 'en', 'Vallentuna, Vallentuna'],
    ['uh yordbro near haninge', 'en', 'Jordbro, Haninge'],
    ['uh yakobsberg near yarfella', 'en', 'Jakobsberg, Järfälla'],
    ['nu yordbro bilia Haninge', 'uk', 'Jordbro, Haninge'],
    ['we live near soder hamn', 'en', 'Söderhamn, Söderhamn'],
  ] as const)(
    'heard apart, with a silent h, first before its town, or after a word another language uses as a preposition: %s (%s) → %s',
    (text, lang, expected) => {
      expect(read(text, lang)).toBe(expected);
    },
  );

  it.each([
    ['my dad lives in brunn flow', 'en', 'Brunflo, Östersund'],
    ['my dad lives in brunn', 'en', 'Brunn, Värmdö'],
    ['it is hell sing bore', 'en', 'Helsingborg, Helsingborg'],
    ['the town is called moln licker', 'en', 'Mölnlycke, Härryda'],
    ['ми живемо в рінке бю', 'uk', 'Rinkeby, Stockholm'],
    ['я в шер хольмен', 'uk', 'Skärholmen, Stockholm'],
    ['мама живе в тенс та', 'uk', 'Tensta, Stockholm'],
    ['у рінке бю біля стокгольма', 'uk', 'Rinkeby, Stockholm'],
  ] as const)(
    'the whole name heard apart beats a part of it, in Cyrillic too; an English ear writes -borg as "bore", a last -a as "-er", and drops a last w: %s (%s) → %s',
    (text, lang, expected) => {
      expect(read(text, lang)).toBe(expected);
    },
  );

  it.each([
    ['ми живемо в старому будинку', 'uk'],
    ['мені треба в податкову службу', 'uk'],
  ] as const)('%s (%s): Ukrainian words run together are no place', (text, lang) => {
    expect(resolver.resolve(text, lang, { suggest: false }).status).toBe('notFound');
  });

  it.each([
    ['i moved to vårby last spring', 'en', 'Vårby, Huddinge'],
    ['we are in upplands vasby', 'en', 'Upplands Väsby, Upplands Väsby'],
    ['Upplands Vasby', 'sv', 'Upplands Väsby, Upplands Väsby'],
  ] as const)(
    'lower-case "i" is no preposition in English, and a town before a union of towns named by it: %s (%s) → %s',
    (text, lang, expected) => {
      expect(read(text, lang)).toBe(expected);
    },
  );

  it.each([
    ['uh pension near the office', 'en'],
    ['hemma nära kontoret', 'sv'],
    ['moved to london last year', 'en'],
  ] as const)(
    '%s (%s): a first word before a preposition is no place without a town after it',
    (text, lang) => {
      expect(resolver.resolve(text, lang, { suggest: false }).status).toBe('notFound');
    },
  );

  it.each([
    ['I need to go there to get one', 'en'],
    ['there is a man in our garden with a gun', 'en'],
    ['vi vet inte hur man gör för att söka', 'sv'],
  ] as const)(
    '%s (%s): everyday words that sound like a name run together are no place',
    (text, lang) => {
      expect(resolver.resolve(text, lang, { suggest: false }).status).toBe('notFound');
    },
  );

  it.each([
    ['jag bor i en lägenhet', 'sv'],
    ['barn bidrag', 'sv'],
    ['I need help with my tax return', 'en'],
  ] as const)('%s (%s): ordinary words together are no place', (text, lang) => {
    expect(resolver.resolve(text, lang, { suggest: false }).status).toBe('notFound');
  });
});

describe('a name with a word saying what kind of place it is', () => {
  it.each([
    ['Hjo town by the lake', 'en', 'Hjo, Hjo'],
    ['Kiruna town, up north', 'en', 'Kiruna, Kiruna'],
    ['Husby området', 'sv', 'Husby, Stockholm'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });
});

describe('a place said with what the person lives near', () => {
  it.each([
    ['We live in Tumba, near Tullinge', 'en', 'Tumba, Botkyrka'],
    ['Jag bor i Alby, nära Fittja', 'sv', 'Alby, Botkyrka'],
    ['Vi bor utanför Uppsala, i Storvreta', 'sv', 'Storvreta, Uppsala'],
    ['Ми живемо біля Гетеборга, в Мельндалі', 'uk', 'Mölndal, Mölndal'],
    ['недалеко від Умео, у Гольмсунді', 'uk', 'Holmsund, Umeå'],
    ['Ми живемо біля Стокгольма, в Тумбі', 'uk', 'Tumba, Botkyrka'],
    ['just outside Stockholm, in Fittja', 'en', 'Fittja, Botkyrka'],
  ] as const)('the place, not the landmark: %s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it.each([
    ['Я живу в Мальме, біля Русенгорда', 'uk', 'Rosengård, Malmö'],
    ['Jag bor nära Kista', 'sv', 'Kista, Stockholm'],
    ['near Lund', 'en', 'Lund, Lund'],
  ] as const)(
    'a landmark that is a part of the town said, or the only place said, counts: %s (%s) → %s',
    (text, lang, expected) => {
      expect(read(text, lang)).toBe(expected);
    },
  );
});

describe('a place taken back and said again', () => {
  it.each([
    ['jag bor i Tensta eller nä Rinkeby', 'sv', 'Rinkeby, Stockholm'],
    ['Rosengård, sorry, I mean Hyllie', 'en', 'Hyllie, Malmö'],
    ['я живу в Тенсті, ні, в Рінкебю', 'uk', 'Rinkeby, Stockholm'],
    ['Мелльевонген, тобто Русенгорд', 'uk', 'Rosengård, Malmö'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });
});

it.each([
  ['Vårbeg', 'sv', 'Vårberg, Stockholm'],
  ['Vällngby', 'en', 'Vällingby, Stockholm'],
] as const)(
  'a misspelling written with its dots keeps the place spelt so: %s (%s) → %s',
  (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  },
);

describe('a part of town we do not know, with its municipality', () => {
  it.each([
    ['Lindholmen in Umeå', 'en', 'Umeå, Umeå'],
    ['Backaplan, Umeå', 'sv', 'Umeå, Umeå'],
    ['Ангеред, Умео', 'uk', 'Umeå, Umeå'],
  ] as const)('%s (%s) is the town named, not the place elsewhere: %s', (text, lang, expected) => {
    expect(read(text, lang)).toBe(expected);
  });

  it('two places in two municipalities that are not one after the other: the first', () => {
    expect(read('Jag bor i Höör men jobbar i Lund', 'sv')).toBe('Höör, Höör');
  });
});

describe('a district written in Cyrillic as heard or letter by letter', () => {
  it.each([
    ['Енгбю', 'Ängby, Stockholm'],
    ['ми живемо у Хесселбю Горді', 'Hässelby gård, Stockholm'],
    ['в Елті', 'Älta, Nacka'],
    ['Ноккебю', 'Nockeby, Stockholm'],
    ['у Скелбю', 'Skälby, Järfälla'],
  ])('%s → %s', (text, expected) => {
    expect(read(text, 'uk')).toBe(expected);
  });

  it.each(['я живу в районі', 'я шукаю роботу', 'мені потрібна допомога з податками'])(
    '"%s" names no place',
    (text) => {
      expect(resolver.resolve(text, 'uk', { suggest: false }).status).toBe('notFound');
    },
  );
});

describe('a district of a smaller town, and a shared district name', () => {
  it.each([
    ['Kvarnholmen i Kalmar', 'sv', 'Kvarnholmen, Kalmar'],
    ['Trossö, Karlskrona', 'sv', 'Trossö, Karlskrona'],
    ['Hagalund in Borlänge', 'en', 'Hagalund, Borlänge'],
    ['у Борленге, в Гагалунді', 'uk', 'Hagalund, Borlänge'],
  ] as const)(
    '%s (%s) → %s: the town said decides, though a hamlet shares its name',
    (text, lang, expected) => {
      expect(read(text, lang)).toBe(expected);
    },
  );

  it('a bare name of districts in two towns is the one of the larger urban area, the other offered', () => {
    const r = resolver.resolve('Kvarnholmen', 'sv');
    expect(r.status === 'found' && r.match.municipality).toBe('Nacka');
    expect(r.status === 'found' && r.match.others?.map((o) => o.municipality)).toContain('Kalmar');
    const ryd = resolver.resolve('Ryd', 'sv');
    expect(ryd.status === 'found' && ryd.match.municipality).toBe('Linköping');
  });
});
