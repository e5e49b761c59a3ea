/** The places module: where a person is, from what they write, say or share. */
export { PlaceResolver } from './placeResolver';
export { Gazetteer } from './gazetteer';
export type { Municipality, PlaceEntry, PostalTown } from './gazetteer';
export {
  loadPlaceResolver,
  loadGazetteer,
  loadGazetteerData,
  loadDistrictAdditions,
  loadPlaceResources,
} from './loadPlaces';
export { parseSharedLocation, parseCoordinateText } from './sharedLocation';
export { distanceKm as haversineKm } from '../geo';
export type {
  PlaceKind,
  GeoPrecision,
  TextSpan,
  PlaceMatch,
  PlaceCandidate,
  PlaceSuggestion,
  PlaceResolution,
  GazetteerData,
  DistrictAddition,
  PlaceLanguageResources,
} from './types';
