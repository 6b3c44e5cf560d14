// Keeps the directory true: npm run check:content [-- --out reports/content-check.md]
// Prints a table per region and per need, records with no phone, never or long-ago
// checked records, and shared numbers or websites; writes the same as Markdown. The
// report depends on today's date, so it is written to reports/ (gitignored), not committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-check';
import { formatMarkdown, formatTerminal } from '../src/lib/content-check-format';
import { NEED_IDS } from '../src/lib/schema/taxonomy';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { readRegions, readServices } from './lib/content';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'reports/content-check.md' } } });

const strings: Readonly<Record<string, unknown>> = en;
const name = (key: string) => (typeof strings[key] === 'string' ? (strings[key] as string) : key);
const names = { region: (id: string) => name(`region.${id}`), need: (id: string) => name(`need.${id}`) };

// Regions in rollout order, then "national"; needs in the order people see them.
const regions = readRegions().map((r) => r.id);
const check = checkContent(readServices(), { regions, needs: NEED_IDS }, new Date());

console.log(formatTerminal(check, names));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, formatMarkdown(check, names));
console.log(`\nReport written to ${values.out}`);
