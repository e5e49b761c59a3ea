/** Reads a point from a shared location: Web Chat location events, Place/GeoCoordinates entities, "lat, lon" text. */
import type { GeoPoint } from '../geo';
import type { TextSpan } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/u.test(v))
    return Number(v.replace(',', '.'));
  return null;
}

function valid(lat: number | null, lon: number | null): GeoPoint | null {
  if (lat === null || lon === null) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/**
 * Finds a WGS84 point in what a channel sends when a person shares their location: a Web Chat
 * event value `{ latitude, longitude }`, a browser position `{ coords: {...} }`, a schema.org
 * `Place` with `geo`, a `GeoCoordinates`, `{ lat, lon|lng }`, an array of activity entities, or
 * a "57.72, 12.01" string. Returns null when none is there or the numbers are out of range.
 */
export function parseSharedLocation(value: unknown, depth = 0): GeoPoint | null {
  if (depth > 4) return null;
  if (typeof value === 'string') return parseCoordinateText(value)?.point ?? null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const p = parseSharedLocation(item, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (!isObj(value)) return null;
  const direct =
    valid(toNumber(value.latitude), toNumber(value.longitude)) ??
    valid(toNumber(value.lat), toNumber(value.lon ?? value.lng ?? value.long));
  if (direct) return direct;
  for (const field of ['geo', 'coords', 'value', 'location', 'entities']) {
    if (field in value) {
      const p = parseSharedLocation(value[field], depth + 1);
      if (p) return p;
    }
  }
  return null;
}

const DOT_PAIR = /(?<![\d.])(-?\d{1,2}\.\d{2,})\s*[,;/\s]\s*(-?\d{1,3}\.\d{1,})(?![\d.])/u;
const COMMA_PAIR = /(?<![\d,])(-?\d{1,2},\d{2,})\s*[;/\s]\s*,?\s*(-?\d{1,3},\d{2,})(?![\d,])/u;

/** Finds "57.72, 12.01" (or "57,72 12,01") in a message: decimal latitude then longitude. */
export function parseCoordinateText(text: string): { point: GeoPoint; span: TextSpan } | null {
  const m = DOT_PAIR.exec(text) ?? COMMA_PAIR.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const point = valid(Number(m[1].replace(',', '.')), Number(m[2].replace(',', '.')));
  if (!point) return null;
  return { point, span: { start: m.index, end: m.index + m[0].length, text: m[0] } };
}
