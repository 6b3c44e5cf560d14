// Build time only: which national lines the home and offline pages list by their hours.
import type { Service } from '../schema/service';
import { compareServices } from '../directory';
import { isAlwaysOpen } from './week';
import { weekOf } from './week-of';

/**
 * National services with a phone (not 999) and hours as data, each marked `always` when
 * its hours are every minute of the week; those first, then in the directory's order.
 */
export function nationalLines(services: readonly Service[]): { service: Service; always: boolean }[] {
  const lines: { service: Service; always: boolean }[] = [];
  for (const service of services) {
    const phones = (service.phone ?? []).filter((p) => p.number !== '999');
    if (!service.regions.includes('national') || phones.length === 0) continue;
    const weeks = phones.some((p) => p.openingHours)
      ? phones.map((p) => weekOf(p.openingHours)).filter((w) => w !== undefined)
      : [weekOf(service.openingHours)].filter((w) => w !== undefined);
    if (weeks.length === 0) continue;
    lines.push({ service, always: weeks.some(isAlwaysOpen) });
  }
  return lines.sort((a, b) => Number(b.always) - Number(a.always) || compareServices(a.service, b.service));
}
