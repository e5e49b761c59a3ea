/**
 * The second and third turn read against what the bot just asked and the body already known, in
 * each of the three languages: a place sentence with more words in it, a place corrected after a
 * list, a new matter in answer to "where are you?". (reading.test.ts holds the first such turns.)
 */
import type { Activity } from 'botbuilder';
import { conversations, type TestConversation } from '../helpers/guideHarness';
import { bodiesOf, officeIdsOf, textOf } from '../helpers/transcript';

const bot = conversations();

/** Everything the bot sent for one message, events included. */
async function send(c: TestConversation, text: string): Promise<Partial<Activity>[]> {
  c.adapter.activeQueue.splice(0);
  await c.adapter.receiveActivity({ type: 'message', text, locale: c.options.locale });
  return c.adapter.activeQueue.splice(0);
}

const LANGS = [
  {
    locale: 'sv-SE',
    matter: 'vi väntar barn och undrar hur man söker föräldrapenning',
    placeWithMore: 'ja det låter bra, vi bor i Rosengård om det spelar någon roll',
    placeWithMoreName: /Rosengård/,
    firstPlace: 'Sundsvall',
    correction: 'Nej förresten, jag menade Sollefteå. Jag skrev fel.',
    corrected: /Sollefteå/,
    officeQuestion: 'var ligger närmaste servicekontor?',
    askedWhere: /Var befinner du dig/,
    secondMatter: 'okej men en annan sak: hur ansöker man om föräldrapenning?',
    jobLost: 'jag har blivit uppsagd från jobbet',
    personLonger: 'tack, men finns det någon där jag kan prata med direkt?',
    school: 'min son ska börja skolan här, hur anmäler jag honom?',
    aboutLanguage: 'han kan inte prata engelska än',
    request: 'förlåt, kan vi ta resten på engelska?',
    requested: 'en-GB',
    fromUkraine: 'Jag kommer från Ukraina',
    registration: 'Folkbokföring och samordningsnummer',
    yesAndWhere: 'Ja tack, det vore bra. Jag bor i Örebro sedan i våras.',
    contact: 'hur kontaktar jag dem',
    okAndMatter: 'Ja, tack. En sak till bara: hur ansöker jag om studiemedel till hösten?',
    repeatWritten: 'Förlåt, kan du ta det igen? Jag hann inte läsa allt.',
    repeatSaid: 'förlåt kan du ta det igen jag hann inte med',
  },
  {
    locale: 'en-GB',
    matter: 'we are expecting a baby, how do I apply for parental benefit',
    placeWithMore: 'we live in Falun, not sure if that matters',
    placeWithMoreName: /Falun/,
    firstPlace: 'Kalmar',
    correction: 'Oops, I meant Karlstad, we moved there in the summer.',
    corrected: /Karlstad/,
    officeQuestion: 'where is the nearest service office?',
    askedWhere: /Where are you/,
    secondMatter: 'never mind, another question: how do I apply for parental benefit?',
    jobLost: 'I was made redundant from my job',
    personLonger: 'ok but is there a chance to speak to someone there, a real human?',
    school: 'my daughter is starting school here, how do I register her?',
    aboutLanguage: "she doesn't speak Swedish yet",
    request: 'sorry, could we do the rest in Ukrainian?',
    requested: 'uk-UA',
    fromUkraine: 'I come from Ukraine',
    registration: 'Registration and coordination number',
    yesAndWhere: 'Yes, that would help. We live in Örebro since the spring.',
    contact: 'how do I contact them',
    okAndMatter: 'ok thanks. one more thing: how do I apply for student finance for this autumn?',
    repeatWritten: 'Sorry, could you repeat that? It went too fast for me.',
    repeatSaid: 'sorry could you repeat that it went too fast',
  },
  {
    locale: 'uk-UA',
    matter: 'ми чекаємо дитину, як подати заяву на батьківську допомогу',
    placeWithMore: 'живу в Лулео, якщо це щось змінює',
    placeWithMoreName: /Luleå/,
    firstPlace: 'Кальмар',
    correction: 'Ой, я помилилася, ми в Карлстаді.',
    corrected: /Karlstad/,
    officeQuestion: 'де найближчий сервісний офіс?',
    askedWhere: /Де ви/,
    secondMatter: 'гаразд, тоді інше питання: як подати заяву на батьківську допомогу?',
    jobLost: 'мене звільнили з роботи',
    personLonger: 'Дякую. А чи можна якось поговорити з кимось із них телефоном?',
    school: 'хочу записати сина до школи, ми тут недавно',
    aboutLanguage: 'він ще не говорить англійською',
    request: 'вибачте, можна далі по-шведськи?',
    requested: 'sv-SE',
    fromUkraine: 'Я з України',
    registration: 'Реєстр населення і координаційний номер',
    yesAndWhere: 'Так, дякую, було б добре. Ми живемо в Еребру з весни.',
    contact: "як з ними зв'язатися",
    okAndMatter:
      'Так, дякую. Ще одне: як подати заяву на студентську позику (studiemedel) на осінь?',
    repeatWritten: 'Вибачте, скажіть ще раз? Я не встигла все прочитати.',
    repeatSaid: 'вибачте скажіть ще раз я не встигла',
  },
];

describe.each(LANGS)('the turn after a question, read in context ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'a place sentence with more words, in answer to the office offer, finds offices there for the same body (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      const offer = await c.say(l.matter);
      expect(bodiesOf(offer)).toEqual(['forsakringskassan']);
      const offices = await c.say(l.placeWithMore);
      expect(bodiesOf(offices)).toEqual([]);
      expect(officeIdsOf(offices).length).toBeGreaterThan(0);
      expect(textOf(offices)).toMatch(l.placeWithMoreName);
    },
  );

  it('a place corrected after an office list gives the list for the corrected place, same body', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const first = await c.say(l.firstPlace);
    expect(officeIdsOf(first).length).toBeGreaterThan(0);
    const corrected = await c.say(l.correction);
    expect(bodiesOf(corrected)).toEqual([]);
    expect(officeIdsOf(corrected).length).toBeGreaterThan(0);
    expect(officeIdsOf(corrected)).not.toEqual(officeIdsOf(first));
    expect(textOf(corrected)).toMatch(l.corrected);
  });

  it('a new matter in answer to "where are you?" is read as that matter', async () => {
    const c = bot.start(l.locale);
    const where = await c.say(l.officeQuestion);
    expect(textOf(where)).toMatch(l.askedWhere);
    const matter = await c.say(l.secondMatter);
    expect(bodiesOf(matter)).toEqual(['forsakringskassan']);
  });

  it('a longer request for a person after a body reaches that body’s people, in text and on the phone', async () => {
    const c = bot.start(l.locale);
    await c.say(l.jobLost);
    const person = await c.say(l.personLonger);
    expect(bodiesOf(person)).toEqual(['arbetsformedlingen']);
    expect(textOf(person)).toMatch(/0771-416 416/);
    const call = bot.start(l.locale, { channelId: 'telephony' });
    await send(call, l.jobLost);
    const transfer = await send(call, l.personLonger);
    expect(bodiesOf(transfer)).toEqual(['arbetsformedlingen']);
    expect(transfer.some((a) => a.type === 'event' || a.type === 'handoff')).toBe(true);
  });

  it.each(['test', 'telephony'])(
    'talk about someone’s language keeps the conversation’s language; a request in a sentence switches it (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      await c.say(l.school);
      const statement = await c.say(l.aboutLanguage);
      expect(statement.length).toBeGreaterThan(0);
      for (const r of statement) expect(r.locale).toBe(l.locale);
      const request = await c.say(l.request);
      expect(request.length).toBeGreaterThan(0);
      for (const r of request) expect(r.locale).toBe(l.requested);
    },
  );

  it('yes with where the person lives, after a guide topic for people from Ukraine, gives that body’s offices there', async () => {
    const c = bot.start(l.locale);
    await c.say(l.fromUkraine);
    const topic = await c.say(l.registration);
    expect(bodiesOf(topic)).toEqual(['skatteverket']);
    const offices = await c.say(l.yesAndWhere);
    expect(officeIdsOf(offices).length).toBeGreaterThan(0);
    expect(textOf(offices)).toMatch(/Örebro/);
    const contact = await c.say(l.contact);
    expect(bodiesOf(contact)).toEqual(['skatteverket']);
  });

  it('a yes word at the office offer in a message about another matter names that matter’s body', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const next = await c.say(l.okAndMatter);
    expect(bodiesOf(next)).toEqual(['csn']);
    expect(officeIdsOf(next)).toEqual([]);
  });

  it('a repeat asked in a longer sentence says the last reply again, written and on the phone', async () => {
    const c = bot.start(l.locale);
    const offer = await c.say(l.matter);
    const again = await c.say(l.repeatWritten);
    expect(textOf(again)).toBe(textOf(offer));
    const call = bot.start(l.locale, { channelId: 'telephony' });
    const spoken = await call.say(l.matter);
    const said = await call.say(l.repeatSaid);
    expect(said.map((a) => a.speak)).toEqual(spoken.map((a) => a.speak));
  });
});
