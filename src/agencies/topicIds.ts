/** The matters (topics) the bot understands, each handled by one body; shared by understanding and the catalogue. */
import type { AgencyId } from './agencyIds';

/** Every topic with the body that handles it (the "what belongs where"). */
export const TOPIC_AGENCY = {
  tax: 'skatteverket',
  populationRegistration: 'skatteverket',
  personalNumber: 'skatteverket',
  taxIdCard: 'skatteverket',
  parentalBenefit: 'forsakringskassan',
  sicknessBenefit: 'forsakringskassan',
  childAllowance: 'forsakringskassan',
  vab: 'forsakringskassan',
  housingAllowance: 'forsakringskassan',
  maintenanceSupport: 'forsakringskassan',
  pension: 'pensionsmyndigheten',
  housingSupplement: 'pensionsmyndigheten',
  jobSeeking: 'arbetsformedlingen',
  establishmentProgramme: 'arbetsformedlingen',
  residencePermit: 'migrationsverket',
  asylum: 'migrationsverket',
  temporaryProtection: 'migrationsverket',
  citizenship: 'migrationsverket',
  lmaCard: 'migrationsverket',
  debt: 'kronofogden',
  paymentOrder: 'kronofogden',
  debtRestructuring: 'kronofogden',
  studentFinance: 'csn',
  passport: 'polisen',
  policeIdCard: 'polisen',
  crimeReport: 'polisen',
  drivingLicence: 'transportstyrelsen',
  vehicle: 'transportstyrelsen',
  congestionTax: 'transportstyrelsen',
  drivingTest: 'trafikverket',
  property: 'lantmateriet',
  socialAssistance: 'kommun',
  sfi: 'kommun',
  school: 'kommun',
  elderlyCare: 'kommun',
  healthCare: 'region',
  fire: 'emergency',
  violence: 'emergency',
  medicalEmergency: 'emergency',
  accident: 'emergency',
} as const satisfies Record<string, AgencyId>;

/** A matter the bot can recognise, e.g. `parentalBenefit` or `passport`. */
export type TopicId = keyof typeof TOPIC_AGENCY;

/** All topic ids, in a stable order. */
export const TOPIC_IDS = Object.keys(TOPIC_AGENCY) as TopicId[];

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && Object.hasOwn(TOPIC_AGENCY, value);
}
