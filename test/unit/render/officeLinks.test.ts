/** A route link only to an office's own address point; otherwise a map of the area, said to be one. */
import type { OfficeMatch } from '../../../src/offices';
import type { Answer } from '../../../src/render/answer';
import { makeRenderer, mjolby, WEDNESDAY_11 } from './speechFixtures';

const renderer = makeRenderer();
const list = (m: OfficeMatch): Answer => ({
  kind: 'offices',
  place: { name: 'Mjölby', municipality: 'Mjölby' },
  matches: [m],
  bookingTowns: [],
  at: WEDNESDAY_11,
  more: false,
});
const atPrecision = (precision: OfficeMatch['precision']): OfficeMatch => {
  const m = mjolby(WEDNESDAY_11);
  return {
    ...m,
    precision,
    office: { ...m.office, position: { ...m.office.position, precision } },
  };
};

describe.each([
  ['sv', 'Vägbeskrivning', 'Karta över området'],
  ['en', 'Directions', 'Map of the area'],
  ['uk', 'Маршрут', 'Карта району'],
] as const)('%s: links to an office', (lang, directions, map) => {
  it('an address point gets a route, in the text and on the card', () => {
    const reply = renderer.render(list(atPrecision('address')), { lang, channelId: 'test' });
    expect(reply.text).toMatch(/openstreetmap\.org\/directions\?to=/);
    expect(JSON.stringify(reply.attachments)).toContain(`${directions}: Mjölby`);
  });

  it.each(['district', 'locality', 'municipality'] as const)(
    'a %s point gets a map of the area, never a route',
    (precision) => {
      const reply = renderer.render(list(atPrecision(precision)), { lang, channelId: 'test' });
      expect(reply.text).not.toMatch(/directions/);
      expect(reply.text).toContain(`${map} (`);
      expect(JSON.stringify(reply.attachments)).toContain(`${map}: Mjölby`);
    },
  );
});
