import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/hub/csv';

describe('toCsv', () => {
  it('writes a header and RFC 4180 rows, lists joined', () => {
    expect(toCsv([{ id: 'a', needs: ['housing', 'health'], message: 'said "hi", then\nleft' }])).toBe(
      'id,needs,message\r\na,housing; health,"said ""hi"", then\nleft"\r\n',
    );
  });
  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(toCsv([{ phone: '+447911123456', message: '=HYPERLINK("x")', other: '@SUM(1)' }])).toBe(
      "phone,message,other\r\n'+447911123456,\"'=HYPERLINK(\"\"x\"\")\",'@SUM(1)\r\n",
    );
  });
  it('is empty for no rows', () => {
    expect(toCsv([])).toBe('');
  });
  it('shows control and format characters as [U+XXXX], keeping line breaks', () => {
    expect(toCsv([{ message: 'a\u202eb\u009b[2J\nc\u200b', language: '\u0007x' }])).toBe(
      'message,language\r\n"a[U+202E]b[U+009B][2J\nc[U+200B]",[U+0007]x\r\n',
    );
  });

  it('has a column for every field of any row, empty where a row lacks it (issue 17: pageLanguage)', () => {
    expect(toCsv([{ id: 'a', language: 'Polish' }, { id: 'b', language: 'Arabic', pageLanguage: 'ar' }])).toBe(
      'id,language,pageLanguage\r\na,Polish,\r\nb,Arabic,ar\r\n',
    );
  });
});
