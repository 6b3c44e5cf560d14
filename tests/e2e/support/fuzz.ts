// Deterministic malformed and hostile bodies for the callback endpoint: the same seed
// gives the same 1,000 cases on every run.
import type { Envelope } from '../../../src/lib/callback/envelope';

export interface FuzzCase {
  kind: string;
  contentType: string;
  body: string | Uint8Array<ArrayBuffer>;
  method?: string;
}

/** mulberry32: a tiny seeded generator, good enough to pick cases. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const WRONG_VALUES: unknown[] = [null, 0, -1, 1e308, true, '', 'x', [], {}, ['a'], { $gt: '' }, '../../etc/passwd', '<script>alert(1)</script>'];
const FIELDS = ['v', 'kid', 'enc', 'ct', 'id'] as const;
const FORM_OK =
  'lang=en&phone=07911123456&days=mon&times=evening&voicemail=no&text=no&cover=survey&language=English&interpreter=no&region=glasgow&needs=housing';

const HOSTILE_FORM_FIELDS: readonly [string, string][] = [
  ['phone', '<script>x</script>'], ['phone', '+0'], ['phone', '9'.repeat(5000)], ['region', 'mars'],
  ['region', '<img src=x>'], ['cover', 'x'], ['days', 'never'], ['language', 'x'.repeat(5000)],
  ['language', 'a\u0007b'], ['message', 'm'.repeat(600)], ['voicemail', 'maybe'], ['needs', 'everything'],
];

export function fuzzCases(valid: Envelope, count = 1000, seed = 7): FuzzCase[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const json = (kind: string, value: unknown): FuzzCase => ({ kind, contentType: JSON_TYPE, body: JSON.stringify(value) });
  const text = JSON.stringify(valid);
  const makers: (() => FuzzCase)[] = [
    () => ({ kind: 'truncated', contentType: JSON_TYPE, body: text.slice(0, Math.floor(next() * (text.length - 1))) }),
    () => json('wrong-field-type', { ...valid, [pick(FIELDS)]: pick(WRONG_VALUES) }),
    () => {
      const { [pick(FIELDS)]: _dropped, ...rest } = valid;
      return json('missing-field', rest);
    },
    () => json('extra-field', { ...valid, extra: 'x' }),
    () => ({ kind: 'wrong-kid', contentType: JSON_TYPE, body: JSON.stringify({ ...valid, kid: `k${Math.floor(next() * 1e9)}`.padEnd(16, 'x') }) }),
    () => json('wrong-version', { ...valid, v: pick([0, 2, '1', 1.5]) }),
    () => json('bad-base64', { ...valid, ct: valid.ct.slice(0, -1) + pick(['+', '/', '=', ' ', '!']) }),
    () => json('long-enc', { ...valid, enc: valid.enc + 'A' }),
    () => json('bad-id', { ...valid, id: pick(['', 'x', '00000000-0000-0000-0000-000000000000', valid.id.toUpperCase(), `${valid.id}\n`]) }),
    () => ({ kind: 'primitive', contentType: JSON_TYPE, body: pick(['null', '[]', '1', '"x"', 'true', '{}', '', ' ']) }),
    () => ({ kind: 'proto', contentType: JSON_TYPE, body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' }),
    () => ({ kind: 'bad-json', contentType: JSON_TYPE, body: pick(['{', '}', '{"v":1,}', "{'v':1}", 'NaN', '{"v":1}{"v":1}', '\u0000']) }),
    () => ({ kind: 'huge', contentType: JSON_TYPE, body: JSON.stringify({ ...valid, ct: 'A'.repeat(16_000 + Math.floor(next() * 200_000)) }) }),
    () => ({ kind: 'not-utf8', contentType: JSON_TYPE, body: Uint8Array.from({ length: 64 }, () => 0x80 + Math.floor(next() * 0x7f)) }),
    () => ({ kind: 'wrong-type', contentType: pick(['text/xml', 'application/octet-stream', 'image/png', 'application/jsonx']), body: text }),
    () => {
      const params = new URLSearchParams(FORM_OK);
      params.delete(pick(['phone', 'days', 'times', 'voicemail', 'text', 'cover', 'language', 'interpreter', 'region']));
      return { kind: 'form-missing', contentType: FORM_TYPE, body: params.toString() };
    },
    () => {
      const params = new URLSearchParams(FORM_OK);
      // Each pair is invalid on its own; script tags in free text would be valid (and sealed).
      const [field, value] = pick(HOSTILE_FORM_FIELDS);
      params.set(field, value);
      return { kind: 'form-hostile', contentType: FORM_TYPE, body: params.toString() };
    },
    () => ({ kind: 'form-huge', contentType: FORM_TYPE, body: `${FORM_OK}&message=${'m'.repeat(20_000)}` }),
    () => ({ kind: 'method', contentType: JSON_TYPE, body: '', method: pick(['GET', 'PUT', 'DELETE', 'PATCH']) }),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}
