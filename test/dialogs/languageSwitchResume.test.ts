/**
 * A language switch in the middle of a matter ("sorry, can we do this in Ukrainian?"): the bot
 * says its last answer again in the new language (the body in hand, or the open question) instead
 * of asking which body or what the person needs.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, placesOf, textOf, titlesOf, unsureAbout } from '../helpers/transcript';

const bot = conversations();

const UNSURE = [
  'Jag undrar över ett brev jag har fått',
  'A letter came and I am not sure',
  'Прийшов якийсь лист',
];

const titles = titlesOf;
const unsure = () => unsureAbout(bot.understanding, UNSURE, ['skatteverket', 'forsakringskassan']);

interface Case {
  locale: string;
  /** A matter an office helps with: the body, then "shall I find the nearest office?". */
  offered: string;
  /** A matter no office helps with (CSN): the answer ends, nothing is asked. */
  direct: string;
  unsure: string;
  /** A switch with more words than the request, to another language. */
  switchTo: string;
  target: {
    locale: string;
    changed: RegExp;
    offer: RegExp;
    csn: RegExp;
    asked: RegExp;
    yesWithPlace: string;
    buttons: number;
  };
  /** What the bot must not say after the switch. */
  notAsked: RegExp;
}

const CASES: Case[] = [
  {
    locale: 'sv-SE',
    offered: 'Jag har fått barn och undrar om föräldrapenning',
    direct: 'Hur ansöker jag om studiemedel?',
    unsure: UNSURE[0]!,
    switchTo: 'Förlåt, kan vi prata engelska? Min svenska är inte så bra',
    target: {
      locale: 'en-GB',
      changed: /OK, let's continue in English\./,
      offer: /Social Insurance Agency[\s\S]*nearest service office\?/,
      csn: /CSN, the Swedish Board of Student Finance, deals with this/,
      asked: /not sure which authority/,
      yesWithPlace: "Yes please, I'm in Västerås",
      buttons: 2,
    },
    notAsked: /Vad behöver du|What do you need help with|not sure which/,
  },
  {
    locale: 'en-GB',
    offered: 'My wife just had a baby, what about parental benefit?',
    direct: 'How do I apply for a student loan?',
    unsure: UNSURE[1]!,
    switchTo: 'sorry, could we switch to ukrainian, my english is weak',
    target: {
      locale: 'uk-UA',
      changed: /Добре, продовжуємо українською\./,
      offer: /Каса соціального страхування[\s\S]*сервісн/,
      csn: /Служба фінансування навчання/,
      asked: /не зовсім зрозуміло, про яку установу/,
      yesWithPlace: 'Так, я живу у Вестеросі',
      buttons: 2,
    },
    notAsked: /What do you need help with|З чим вам потрібна|не зовсім зрозуміло/,
  },
  {
    locale: 'uk-UA',
    offered: 'У нас народилася дитина, як отримати föräldrapenning?',
    direct: 'Як отримати студентський кредит на навчання?',
    unsure: UNSURE[2]!,
    switchTo: 'Вибачте, можна шведською? Я хочу потренуватися',
    target: {
      locale: 'sv-SE',
      changed: /Okej, vi fortsätter på svenska\./,
      offer: /Försäkringskassan[\s\S]*servicekontor\?/,
      csn: /Det här sköter CSN/,
      asked: /inte säker på vilken myndighet/,
      yesWithPlace: 'Ja tack, jag bor i Västerås',
      buttons: 2,
    },
    notAsked: /З чим вам потрібна|Vad behöver du|inte säker på vilken/,
  },
];

describe.each(CASES)('a language switch mid-matter ($locale)', (l) => {
  it('with the offer open: the body and the offer again in the new language, and a yes with a place goes on', async () => {
    const c = bot.start(l.locale);
    await c.say(l.offered);
    const again = await c.say(l.switchTo);
    expect(again.every((r) => r.locale === l.target.locale)).toBe(true);
    expect(textOf(again)).toMatch(l.target.changed);
    expect(textOf(again)).toMatch(l.target.offer);
    expect(textOf(again)).not.toMatch(l.notAsked);
    expect(bodiesOf(again)).toEqual(['forsakringskassan']);
    const offices = await c.say(l.target.yesWithPlace);
    expect(placesOf(offices).length).toBeGreaterThan(0);
  });

  it('with nothing asked: the body in hand again in the new language', async () => {
    const c = bot.start(l.locale);
    expect(bodiesOf(await c.say(l.direct))).toEqual(['csn']);
    const again = await c.say(l.switchTo);
    expect(textOf(again)).toMatch(l.target.changed);
    expect(textOf(again)).toMatch(l.target.csn);
    expect(textOf(again)).not.toMatch(l.notAsked);
    expect(bodiesOf(again)).toEqual(['csn']);
  });

  it('with "Is it one of these?" open: the same question again in the new language', async () => {
    const c = bot.start(l.locale, { understanding: unsure() });
    await c.say(l.unsure);
    const again = await c.say(l.switchTo);
    expect(textOf(again)).toMatch(l.target.changed);
    expect(textOf(again)).toMatch(l.target.asked);
    expect(titles(again)).toHaveLength(l.target.buttons);
    expect(bodiesOf(await c.say('2'))).toEqual(['forsakringskassan']);
  });
});
