// What an import does with one record's file: write it, leave it, or stop because a
// person's edits would be lost. Pure, so the rule can be tested without a disk.
import { isDeepStrictEqual } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { parse, stringify } from 'yaml';
import { serviceSchema, type ServiceData } from '../schema/service';

export type WriteAction = 'create' | 'unchanged' | 'overwrite' | 'conflict';

export interface WritePlan {
  action: WriteAction;
  /** The YAML to write (for create and overwrite). */
  text: string;
  /** The change from the file on disk to the import, for overwrite and conflict. */
  diff?: string;
}

/** A record as content YAML, the way scripts/import-seed.ts writes it. */
export function toYaml(data: ServiceData): string {
  return stringify(data, { lineWidth: 0 });
}

/**
 * The editor's notes and the hub's confirmation never travel in HSDS (they are the
 * coordinator's), so an import keeps those of the file it would replace.
 */
function withEditorNotes(data: ServiceData, existing: string | null): ServiceData {
  if (existing === null) return data;
  try {
    const old = (parse(existing) ?? {}) as { editorNotes?: unknown; confirmed?: unknown };
    const kept = { ...data };
    if (!kept.editorNotes && typeof old.editorNotes === 'string' && old.editorNotes) kept.editorNotes = old.editorNotes;
    const confirmed = serviceSchema.shape.confirmed.safeParse(old.confirmed);
    if (!kept.confirmed && confirmed.success && confirmed.data) kept.confirmed = confirmed.data;
    return kept;
  } catch {
    return data;
  }
}

function sameContent(existing: string, data: ServiceData): boolean {
  try {
    const parsed = serviceSchema.safeParse(parse(existing));
    return parsed.success && isDeepStrictEqual(parsed.data, data);
  } catch {
    return false; // not even YAML: certainly not the same record
  }
}

/**
 * A new file is written; a file with the same content (however it is laid out) is left
 * alone; a file that differs is overwritten only with `force`, and its diff is shown.
 */
export function planWrite(path: string, existing: string | null, imported: ServiceData, force: boolean): WritePlan {
  const data = withEditorNotes(imported, existing);
  const text = toYaml(data);
  if (existing === null) return { action: 'create', text };
  if (sameContent(existing, data)) return { action: 'unchanged', text };
  const diff = createTwoFilesPatch(`${path} (on disk)`, `${path} (import)`, existing, text, undefined, undefined, { context: 2 });
  return { action: force ? 'overwrite' : 'conflict', text, diff };
}
