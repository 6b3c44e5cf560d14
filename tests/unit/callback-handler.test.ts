import type { CallbackRequest } from '../../src/lib/callback/request';
import { describe, expect, it } from 'vitest';
import { openEnvelope } from '../../src/lib/callback/seal';
import { RateLimiter } from '../../src/server/rate-limit';
import { FORM_FIELDS, postForm, postJson, sealed, testEndpoint } from './support/callback-handler';

describe('createCallbackHandler', () => {
  it('stores a sealed request and answers 202 with its id', async () => {
    const endpoint = await testEndpoint();
    const envelope = await sealed(endpoint.key);
    const response = await endpoint.handle(postJson(envelope), 'a');
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: envelope.id });
    expect(endpoint.stored).toEqual([envelope]);
  });

  it('seals a plain form post with the key and redirects to the sent page in its language', async () => {
    const endpoint = await testEndpoint();
    const response = await endpoint.handle(postForm(FORM_FIELDS), 'a');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ro/callback/sent/');
    const [envelope] = endpoint.stored;
    expect(envelope!.kid).toBe(endpoint.key.kid);
    expect(((await openEnvelope(endpoint.privateKey, envelope!)) as CallbackRequest).phone).toBe('+447911123456');
  });

  it('refuses an envelope sealed to another key (422)', async () => {
    const endpoint = await testEndpoint();
    const other = await testEndpoint();
    const response = await endpoint.handle(postJson(await sealed(other.key)), 'a');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'unknown-key' });
  });

  it('answers bad bodies with 4xx JSON', async () => {
    const endpoint = await testEndpoint();
    expect((await endpoint.handle(postJson('{'), 'a')).status).toBe(400);
    expect((await endpoint.handle(postJson({ v: 1 }), 'a')).status).toBe(400);
    expect((await endpoint.handle(postJson('x', { headers: { 'content-type': 'text/plain' } }), 'a')).status).toBe(415);
    expect((await endpoint.handle(postJson('x'.repeat(17_000)), 'a')).status).toBe(413);
  });

  it('answers 429 past the per-client limit: JSON, or the form page', async () => {
    const endpoint = await testEndpoint({ perClient: { allow: () => false } });
    const json = await endpoint.handle(postJson(await sealed(endpoint.key)), 'a');
    expect(json.status).toBe(429);
    expect(await json.json()).toMatchObject({ error: 'rate-limited' });
    const form = await endpoint.handle(postForm(FORM_FIELDS), 'a');
    expect(form.status).toBe(429);
    expect(await form.text()).toContain('data-quick-exit');
  });

  it('answers 503 when the inbox cannot store, and logs the error code only', async () => {
    const endpoint = await testEndpoint();
    endpoint.failNextPut('SQLITE_FULL');
    const envelope = await sealed(endpoint.key);
    expect((await endpoint.handle(postJson(envelope), 'a')).status).toBe(503);
    expect(endpoint.lines).toEqual(['callback: could not store a request (SQLITE_FULL)\n']);
  });
});

describe('limits for all clients together (issue 17 C)', () => {
  it('answers 503 "busy" past the global ceiling, for any client: JSON, or the form page', async () => {
    const endpoint = await testEndpoint({ everyone: new RateLimiter({ max: 3, windowMs: 600_000 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await endpoint.handle(postJson(await sealed(endpoint.key)), `client ${i}`)).status);
    expect(statuses).toEqual([202, 202, 202, 503, 503]);
    const refused = await endpoint.handle(postJson(await sealed(endpoint.key)), 'another');
    expect(await refused.json()).toMatchObject({ error: 'busy' });
    expect(refused.headers.get('retry-after')).toBe('600');
    expect((await endpoint.handle(postForm(FORM_FIELDS), 'a form')).status).toBe(503);
    expect(endpoint.stored).toHaveLength(3);
  });

  it('answers 503 "inbox-full" once the inbox holds the most it may, and logs that once', async () => {
    const endpoint = await testEndpoint({ inboxMax: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await endpoint.handle(postJson(await sealed(endpoint.key)), `c${i}`)).status);
    expect(statuses).toEqual([202, 202, 503, 503]);
    const refused = await endpoint.handle(postJson(await sealed(endpoint.key)), 'c');
    expect(await refused.json()).toMatchObject({ error: 'inbox-full' });
    const form = await endpoint.handle(postForm(FORM_FIELDS), 'c');
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('data-quick-exit');
    expect(endpoint.lines).toEqual([
      'callback: the inbox is full (2 requests, PATHWAY_INBOX_MAX_REQUESTS): new requests get 503 until the coordinator opens and deletes requests (npm run hub -- read, then delete or purge).\n',
    ]);
    // Once the coordinator has made room, requests are taken again; full again logs again.
    endpoint.stored.pop();
    expect((await endpoint.handle(postJson(await sealed(endpoint.key)), 'c')).status).toBe(202);
    expect((await endpoint.handle(postJson(await sealed(endpoint.key)), 'c')).status).toBe(503);
    expect(endpoint.lines).toHaveLength(2);
  });

  it('takes everything with the limits at 0', async () => {
    const endpoint = await testEndpoint({ inboxMax: 0, everyone: new RateLimiter({ max: 0, windowMs: 1 }) });
    for (let i = 0; i < 30; i++) expect((await endpoint.handle(postJson(await sealed(endpoint.key)), `c${i}`)).status).toBe(202);
  });
});
