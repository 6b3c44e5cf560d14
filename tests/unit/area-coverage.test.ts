import { describe, expect, it } from 'vitest';
import { areaCoverage, CORE_NEEDS } from '../../src/lib/area-coverage';
import type { Service } from '../../src/lib/schema/service';
import { COUNCIL_AREA_NAMES } from '../../src/lib/schema/taxonomy';

const service = (over: Partial<Service>): Service => ({
  id: 'x', name: 'x', organisation: 'o', kind: 'mainstream', status: 'unverified', categories: ['housing'],
  councilAreas: ['Fife'], regions: [], description: 'd', free: null, sources: ['https://example.org/'], checked: null,
  phone: [{ number: '01592 583 354' }], ...over,
});

describe('council-area coverage', () => {
  it('counts listed services with a phone per core need, and names the gaps', () => {
    const rows = areaCoverage([
      service({ id: 'day' }),
      service({ id: 'night', phone: [{ number: '0800 028 2007', label: 'Out of hours' }] }),
      service({ id: 'no-phone', categories: ['domestic-abuse'], phone: undefined }),
      service({ id: 'closed', categories: ['sexual-health'], status: 'possibly-closed' }),
      service({ id: 'national', categories: ['sexual-violence'], councilAreas: [...COUNCIL_AREA_NAMES] }),
    ]);
    const fife = rows.find((r) => r.area === 'Fife')!;
    expect(fife.counts).toEqual([2, 1, 0, 0, 0, 0]);
    expect(fife.gaps).toEqual(CORE_NEEDS.slice(2).map((n) => n.label));
    expect(rows).toHaveLength(32);
    expect(rows.find((r) => r.area === 'Stirling')!.gaps).toHaveLength(CORE_NEEDS.length);
  });
});
