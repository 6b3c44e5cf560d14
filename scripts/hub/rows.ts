// The inbox's rows as `hub list` and `hub read` take them, one at a time: a row that
// cannot be read (its envelope column is not JSON, or not an envelope; a tampered or
// damaged database) or cannot be opened is one failure, named by its id, and the others
// are still listed or opened (issue 17 G).
import { parseEnvelope } from '../../src/lib/callback/envelope.ts';
import { OpenError, openEnvelope, type HubMessage } from '../../src/lib/callback/seal.ts';
import type { RawRow, StoredRequest } from '../../src/server/callback-store.ts';
import { missingKeyMessage, type PrivateKeyFile } from './keys.ts';
import { visible } from './safe-text.ts';

export type CheckedRow = { ok: true; row: StoredRequest } | { ok: false; id: string; reason: string };

export interface OpenedRequest extends StoredRequest {
  /** A callback request, or a problem report (kind "report"). */
  request: HubMessage;
}

/** The row with its envelope parsed and checked, or the reason it cannot be read. */
export function checkRow(raw: RawRow): CheckedRow {
  let value: unknown;
  try {
    value = JSON.parse(raw.envelope);
  } catch {
    value = undefined;
  }
  const parsed = parseEnvelope(value);
  if (!parsed.ok) {
    return { ok: false, id: raw.id, reason: `Request ${visible(raw.id)} cannot be read: what is stored for it is not a sealed request.` };
  }
  return { ok: true, row: { id: raw.id, receivedHour: raw.receivedHour, envelope: parsed.envelope } };
}

/** A row that does not open: its id and a line saying why. */
export interface Failure {
  id: string;
  reason: string;
}

/** Opens each row with the key it was sealed to; every row that does not open is one entry in `failures`. */
export async function openRows(
  rows: readonly RawRow[],
  keys: ReadonlyMap<string, PrivateKeyFile>,
): Promise<{ opened: OpenedRequest[]; failures: Failure[] }> {
  const opened: OpenedRequest[] = [];
  const failures: Failure[] = [];
  for (const raw of rows) {
    const checked = checkRow(raw);
    if (!checked.ok) {
      failures.push({ id: raw.id, reason: checked.reason });
      continue;
    }
    const { row } = checked;
    const key = keys.get(row.envelope.kid);
    if (!key) {
      failures.push({ id: row.id, reason: missingKeyMessage(visible(row.id), row.envelope.kid, keys) });
      continue;
    }
    try {
      opened.push({ ...row, request: await openEnvelope(key.key, row.envelope) });
    } catch (error) {
      failures.push({ id: row.id, reason: error instanceof OpenError ? error.message : `Request ${visible(row.id)} cannot be read.` });
    }
  }
  return { opened, failures };
}
