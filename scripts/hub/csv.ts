// CSV for spreadsheets (RFC 4180). A cell starting with = + - @ is prefixed with ' so a
// spreadsheet shows it as text and never runs it as a formula; control and format
// characters but "\n" are shown as [U+XXXX] (safe-text.ts).
import { visible } from './safe-text.ts';

type Cell = string | number | boolean | readonly string[] | undefined;

function cell(value: Cell): string {
  let text = visible(Array.isArray(value) ? value.join('; ') : String(value ?? ''));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Record<string, Cell>[]): string {
  if (rows.length === 0) return '';
  // Every field of every row: a request sealed before a field existed (pageLanguage) must
  // not hide that column for the rest.
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [headers.map(cell).join(','), ...rows.map((row) => headers.map((h) => cell(row[h])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
