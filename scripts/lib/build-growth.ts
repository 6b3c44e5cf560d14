// Figures for the build benchmark: medians per directory size, and how the time grows
// against the number of services and of pages (DESIGN.md asks for linear growth).

export interface SizeResult {
  /** Services in the directory built. */
  services: number;
  /** index.html files written (every language × every page). */
  pages: number;
  /** Wall-clock milliseconds of each run of `astro build`. */
  runs: number[];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface GrowthRow {
  services: number;
  pages: number;
  medianMs: number;
  msPerPage: number;
  /** Against the smallest size: how many times the services, the pages and the time. */
  serviceRatio: number;
  pageRatio: number;
  timeRatio: number;
}

/** One row per size, smallest first, each compared with the smallest. */
export function growth(results: readonly SizeResult[]): GrowthRow[] {
  const rows = [...results]
    .sort((a, b) => a.services - b.services)
    .map((r) => ({ services: r.services, pages: r.pages, medianMs: median(r.runs) }));
  const base = rows[0];
  if (!base) return [];
  return rows.map((r) => ({
    ...r,
    msPerPage: r.medianMs / r.pages,
    serviceRatio: r.services / base.services,
    pageRatio: r.pages / base.pages,
    timeRatio: r.medianMs / base.medianMs,
  }));
}

export interface LinearFit {
  /** Time the build takes whatever the directory (start-up, bundling), in ms. */
  fixedMs: number;
  /** Time each further page adds, in ms. */
  msPerPage: number;
  /** The point furthest from the line, as a fraction of its own time: small when growth is linear. */
  worstResidual: number;
}

/** Least squares of median time against pages. Needs two or more sizes. */
export function linearFit(rows: readonly Pick<GrowthRow, 'pages' | 'medianMs'>[]): LinearFit | null {
  if (rows.length < 2) return null;
  const n = rows.length;
  const meanX = rows.reduce((s, r) => s + r.pages, 0) / n;
  const meanY = rows.reduce((s, r) => s + r.medianMs, 0) / n;
  const sxx = rows.reduce((s, r) => s + (r.pages - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = rows.reduce((s, r) => s + (r.pages - meanX) * (r.medianMs - meanY), 0);
  const msPerPage = sxy / sxx;
  const fixedMs = meanY - msPerPage * meanX;
  const worstResidual = Math.max(
    ...rows.map((r) => Math.abs(r.medianMs - (fixedMs + msPerPage * r.pages)) / r.medianMs),
  );
  return { fixedMs, msPerPage, worstResidual };
}
