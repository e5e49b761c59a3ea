/** What changed between two office files: added, removed, status, moved, hours. */
import { distanceKm } from '../../geo';
import type { Office, OfficeData } from '../types';

/** One change, as `npm run data:offices` prints it. */
export interface OfficeChange {
  id: string;
  kind: 'added' | 'removed' | 'status' | 'moved' | 'hours' | 'agencies';
  detail: string;
}

/** A position change smaller than this (km) is not reported as a move. */
const MOVE_KM = 0.05;

function hoursKey(o: Office): string {
  return JSON.stringify(
    o.hours === null ? null : { w: o.hours.weekly, d: o.hours.daysPerWeek, e: o.hours.exceptions },
  );
}

/** Lists the changes from `before` (null: no previous file) to `after`, in `after`'s order. */
export function diffOfficeData(before: OfficeData | null, after: OfficeData): OfficeChange[] {
  const old = new Map((before?.offices ?? []).map((o) => [o.id, o]));
  const changes: OfficeChange[] = [];
  for (const o of after.offices) {
    const p = old.get(o.id);
    if (!p) {
      changes.push({ id: o.id, kind: 'added', detail: `${o.name} (${o.status})` });
      continue;
    }
    if (p.status !== o.status || p.statusDate !== o.statusDate) {
      changes.push({
        id: o.id,
        kind: 'status',
        detail: `${p.status} ${p.statusDate ?? ''} → ${o.status} ${o.statusDate ?? ''}`.trim(),
      });
    }
    const km = distanceKm(p.position, o.position);
    const addr = (x: Office): string =>
      [x.address.street, x.address.postalCode, x.address.town].filter(Boolean).join(', ');
    if (km > MOVE_KM || addr(p) !== addr(o) || p.position.precision !== o.position.precision) {
      changes.push({
        id: o.id,
        kind: 'moved',
        detail: `${km.toFixed(2)} km; ${p.position.precision} → ${o.position.precision}; "${addr(p)}" → "${addr(o)}"`,
      });
    }
    if (hoursKey(p) !== hoursKey(o)) {
      changes.push({
        id: o.id,
        kind: 'hours',
        detail: `"${p.hours?.text ?? 'unknown'}" → "${o.hours?.text ?? 'unknown'}"`,
      });
    }
    if (p.agencies.join(';') !== o.agencies.join(';')) {
      changes.push({
        id: o.id,
        kind: 'agencies',
        detail: `${p.agencies.join(';')} → ${o.agencies.join(';')}`,
      });
    }
  }
  const now = new Set(after.offices.map((o) => o.id));
  for (const p of before?.offices ?? []) {
    if (!now.has(p.id))
      changes.push({ id: p.id, kind: 'removed', detail: `${p.name} (was ${p.status})` });
  }
  return changes;
}
