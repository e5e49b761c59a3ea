/** The ids of the bodies the bot can name (CONTRACT.md "Entities on replies"). */

export const AGENCY_IDS = [
  'skatteverket',
  'forsakringskassan',
  'pensionsmyndigheten',
  'arbetsformedlingen',
  'migrationsverket',
  'kronofogden',
  'csn',
  'polisen',
  'transportstyrelsen',
  'trafikverket',
  'lantmateriet',
  'kommun',
  'region',
  'emergency',
] as const;

/** The id of a public body, as it appears in data files and on reply entities. */
export type AgencyId = (typeof AGENCY_IDS)[number];

export function isAgencyId(value: unknown): value is AgencyId {
  return typeof value === 'string' && (AGENCY_IDS as readonly string[]).includes(value);
}
