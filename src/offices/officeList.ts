/**
 * The office list of a conversation: the first page near a place, the next page ("more"), one
 * office in full ("the second one") and a day's hours, all from one list in state, so paging is
 * written once and an office's detail is looked up alone.
 */
import type { AgencyId } from '../agencies/agencyIds';
import type { GeoPoint } from '../geo';
import type { OfficeDirectory, OfficeLookupMatch, OfficeMatch } from './officeDirectory';
import type { ResolvedDay } from './openingHours';
import type { Office } from './types';

/** Offices shown near the known place, by id, nearest first (kept in conversation state). */
export interface OfficeList {
  /** The body the list was filtered to, if any. */
  agency?: AgencyId;
  /** Every office shown so far. */
  shown: string[];
  /** The offices of the last reply: what "the second one" counts in. */
  page: string[];
}

/** One page of offices, with the list as it stands after it. */
export interface OfficePage {
  matches: OfficeMatch[];
  list: OfficeList;
  /** More offices can be shown on request. */
  more: boolean;
  /**
   * Offices confirmed long ago that are nearer than an office this page lists before them (on
   * this page, after it, or left for the next): the order is not "nearest first", and the reply
   * says why. Empty when the page is in order of distance.
   */
  nearerOlder: OfficeMatch[];
}

/** Paging and detail over the office directory. */
export class OfficeListService {
  constructor(private readonly directory: OfficeDirectory) {}

  /**
   * The first `size` offices near `point`: of `agency` when some office serves it, else all. With
   * the towns near the point where a source ties the service of the listed body (or of `townsOf`,
   * a body whose visits are booked with it) to the town; and `likelyGap`, the larger town near
   * the point whose office our list very probably lacks (the reply says so first); and
   * `closedHere`, the offices of the `place` named that have closed or are closing (Arvika), which
   * the reply says first too, so no one goes to an office that is gone.
   */
  first(
    point: GeoPoint,
    query: { agency?: AgencyId; townsOf?: AgencyId; place?: string; at: Date; size: number },
  ): OfficePage & { bookingTowns: string[]; likelyGap?: string; closedHere: OfficeLookupMatch[] } {
    const { agency, at, size } = query;
    const filter =
      agency !== undefined && this.directory.offices.some((o) => o.agencies.includes(agency));
    const page = this.page(point, { ...(filter ? { agency } : {}), shown: [], page: [] }, at, size);
    const towns = filter ? agency : query.townsOf;
    const bookingTowns =
      towns === undefined
        ? []
        : this.directory.townFactsNear(point, { agency: towns, at }).map((f) => f.fact.town);
    // A larger town near with no office in our list: the list very probably lacks its office.
    const gap = this.directory.likelyGap(point, at);
    return {
      ...page,
      closedHere: query.place === undefined ? [] : this.closedIn(query.place, at),
      bookingTowns: [...new Set(bookingTowns)],
      ...(gap === undefined ? {} : { likelyGap: gap.town.name }),
    };
  }

  /**
   * "Has the Arvika office closed?": the offices of that name (or in that town) with their state,
   * and the first page near `point` of offices to visit: the office itself among them when it is
   * open, else the nearest others (a closed or closing office is not offered again).
   */
  status(
    name: string,
    point: GeoPoint,
    query: { at: Date; size: number },
  ): { asked: OfficeLookupMatch[]; page: OfficePage } {
    const { at, size } = query;
    const asked = this.directory.lookup(name, { at }).matches.slice(0, size === 1 ? 1 : 3);
    const open = asked.some((m) => m.state.status === 'open');
    const shown = open ? [] : asked.map((m) => m.office.id);
    return { asked, page: this.page(point, { shown, page: [] }, at, size) };
  }

  /** The offices of a place ("Arvika", "Brandbergen", the offices of a town) that closed or are closing. */
  closedIn(place: string, at: Date): OfficeLookupMatch[] {
    return this.directory
      .named(place, at)
      .filter((m) => m.state.status === 'closed' || m.state.status === 'closing');
  }

  /** The next `size` offices of `list`; no matches when every office near has been shown. */
  next(point: GeoPoint, list: OfficeList, at: Date, size: number): OfficePage {
    return this.page(point, list, at, size);
  }

  /** The office at `index` of the last page, with its distance and status, and its week's hours. */
  detail(
    point: GeoPoint,
    list: OfficeList,
    index: number,
    at: Date,
  ): { match: OfficeMatch; week: ResolvedDay[] } | undefined {
    const id = list.page[index];
    if (id === undefined) return undefined;
    const [match] = this.directory.nearest(point, {
      at,
      only: [id],
      ...(list.agency === undefined ? {} : { agency: list.agency }),
    });
    return match === undefined
      ? undefined
      : { match, week: this.directory.weekHours(match.office, at) };
  }

  /** The last page's offices (or the one at `index`) that still exist. */
  officesOf(list: OfficeList, index?: number): Office[] {
    const ids = index === undefined ? list.page : list.page.slice(index, index + 1);
    return ids.flatMap((id) => {
      const office = this.directory.byId(id);
      return office === undefined ? [] : [office];
    });
  }

  /**
   * The old offices nearer than an office listed before them: on the page after a farther one,
   * or among the nearest `matches.length` by distance yet left off the page.
   */
  private nearerOlder(
    point: GeoPoint,
    list: OfficeList,
    matches: OfficeMatch[],
    at: Date,
  ): OfficeMatch[] {
    if (matches.length === 0) return [];
    const byDistance = this.directory.nearest(point, {
      at,
      limit: matches.length,
      exclude: list.shown,
      byDistance: true,
      ...(list.agency === undefined ? {} : { agency: list.agency }),
    });
    const ids = matches.map((m) => m.office.id);
    const later = matches.filter((m, i) =>
      matches.slice(0, i).some((before) => before.distanceKm > m.distanceKm),
    );
    const left = byDistance.filter((m) => !ids.includes(m.office.id));
    return [...later, ...left];
  }

  private page(point: GeoPoint, list: OfficeList, at: Date, size: number): OfficePage {
    const found = this.directory.nearest(point, {
      at,
      limit: size + 1,
      exclude: list.shown,
      ...(list.agency === undefined ? {} : { agency: list.agency }),
    });
    const matches = found.slice(0, size);
    const ids = matches.map((m) => m.office.id);
    return {
      matches,
      nearerOlder: this.nearerOlder(point, list, matches, at),
      list: { ...list, shown: [...list.shown, ...ids], page: ids },
      more: found.length > size,
    };
  }
}
