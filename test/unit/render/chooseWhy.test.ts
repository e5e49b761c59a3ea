/**
 * Asking with two close bodies says why each could be the one, in one short line each, on a
 * screen and on the phone: the matter within the body when the reading found one, else what the
 * body does.
 */
import { LANGS, type Lang } from '../../../src/languages';
import type { Answer } from '../../../src/render/answer';
import { checkSsml, makeRenderer } from './speechFixtures';

const renderer = makeRenderer();
const close: Answer = {
  kind: 'chooseAgency',
  options: ['skatteverket', 'kronofogden'],
  reasons: [{ agency: 'skatteverket', topic: 'tax' }, { agency: 'kronofogden' }],
};

const EXPECTED: Record<Lang, [string, string]> = {
  sv: [
    'Skatteverket, om det gäller skatt eller deklarationen',
    'Kronofogden, om det gäller skulder',
  ],
  en: ['Swedish Tax Agency, if it is about tax or your tax return', 'if it is about debts'],
  uk: ['Податкова служба Швеції, якщо ідеться про податки чи декларацію', 'якщо ідеться про борги'],
};

describe.each(LANGS)('a choice of two close bodies in %s', (lang) => {
  it('says on a screen why each could be the one, a line each, with a button each', () => {
    const activity = renderer.render(close, { lang, channelId: 'test' });
    const lines = (activity.text ?? '').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(EXPECTED[lang][0]);
    expect(lines[2]).toContain(EXPECTED[lang][1]);
    expect(activity.suggestedActions?.actions).toHaveLength(2);
  });

  it('says why on the phone too, before the keys', () => {
    const activity = renderer.render(close, { lang, channelId: 'telephony', voice: true });
    const { text } = checkSsml(activity.speak, lang);
    expect(text).toContain(EXPECTED[lang][1]);
    expect(text.indexOf(EXPECTED[lang][1])).toBeLessThan(text.search(/tryck|press|натисніть/i));
  });

  it('asks as before when there are no reasons (three unsure bodies)', () => {
    const activity = renderer.render(
      { kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] },
      { lang, channelId: 'test' },
    );
    expect(activity.text?.split('\n')).toHaveLength(1);
  });
});
