// Issue 20: "Report a problem with this listing", as the browser, the server and the hub
// read it.
import { describe, expect, it } from 'vitest';
import { pageCode, reportFromForm, validateReport } from '../../src/lib/callback/report';
import { openEnvelope } from '../../src/lib/callback/seal';
import { neutralId } from '../../src/lib/neutral-path';
import { postForm, testEndpoint } from './support/callback-handler';

const code = neutralId('samaritans');
const fieldsOf = (fields: Record<string, string>): Record<string, string> => ({ kind: 'report', lang: 'ar', page: `/ar/services/${code}/`, problem: 'number', details: ' Rang twice ', ...fields });
const form = (fields: Record<string, string>) => new URLSearchParams(fieldsOf(fields));

describe('problem reports', () => {
  it('reads the page code, the problem and the details from the form', () => {
    expect(pageCode('/services/ab12cd34/')).toBe('ab12cd34');
    expect(pageCode('/services/shell/')).toBe('');
    expect(validateReport(reportFromForm(form({})))).toEqual({ kind: 'report', page: code, problem: 'number', details: 'Rang twice', pageLanguage: 'ar' });
  });

  it('refuses a report with no problem, an unknown one, no page, or hidden characters', () => {
    expect(validateReport(reportFromForm(form({ problem: '' })))).toBeNull();
    expect(validateReport(reportFromForm(form({ problem: 'rude' })))).toBeNull();
    expect(validateReport(reportFromForm(form({ page: '/find/' })))).toBeNull();
    expect(validateReport(reportFromForm(form({ details: 'a\u202Eb' })))).toBeNull();
    expect(validateReport(reportFromForm(form({ details: 'x'.repeat(301) })))).toBeNull();
  });

  it('is sealed on arrival without JavaScript, sent to the thank-you page, and opens as a report', async () => {
    const endpoint = await testEndpoint();
    const response = await endpoint.handle(postForm(fieldsOf({})), 'a');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ar/report/sent/');
    const opened = await openEnvelope(endpoint.privateKey, endpoint.stored[0]!);
    expect(opened).toMatchObject({ kind: 'report', page: code, problem: 'number' });
    // One size for every envelope: a report looks like a callback request on the wire.
    expect(endpoint.stored[0]!.ct.length).toBeGreaterThan(5000);
  });

  it('answers a bad report with the error page, storing nothing', async () => {
    const endpoint = await testEndpoint();
    const response = await endpoint.handle(postForm(fieldsOf({ problem: '' })), 'a');
    expect(response.status).toBe(400);
    expect(endpoint.stored).toEqual([]);
  });
});
