// Keeps the directory true: npm run check:content [-- --out <file.md>] [--services <folder>]
// Prints a table per region and per need, records with no phone, never or long-ago
// checked records, and shared numbers or websites; writes the same as Markdown. The
// report depends on today's date, so it is written to reports/ (gitignored), not committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openReportPages } from './hub/desk-store';
import { neutralId } from '../src/lib/neutral-path';
import type { Service } from '../src/lib/schema/service';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-check';
import { areaCoverage, formatAreaCoverage } from '../src/lib/area-coverage';
import { formatMarkdown, formatTerminal } from '../src/lib/content-check-format';
import { NEED_IDS } from '../src/lib/schema/taxonomy';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { readRegions, readServices, SERVICES_DIR } from './lib/content';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'reports/content-check.md' },
    services: { type: 'string', default: SERVICES_DIR },
  },
});

const strings: Readonly<Record<string, unknown>> = en;

/**
 * Records with a problem report the hub has not closed, from the hub's local inbox
 * (PATHWAY_HUB_DIR, default .hub/) when this machine has one: the inbox page remembers
 * each report's page there, so no key is needed. None elsewhere.
 */
function openReports(list: readonly Service[]): string[] {
  const pages = new Set(openReportPages(process.env['PATHWAY_HUB_DIR'] || '.hub'));
  return list.filter((s) => pages.has(neutralId(s.id))).map((s) => s.id);
}
const name = (key: string) => (typeof strings[key] === 'string' ? (strings[key] as string) : key);
const names = { region: (id: string) => name(`region.${id}`), need: (id: string) => name(`need.${id}`) };

// Regions in rollout order, then "national"; needs in the order people see them.
const regions = readRegions().map((r) => r.id);
let services;
try {
  services = readServices(values.services);
} catch (error) {
  // A broken file is the coordinator's to fix: say which, without a stack trace.
  console.error(`Cannot check the content: ${(error as Error).message}`);
  process.exit(1);
}
const check = checkContent(services, { regions, needs: NEED_IDS }, new Date(), openReports(services));

const areas = formatAreaCoverage(areaCoverage(services));
console.log(formatTerminal(check, names));
console.log(`\nCouncil areas × core needs: local listed services with a phone, Scotland-wide lines not counted (issue 16)\n${areas}`);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${formatMarkdown(check, names)}\n\n## Council areas × core needs\n\nLocal listed services (active or unverified) with a phone; Scotland-wide lines, which help everywhere, are not counted.\n\n${areas}\n`);
console.log(`\nReport written to ${values.out}`);
