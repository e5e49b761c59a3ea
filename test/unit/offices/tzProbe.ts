/** Prints hours computed at fixed instants, so a test can run it under several TZ values and compare. */
import { HolidayCalendar, OpeningHours, fromStockholm, toStockholm } from '../../../src/offices';
import { hours } from './fixtures';

const oh = new OpeningHours(new HolidayCalendar());
const instants = [
  '2026-01-12T10:30:00+01:00',
  '2026-01-16T18:00:00+01:00',
  '2026-03-27T17:00:00+01:00',
  '2026-10-23T17:00:00+02:00',
  '2026-12-23T17:00:00+01:00',
];
const out = {
  localOffset: new Date('2026-01-12T12:00:00Z').getTimezoneOffset(),
  results: instants.map((iso) => {
    const r = oh.at(hours(), new Date(iso));
    return {
      local: toStockholm(new Date(iso)),
      openNow: r.openNow,
      closesAt: r.closesAt?.at.toISOString() ?? null,
      next: r.nextOpening?.at?.toISOString() ?? null,
    };
  }),
  wall: [
    fromStockholm('2026-03-29', '02:30').toISOString(),
    fromStockholm('2026-10-25', '02:30').toISOString(),
  ],
};
console.log(JSON.stringify(out));
