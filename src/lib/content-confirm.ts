// `npm run hub -- confirm` (issue 20): the coordinator has checked a record with the
// service itself. Its file changes in three places only: `status: active`, `checked` (the
// date), and `confirmed` (how, and when). The YAML is edited as a document, so comments,
// key order and every other line stay as the editor wrote them.
import { isMap, parseDocument } from 'yaml';
import { serviceSchema, type CONFIRM_METHODS } from './schema/service';

export interface Confirmation {
  method: (typeof CONFIRM_METHODS)[number];
  /** YYYY-MM-DD, the day it was checked. */
  date: string;
}

/**
 * The text of a service file after confirming it. Throws an Error naming the problem
 * when `text` is not a YAML mapping or the result would not be a valid service (the
 * file is then left as it was by the caller).
 */
export function confirmRecord(text: string, { method, date }: Confirmation): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error('not a service record (a YAML mapping)');
  doc.set('status', 'active');
  doc.set('checked', date);
  const confirmed = doc.createNode({ method, date });
  // After `checked` when it is new, so the dates sit together.
  if (doc.has('confirmed')) doc.set('confirmed', confirmed);
  else {
    const items = doc.contents.items;
    const at = items.findIndex((pair) => (pair.key as { value?: unknown } | null)?.value === 'checked');
    items.splice(at + 1, 0, doc.createPair('confirmed', confirmed));
  }
  const result = doc.toString({ lineWidth: 0 });
  const parsed = serviceSchema.safeParse(parseDocument(result).toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the record would not be valid: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  }
  return result;
}
