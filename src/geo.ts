/** Plain geographic types shared by the places and offices modules. */

/** A WGS84 point in decimal degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}
