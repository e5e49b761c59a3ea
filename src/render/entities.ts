/** The machine-readable entities replies carry (CONTRACT.md "Entities on replies"). */
import type { Entity } from 'botbuilder';
import type { AgencyCatalogue } from '../agencies/agencyCatalogue';
import type { AgencyId } from '../agencies/agencyIds';
import type { Lang } from '../languages';
import type { OfficeMatch } from '../offices';

/** `GovernmentOrganization` for the body a reply names. */
export function organizationEntity(catalogue: AgencyCatalogue, id: AgencyId, lang: Lang): Entity {
  return { ...catalogue.entity(id, lang) };
}

/** One `Place` per suggested office; unknown address fields are left out, never guessed. */
export function officeEntity(match: OfficeMatch): Entity {
  const { office } = match;
  const address: Record<string, string> = {};
  if (office.address.street !== null) address.streetAddress = office.address.street;
  if (office.address.postalCode !== null) address.postalCode = office.address.postalCode;
  address.addressLocality = office.address.town ?? office.position.place;
  return {
    type: 'Place',
    identifier: office.id,
    name: office.name,
    address,
    geo: { type: 'GeoCoordinates', latitude: office.position.lat, longitude: office.position.lon },
    distanceKm: Math.round(match.distanceKm * 10) / 10,
    openNow: match.openNow,
    geoPrecision: match.precision,
  };
}
