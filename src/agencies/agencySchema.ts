/** The zod schema of data/agencies.json and the types derived from it. */
import { z } from 'zod';
import { AGENCY_IDS } from './agencyIds';
import { TOPIC_IDS, type TopicId } from './topicIds';

/**
 * How sure we are of a phone number: `own` = the body's own page states it, `secondary` = another
 * public body states it, `unverified` = only app code or datasets (say it only with the website).
 */
export const PHONE_STATUSES = ['own', 'secondary', 'unverified'] as const;
export type PhoneStatus = (typeof PHONE_STATUSES)[number];

/** How many servicekontor can help with a body or topic: every office, some offices, none. */
export const SERVICEKONTOR_LEVELS = ['all', 'some', 'none'] as const;
export type ServicekontorLevel = (typeof SERVICEKONTOR_LEVELS)[number];

/** What staff at a servicekontor do for a body (they guide; they make no decisions). */
export const SERVICEKONTOR_SERVICES = [
  'guidance',
  'eServices',
  'forms',
  'forwardDocuments',
  'biometricsByAppointment',
] as const;

const url = z.string().url().startsWith('http');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const phoneSchema = z
  .object({
    purpose: z.enum([
      'customerService',
      'fromAbroad',
      'livingAbroad',
      'nonUrgent',
      'emergency',
      'healthAdvice',
    ]),
    display: z.string().min(3),
    dial: z.string().regex(/^\+?\d{3,15}$/, 'digits only, optionally with a leading +'),
    e164: z
      .string()
      .regex(/^\+46\d{6,12}$/, 'E.164 Swedish number, e.g. +46771567567')
      .nullable(),
    status: z.enum(PHONE_STATUSES),
    hours: z
      .union([
        z.literal('always'),
        z.object({ days: z.enum(['mon-fri']), from: clock, to: clock }).strict(),
      ])
      .optional(),
    source: url.nullable(),
  })
  .strict()
  .refine((p) => p.status === 'unverified' || p.source !== null, {
    message: 'an own or secondary number needs a source',
    path: ['source'],
  });

export const agencySchema = z
  .object({
    id: z.enum(AGENCY_IDS),
    name: z.string().min(1),
    officialNames: z
      .object({ en: z.string().min(1).optional(), uk: z.string().min(1).optional() })
      .strict(),
    url: url.nullable(),
    phones: z.array(phoneSchema),
    servicekontor: z
      .object({
        level: z.enum(SERVICEKONTOR_LEVELS),
        services: z.array(z.enum(SERVICEKONTOR_SERVICES)),
        sources: z.array(url),
      })
      .strict(),
    /**
     * Where a visit or meeting with the body itself is booked, when a source names it: the page in
     * each language (the reader's own where the body has one).
     */
    booking: z
      .object({
        urls: z.object({ sv: url, en: url, uk: url }).strict(),
        sources: z.array(url).min(1),
      })
      .strict()
      .optional(),
    sources: z.array(url),
  })
  .strict();

export const topicSchema = z
  .object({
    id: z.enum(TOPIC_IDS as [TopicId, ...TopicId[]]),
    agency: z.enum(AGENCY_IDS),
    servicekontor: z.enum(SERVICEKONTOR_LEVELS),
    sources: z.array(url).optional(),
  })
  .strict();

export const agencyFileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    agencies: z.array(agencySchema),
    topics: z.array(topicSchema),
  })
  .strict();

/** A customer-service (or emergency) number with its verification status. */
export type Phone = z.infer<typeof phoneSchema>;
/** One body as data/agencies.json describes it. */
export type Agency = z.infer<typeof agencySchema>;
/** One topic row: which body handles it and whether a servicekontor can help. */
export type TopicEntry = z.infer<typeof topicSchema>;
/** The whole data/agencies.json. */
export type AgencyFile = z.infer<typeof agencyFileSchema>;
