/** Public API of the office directory: everything the dialogs and the renderer may use. */
import { join } from 'node:path';
import { dataDir } from '../paths';

export { OfficeDirectory, rankKm } from './officeDirectory';
export type {
  NearestQuery,
  OfficeDirectoryOptions,
  OfficeLookup,
  OfficeLookupMatch,
  OfficeMatch,
  OfficeState,
  LikelyGap,
  ReloadResult,
} from './officeDirectory';
export { OfficeFileWatcher } from './officeFileWatcher';
export type { OfficeFileWatcherOptions } from './officeFileWatcher';
export { OfficeDataError } from './officeDataError';
export type { OfficeDataProblem } from './officeDataError';
export { parseOfficeData, SWEDEN_BOUNDS } from './officeSchema';
export { HolidayCalendar } from './holidayCalendar';
export type { CalendarClosure } from './holidayCalendar';
export { OpeningHours } from './openingHours';
export type { DayHoursReason, HoursAt, NextOpening, ResolvedDay } from './openingHours';
export { distanceKm } from '../geo';
export { OFFICE_TIME_ZONE, toStockholm, fromStockholm } from './stockholmTime';
export type { StockholmTime } from './stockholmTime';
export * from './types';

/** Where the office dataset lives in the project. */
export const OFFICES_FILE = join(dataDir, 'offices.json');
