import { describe, expect, it } from 'vitest';
import { CALLBACK_ENDPOINT, toCallbackEndpoint } from '../../src/lib/callback/endpoint';

describe('toCallbackEndpoint', () => {
  it('sends "/api/callback" and its query to the endpoint', () => {
    expect(toCallbackEndpoint('/api/callback')).toBe(CALLBACK_ENDPOINT);
    expect(toCallbackEndpoint('/api/callback?lang=ro')).toBe('/api/callback/?lang=ro');
  });

  it('leaves every other address as it is', () => {
    for (const url of ['/api/callback/', '/api/callbacks', '/api/callback-x', '/', '/callback/', '/ro/api/callback']) {
      expect(toCallbackEndpoint(url)).toBe(url);
    }
  });
});
