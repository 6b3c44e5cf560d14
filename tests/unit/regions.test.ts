import { describe, expect, it } from 'vitest';
import { areaRegionsFrom, hubRegionsOf } from '../../src/lib/regions';
import { isListed } from '../../src/lib/directory';
import { COUNCIL_AREA_NAMES } from '../../src/lib/schema/taxonomy';

const areaRegions = areaRegionsFrom([
  { name: 'Glasgow City', region: 'glasgow' },
  { name: 'East Ayrshire', region: 'ayrshire' },
  { name: 'Aberdeenshire', region: 'aberdeen' },
  { name: 'Fife', region: null },
]);

describe('hub regions follow from council areas', () => {
  it("gives the regions of a service's areas, once each", () => {
    expect(hubRegionsOf(['Glasgow City'], areaRegions)).toEqual(['glasgow']);
    expect(hubRegionsOf(['East Ayrshire', 'Glasgow City', 'Glasgow City'], areaRegions)).toEqual(['glasgow', 'ayrshire']);
  });

  it('gives none outside the pilot regions: such a service is valid, found by its area', () => {
    expect(hubRegionsOf(['Fife'], areaRegions)).toEqual([]);
  });

  it('calls a service covering all 32 areas Scotland-wide', () => {
    expect(hubRegionsOf([...COUNCIL_AREA_NAMES], areaRegions)).toEqual(['national']);
  });
});

describe('status rules', () => {
  it('lists active and unverified services, never possibly-closed or closed ones', () => {
    expect(['active', 'unverified', 'possibly-closed', 'closed'].map((status) => isListed({ status } as never))).toEqual([true, true, false, false]);
  });
});
