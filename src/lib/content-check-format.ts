// The content check written for the hub coordinator: a plain table for the terminal and
// a Markdown report. Names come in already in English (the directory's language).
import type { ContentCheck, Coverage, Shared } from './content-check';
import { STALE_AFTER_MONTHS } from './content-check';
import type { Service } from './schema/service';

/** How many of the records to confirm the terminal shows; the Markdown report lists all. */
const CONFIRM_SHOWN = 15;

export interface Names {
  region: (id: string) => string;
  need: (id: string) => string;
}

const COLUMNS = ['services', 'no phone', 'never checked', `checked > ${STALE_AFTER_MONTHS} months ago`];
const row = (c: Coverage<string>) => [c.total, c.noPhone.length, c.neverChecked.length, c.stale.length].map(String);

/** Columns padded to their widest cell; numbers right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const who = (s: Service) => `${s.name} (${s.id})`;
const bullets = (items: string[]) => (items.length ? items.map((i) => `  ${i}`) : ['  none']);
const sharedLine = (g: Shared) => `${g.value}: ${g.services.map((s) => s.id).join(', ')}`;

function summary(check: ContentCheck, names: Names) {
  return {
    regions: check.regions.map((c) => [names.region(c.key), ...row(c)]),
    needs: check.needs.map((c) => [names.need(c.key), ...row(c)]),
  };
}

export function formatTerminal(check: ContentCheck, names: Names): string {
  const { regions, needs } = summary(check, names);
  const out = [
    `Content check, ${day(check.today)}: ${check.total} services`,
    '',
    textTable(['Region', ...COLUMNS], regions),
    '',
    textTable(['Need', ...COLUMNS], needs),
    '',
    `No phone (${check.noPhone.length}):`,
    ...bullets(check.noPhone.map((s) => s.id)),
    `To confirm next (${check.toConfirm.length} unverified, oldest first; then \`npm run hub -- confirm <id> --method …\`):`,
    ...bullets(check.toConfirm.slice(0, CONFIRM_SHOWN).map((s) => `${s.id} (${s.checked ?? 'never checked'})`)),
    ...(check.toConfirm.length > CONFIRM_SHOWN ? [`  … and ${check.toConfirm.length - CONFIRM_SHOWN} more (the report lists them all)`] : []),
    `Then, with open problem reports in the hub's inbox (${check.reported.length}):`,
    ...bullets(check.reported.map((s) => s.id)),
    `Never checked (${check.neverChecked.length}):`,
    ...bullets(check.neverChecked.map((s) => s.id)),
    `Checked more than ${STALE_AFTER_MONTHS} months ago (${check.stale.length}):`,
    ...bullets(check.stale.map(({ service, months }) => `${service.id} (${service.checked}, ${months} months)`)),
  ];
  const warnings = [
    ...check.sharedPhones.map((g) => `WARNING same phone number in ${g.services.length} records: ${sharedLine(g)}`),
    ...check.sharedWebsites.map((g) => `WARNING same website in ${g.services.length} records: ${sharedLine(g)}`),
  ];
  return [...out, '', ...(warnings.length ? warnings : ['No shared phone numbers or websites.'])].join('\n');
}

export function formatMarkdown(check: ContentCheck, names: Names): string {
  const { regions, needs } = summary(check, names);
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`).join('\n') : '- none');
  const perRegion = check.regions
    .filter((c) => c.noPhone.length)
    .map((c) => `### ${names.region(c.key)}\n\n${list(c.noPhone.map(who))}`);
  return [
    '# Content check',
    '',
    `${check.total} services, checked on ${day(check.today)} by \`npm run check:content\`. ` +
      `A record counts as out of date when its newest source is more than ${STALE_AFTER_MONTHS} months old. ` +
      'A service listed in several regions or needs is counted in each.',
    '',
    '## By region',
    '',
    markdownTable(['Region', ...COLUMNS], regions),
    '',
    '## By need',
    '',
    markdownTable(['Need', ...COLUMNS], needs),
    '',
    '## Warnings',
    '',
    list([
      ...check.sharedPhones.map((g) => `Same phone number in ${g.services.length} records: ${sharedLine(g)}`),
      ...check.sharedWebsites.map((g) => `Same website in ${g.services.length} records: ${sharedLine(g)}`),
    ]),
    '',
    `## To confirm next (${check.toConfirm.length})`,
    '',
    'Unverified records, never checked first, then the oldest. Confirm each with the service, then `npm run hub -- confirm <id> --method phone|email|website|in-person`.',
    '',
    list(check.toConfirm.map((s) => `${who(s)}: ${s.checked ? `checked ${s.checked}` : 'never checked'}`)),
    '',
    `## Then, records with open problem reports (${check.reported.length})`,
    '',
    'From the hub\'s inbox on this machine (`npm run hub -- inbox` shows the reports beside each record).',
    '',
    list(check.reported.map(who)),
    '',
    `## Never checked (${check.neverChecked.length})`,
    '',
    list(check.neverChecked.map(who)),
    '',
    `## Checked more than ${STALE_AFTER_MONTHS} months ago (${check.stale.length})`,
    '',
    list(check.stale.map(({ service, months }) => `${who(service)}: checked ${service.checked}, ${months} months ago`)),
    '',
    `## No phone number (${check.noPhone.length})`,
    '',
    ...perRegion.flatMap((p) => [p, '']),
  ].join('\n');
}
