/** Reads district additions (office-districts.csv, districts-extra.csv, districts-estimated.csv) with row-level validation. */
import { parseCsv } from '../csv';
import type { DistrictAddition } from './types';

/** The header the addition files share; a `precision` column may follow (`source` when absent). */
export const DISTRICT_ADDITION_HEADER = ['name', 'city', 'municipality', 'lat', 'lon', 'source'];

/** How a point was found: from the source named (`source`) or our own estimate (`estimate`). */
const PRECISIONS = ['source', 'estimate'] as const;

/** Sweden's bounding box, with a margin: a point outside it is a typo in the file. */
const LAT_RANGE = [55.0, 69.2] as const;
const LON_RANGE = [10.5, 24.3] as const;

/**
 * Parses and validates an additions file. Every row needs a name, a municipality, a point inside
 * Sweden and a source; a bad row throws with file, line and field.
 */
export function parseDistrictAdditions(text: string, file: string): DistrictAddition[] {
  const records = parseCsv(text);
  return records.map(({ line, fields }) => {
    for (const field of DISTRICT_ADDITION_HEADER) {
      if (!(field in fields)) throw new Error(`${file}: missing column "${field}"`);
    }
    const where = (field: string): string => `${file}:${line}: field "${field}"`;
    const name = fields.name ?? '';
    const municipality = fields.municipality || (fields.city ?? '');
    const lat = Number(fields.lat);
    const lon = Number(fields.lon);
    if (name === '') throw new Error(`${where('name')} is empty`);
    if (municipality === '') throw new Error(`${where('municipality')} is empty`);
    if (!(fields.lat !== '' && lat >= LAT_RANGE[0] && lat <= LAT_RANGE[1])) {
      throw new Error(`${where('lat')}: "${fields.lat ?? ''}" is not a latitude in Sweden`);
    }
    if (!(fields.lon !== '' && lon >= LON_RANGE[0] && lon <= LON_RANGE[1])) {
      throw new Error(`${where('lon')}: "${fields.lon ?? ''}" is not a longitude in Sweden`);
    }
    if ((fields.source ?? '') === '') throw new Error(`${where('source')} is empty`);
    const precision = PRECISIONS.find((p) => p === (fields.precision || 'source'));
    if (precision === undefined)
      throw new Error(
        `${where('precision')}: "${fields.precision ?? ''}" is not source or estimate`,
      );
    return { name, municipality, lat, lon, source: fields.source ?? '', precision };
  });
}
