import { describe, expect, it } from 'vitest';
import { callbackSettings, DEFAULTS } from '../../src/server/callback-settings';

describe('callbackSettings', () => {
  it('has defaults for everything', () => {
    const settings = callbackSettings({});
    expect(settings).toMatchObject({ dataDir: '.data', ...DEFAULTS });
    expect(DEFAULTS).toEqual({ perClient: 20, global: 600, inboxMax: 10_000, searches: 300 });
    expect(settings.trustedProxies.rules).toEqual([]);
  });

  it('reads every setting, 0 included', () => {
    const settings = callbackSettings({
      PATHWAY_DATA_DIR: '/srv/inbox', PATHWAY_CALLBACK_RATE_LIMIT: '0', PATHWAY_CALLBACK_GLOBAL_LIMIT: '1200',
      PATHWAY_INBOX_MAX_REQUESTS: ' 500 ', PATHWAY_TRUSTED_PROXIES: '127.0.0.1', PATHWAY_SEARCH_RATE_LIMIT: '0',
    });
    expect(settings).toMatchObject({ dataDir: '/srv/inbox', perClient: 0, global: 1200, inboxMax: 500, searches: 0 });
    expect(settings.trustedProxies.check('127.0.0.1')).toBe(true);
  });

  it('names the setting it cannot read', () => {
    expect(() => callbackSettings({ PATHWAY_CALLBACK_GLOBAL_LIMIT: 'lots' })).toThrow('PATHWAY_CALLBACK_GLOBAL_LIMIT: "lots" is not a whole number');
    expect(() => callbackSettings({ PATHWAY_INBOX_MAX_REQUESTS: '-1' })).toThrow(/PATHWAY_INBOX_MAX_REQUESTS/);
    expect(() => callbackSettings({ PATHWAY_CALLBACK_RATE_LIMIT: '2.5' })).toThrow(/PATHWAY_CALLBACK_RATE_LIMIT/);
    expect(() => callbackSettings({ PATHWAY_TRUSTED_PROXIES: 'my-proxy' })).toThrow(/PATHWAY_TRUSTED_PROXIES/);
  });
});
