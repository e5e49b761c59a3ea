/**
 * Hours from an old source are said as what that source said, with its year, and where to check:
 * Kista's days were last confirmed in 2023, so "the first one" and "open on Saturday?" say
 * "going by information last confirmed in 2023" / "closed (last confirmed in 2023)", never this
 * week's hours as fact, and point to the office finder.
 */
import { textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();
const FINDER = 'https://www.statenssc.se/besokservicekontor';

describe.each([
  {
    locale: 'sv-SE',
    find: 'Var ligger närmaste servicekontor?',
    first: 'det första',
    saturday: 'öppet på lördag?',
    week: 'Öppna dagar den här veckan, enligt uppgifter som senast bekräftades 2023:',
    plainWeek: 'Öppna dagar den här veckan:',
    kista: '**Kista**: stängt (senast bekräftat 2023)',
  },
  {
    locale: 'en-GB',
    find: 'Where is the nearest service office?',
    first: 'the first one',
    saturday: 'open on Saturday?',
    week: 'Days open this week, going by information last confirmed in 2023:',
    plainWeek: 'Days open this week:',
    kista: '**Kista**: closed (last confirmed in 2023)',
  },
  {
    locale: 'uk-UA',
    find: 'Де найближчий сервісний офіс?',
    first: 'перший',
    saturday: 'чи відкрито в суботу?',
    week: 'Робочі дні цього тижня — за даними, востаннє підтвердженими у 2023 році:',
    plainWeek: 'Робочі дні цього тижня:',
    kista: '**Kista**: зачинено (востаннє підтверджено у 2023 році)',
  },
])('hours last confirmed long ago ($locale)', (l) => {
  it('the week of an office is said as of the year its source confirmed it, with where to check', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    await c.say('Kista');
    const text = textOf(await c.say(l.first));
    expect(text.replace(/ в 2023/g, ' у 2023')).toContain(l.week);
    expect(text).not.toContain(l.plainWeek);
    expect(text).toContain(FINDER);
  });

  it('"open on Saturday?": each office\'s day with its year, and where to check', async () => {
    const c = conversation(l.locale);
    await c.say(l.find);
    await c.say('Kista');
    const text = textOf(await c.say(l.saturday));
    expect(text.replace(/ в 2023/g, ' у 2023')).toContain(l.kista);
    expect(text).toContain(FINDER);
  });
});
