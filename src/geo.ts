/** Plain geographic types and the one distance function shared by the places and offices modules. */

/** A WGS84 point in decimal degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** IUGG mean Earth radius in km; haversine with it is within ~0.5 % of the ellipsoid in Sweden. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in km: enough to rank offices and say "about N km". */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
