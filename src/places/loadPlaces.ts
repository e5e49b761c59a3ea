/** Loads the gazetteer and the language resources from data/places and locales/, validated. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { GeoPoint } from '../geo';
import { LANGS, type Lang } from '../languages';
import { dataDir, localesDir } from '../paths';
import { loadNumberWords } from '../text/numberWords';
import { parseDistrictAdditions } from './districtAdditions';
import { Gazetteer } from './gazetteer';
import { PlaceResolver } from './placeResolver';
import type { DistrictAddition, GazetteerData, PlaceLanguageResources } from './types';

const point = z.number().finite();
const gazetteerSchema = z.object({
  version: z.literal(1),
  municipalities: z.array(
    z.tuple([z.string().regex(/^\d{4}$/u), z.string().min(1), z.string(), point, point]),
  ),
  places: z.array(
    z.tuple([
      z.string().min(1),
      z.enum(['d', 'l', 'm']),
      z.number().int().nonnegative(),
      point,
      point,
      z.number().nonnegative(),
      z.array(z.string()),
    ]),
  ),
  postalTowns: z.array(
    z.tuple([
      z.string().min(1),
      z.number().int().nonnegative(),
      point,
      point,
      z.string().regex(/^(\d{5})+$/u),
    ]),
  ),
  estimated: z.array(z.number().int().nonnegative()).optional(),
});

const inflectionSchema = z.object({
  caseEndings: z.array(z.string()),
  stemEndings: z.array(z.string()),
  alternations: z.record(z.string(), z.string()),
});
const resourcesSchema = inflectionSchema.extend({
  prepositions: z.array(z.string()),
  nearWords: z.array(z.string()).optional(),
  commonWords: z.array(z.string()),
  timeWords: z.array(z.string()).optional(),
  givenNames: z.array(z.string()).optional(),
  fillers: z.array(z.string()).optional(),
  placeNouns: z.array(z.string()).optional(),
  corrections: z.array(z.string()).optional(),
  latin: inflectionSchema.optional(),
});

/** Files of district additions read on top of the built gazetteer when present. */
export const DISTRICT_ADDITION_FILES = [
  'office-districts.csv',
  'districts-extra.csv',
  'districts-estimated.csv',
];

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
}

/** Reads and validates `data/places/gazetteer.json` (places[12].3 names row 12, field 3 in errors). */
export function loadGazetteerData(dir: string = join(dataDir, 'places')): GazetteerData {
  const file = join(dir, 'gazetteer.json');
  const parsed = gazetteerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${describe(parsed.error)}`);
  return parsed.data;
}

/** Reads the district additions present in the folder (a file another team writes may appear later). */
export function loadDistrictAdditions(dir: string = join(dataDir, 'places')): DistrictAddition[] {
  return DISTRICT_ADDITION_FILES.flatMap((name) => {
    const file = join(dir, name);
    return existsSync(file) ? parseDistrictAdditions(readFileSync(file, 'utf8'), file) : [];
  });
}

/** Reads and validates `locales/<lang>/places.json` (and its number words) for the three languages. */
export function loadPlaceResources(dir: string = localesDir): Record<Lang, PlaceLanguageResources> {
  const out = {} as Record<Lang, PlaceLanguageResources>;
  const numbers = loadNumberWords(dir);
  for (const lang of LANGS) {
    const file = join(dir, lang, 'places.json');
    const parsed = resourcesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${describe(parsed.error)}`);
    out[lang] = { ...parsed.data, numbers: numbers[lang] };
  }
  return out;
}

/** Builds the gazetteer from its files (compact JSON plus additions). */
export function loadGazetteer(dir: string = join(dataDir, 'places')): Gazetteer {
  return new Gazetteer(loadGazetteerData(dir), loadDistrictAdditions(dir));
}

/**
 * The resolver the bot uses, from `data/places` and `locales/`: what the composition root calls,
 * with the offices' points as `network` (between two like places of one name, the nearer wins).
 */
export function loadPlaceResolver(
  dir?: string,
  locales?: string,
  network: readonly GeoPoint[] = [],
): PlaceResolver {
  return new PlaceResolver(loadGazetteer(dir), loadPlaceResources(locales), network);
}
