import { describe, expect, it } from 'vitest';
import { safeJson, visible } from '../../scripts/hub/safe-text';

describe('visible', () => {
  it('shows every control or format character but "\\n" as [U+XXXX]', () => {
    expect(visible('a\u202eb')).toBe('a[U+202E]b');
    expect(visible('\u001b[2J\u009b31m\r\t\u007f')).toBe('[U+001B][2J[U+009B]31m[U+000D][U+0009][U+007F]');
    expect(visible('x\u{e0001}y')).toBe('x[U+E0001]y');
    expect(visible('line\nline, عربي 🙂')).toBe('line\nline, عربي 🙂');
  });
});

describe('safeJson', () => {
  it('escapes them as \\u in the JSON, so the data is the same and the terminal sees none', () => {
    const value = { message: 'a\u202eb\u009b\u{e0001}\nc' };
    const text = safeJson(value);
    expect(text).not.toMatch(/[\u202e\u009b]/u);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\udb40\\udc01');
    expect(JSON.parse(text)).toEqual(value);
    expect(safeJson([1, { a: 'b' }])).toBe('[\n  1,\n  {\n    "a": "b"\n  }\n]');
  });
});
