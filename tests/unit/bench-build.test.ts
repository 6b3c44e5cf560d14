import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../../src/lib/schema/service';
import { growth, linearFit, median } from '../../scripts/lib/build-growth';
import { serviceYaml } from '../../scripts/lib/synthetic-files';
import { syntheticServices } from '../../scripts/lib/synthetic-directory';

describe('the build benchmark', () => {
  it('writes synthetic services the content schema accepts', () => {
    for (const s of syntheticServices(500)) {
      const result = serviceSchema.safeParse(parse(serviceYaml(s)));
      expect(result.success, `${s.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('takes the middle run, or the mean of the middle two', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('compares every size with the smallest', () => {
    const rows = growth([
      { services: 3000, pages: 27_000, runs: [60_000, 62_000, 61_000] },
      { services: 300, pages: 2_700, runs: [10_000, 9_000, 11_000] },
    ]);
    expect(rows.map((r) => r.services)).toEqual([300, 3000]);
    expect(rows[1]).toMatchObject({ serviceRatio: 10, pageRatio: 10, medianMs: 61_000 });
    expect(rows[1]!.timeRatio).toBeCloseTo(6.1);
    expect(rows[0]!.msPerPage).toBeCloseTo(10_000 / 2_700);
  });

  it('splits time into a fixed part and a cost per page, and says how straight the line is', () => {
    const onLine = [1_000, 10_000, 30_000].map((pages) => ({ pages, medianMs: 5_000 + 2 * pages }));
    const fit = linearFit(onLine)!;
    expect(fit.fixedMs).toBeCloseTo(5_000);
    expect(fit.msPerPage).toBeCloseTo(2);
    expect(fit.worstResidual).toBeCloseTo(0);
    const curved = [1_000, 10_000, 30_000].map((pages) => ({ pages, medianMs: 5_000 + pages ** 2 / 1_000 }));
    expect(linearFit(curved)!.worstResidual).toBeGreaterThan(0.2);
    expect(linearFit(onLine.slice(0, 1))).toBeNull();
  });
});
