import { describe, expect, it } from 'vitest';
import { webManifest } from '../../src/lib/web-manifest';

describe('webManifest', () => {
  const en = webManifest({ lang: 'en', tag: 'en', dir: 'ltr', name: 'Pathway', description: 'Local services and information.' });

  it('is installable: name, start_url, scope, standalone, 192 and 512 icons, a maskable one', () => {
    expect(en).toMatchObject({ name: 'Pathway', short_name: 'Pathway', start_url: '/', scope: '/', display: 'standalone' });
    const icons = en.icons.map((i) => `${i.purpose} ${i.sizes}`);
    expect(icons).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));
  });

  it('opens in the language it was installed from, as the same app', () => {
    const other = webManifest({ lang: 'en', tag: 'en-GB', dir: 'rtl', name: 'Pathway', description: '' });
    expect(other.lang).toBe('en-GB');
    expect(other.dir).toBe('rtl');
    expect(other.id).toBe(en.id);
  });

  it('says nothing about what the site is for', () => {
    expect(JSON.stringify(en)).not.toMatch(/sex|prostitut|exploit|abuse|traffick|rape|escape/i);
  });

  it('refuses an empty name', () => {
    expect(() => webManifest({ lang: 'en', tag: 'en', dir: 'ltr', name: ' ', description: '' })).toThrow('The app needs a name');
  });
});
