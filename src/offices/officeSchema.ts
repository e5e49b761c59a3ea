/** The zod schema of data/offices.json and the parse function that reports office, field and problem. */
import { z } from 'zod';
import { AGENCY_IDS } from '../agencies/agencyIds';
import { OfficeDataError, type OfficeDataProblem } from './officeDataError';
import { GEO_PRECISIONS, OFFICE_STATUSES, type OfficeData } from './types';

/** Sweden's bounding box with a small margin; a position outside it is a data error. */
export const SWEDEN_BOUNDS = { minLat: 55.0, maxLat: 69.2, minLon: 10.5, maxLon: 24.3 } as const;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (00:00–23:59)');

const calendarDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date YYYY-MM-DD');

const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected a date YYYY, YYYY-MM or YYYY-MM-DD',
  );

const url = z.string().url('expected a source URL');

const interval = z
  .object({ opens: clock, closes: clock })
  .strict()
  .refine((i) => i.opens < i.closes, { message: 'opens must be before closes' });

const dayHours = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('closed') }).strict(),
    z.object({ kind: z.literal('openTimesUnknown') }).strict(),
    z.object({ kind: z.literal('open'), intervals: z.array(interval).min(1) }).strict(),
  ])
  .superRefine((d, ctx) => {
    if (d.kind !== 'open') return;
    d.intervals.forEach((iv, i) => {
      const before = d.intervals[i - 1];
      if (before !== undefined && before.closes > iv.opens) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['intervals', i],
          message: 'intervals must be in order and must not overlap',
        });
      }
    });
  });

const weekly = z
  .object({
    mon: dayHours.nullable(),
    tue: dayHours.nullable(),
    wed: dayHours.nullable(),
    thu: dayHours.nullable(),
    fri: dayHours.nullable(),
    sat: dayHours.nullable(),
    sun: dayHours.nullable(),
  })
  .strict();

const hours = z
  .object({
    weekly,
    daysPerWeek: z.number().int().min(1).max(7).nullable(),
    exceptions: z.array(
      z.object({ date: calendarDate, hours: dayHours.nullable(), source: url }).strict(),
    ),
    openOnHolidays: z.boolean(),
    text: z.string().nullable(),
    sources: z.array(url).min(1, 'hours need at least one source'),
    confirmed: partialDate.nullable(),
  })
  .strict();

const office = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug'),
    name: z.string().min(1),
    municipality: z.string().min(1),
    county: z.string().min(1),
    address: z
      .object({
        street: z.string().min(1).nullable(),
        postalCode: z
          .string()
          .regex(/^\d{3} ?\d{2}$/, 'expected a Swedish postal code')
          .nullable(),
        town: z.string().min(1).nullable(),
      })
      .strict(),
    position: z
      .object({
        lat: z
          .number()
          .min(SWEDEN_BOUNDS.minLat, 'latitude is south of Sweden')
          .max(SWEDEN_BOUNDS.maxLat, 'latitude is north of Sweden'),
        lon: z
          .number()
          .min(SWEDEN_BOUNDS.minLon, 'longitude is west of Sweden')
          .max(SWEDEN_BOUNDS.maxLon, 'longitude is east of Sweden'),
        precision: z.enum(GEO_PRECISIONS),
        place: z.string().min(1),
        source: z.string().min(1),
      })
      .strict(),
    status: z.enum(OFFICE_STATUSES),
    statusDate: partialDate.nullable(),
    shutSince: partialDate.optional(),
    opened: partialDate.nullable(),
    confirmed: partialDate.nullable(),
    hours: hours.nullable(),
    agencies: z.array(z.enum(AGENCY_IDS)),
    sources: z.array(url).min(1, 'every office needs at least one source'),
  })
  .strict();

const file = z
  .object({
    schemaVersion: z.literal(1),
    built: calendarDate,
    offices: z.array(office),
    townFacts: z.array(
      z
        .object({
          town: z.string().min(1),
          kind: z.string().min(1),
          agency: z.enum(AGENCY_IDS),
          sources: z.array(url).min(1),
          confirmed: partialDate.nullable(),
        })
        .strict(),
    ),
    remoteHelp: z
      .object({
        sscPhone: z.string().min(1),
        officeFinderUrl: url,
        sources: z.array(url).min(1),
      })
      .strict(),
    towns: z
      .array(
        z
          .object({
            name: z.string().min(1),
            municipality: z.string().min(1),
            lat: z.number().min(SWEDEN_BOUNDS.minLat).max(SWEDEN_BOUNDS.maxLat),
            lon: z.number().min(SWEDEN_BOUNDS.minLon).max(SWEDEN_BOUNDS.maxLon),
            population: z.number().int().positive().nullable(),
            countySeat: z.boolean(),
            source: z.string().min(1),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

function officeIdAt(raw: unknown, index: number): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const offices = (raw as { offices?: unknown }).offices;
  if (!Array.isArray(offices)) return null;
  const entry: unknown = offices[index];
  if (typeof entry !== 'object' || entry === null) return null;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : `#${index}`;
}

function toProblem(raw: unknown, issue: z.ZodIssue): OfficeDataProblem {
  const [head, index, ...rest] = issue.path;
  if (head === 'offices' && typeof index === 'number') {
    return {
      office: officeIdAt(raw, index) ?? `#${index}`,
      field: rest.length > 0 ? rest.join('.') : '(office)',
      problem: issue.message,
    };
  }
  return {
    office: null,
    field: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    problem: issue.message,
  };
}

/**
 * Validates parsed JSON as an office file. Throws an {@link OfficeDataError} listing every
 * problem with the office id and field, so a bad file stops the start with a clear message.
 */
export function parseOfficeData(raw: unknown, source = 'offices.json'): OfficeData {
  const result = file.safeParse(raw);
  if (!result.success) {
    throw new OfficeDataError(
      source,
      result.error.issues.map((i) => toProblem(raw, i)),
    );
  }
  const problems: OfficeDataProblem[] = [];
  const seen = new Set<string>();
  for (const o of result.data.offices) {
    if (seen.has(o.id)) problems.push({ office: o.id, field: 'id', problem: 'duplicate id' });
    seen.add(o.id);
    if (o.status === 'open' && o.agencies.length === 0) {
      problems.push({
        office: o.id,
        field: 'agencies',
        problem: 'an open office serves no agency',
      });
    }
  }
  if (problems.length > 0) throw new OfficeDataError(source, problems);
  return result.data;
}
