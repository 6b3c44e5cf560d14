import { describe, expect, it } from 'vitest';
import { resolveExitUrl } from '../../src/lib/safety/exit-url';
import { replacementForForm, replacementForLink, type LinkClick } from '../../src/lib/safety/history-light';

const page = 'http://127.0.0.1:4331/regions/glasgow/';
const click = (over: Partial<LinkClick>): LinkClick => ({
  href: 'http://127.0.0.1:4331/services/samaritans/',
  target: null,
  download: false,
  button: 0,
  modified: false,
  defaultPrevented: false,
  ...over,
});

describe('history-light links', () => {
  it('replaces a plain click on a link inside the site', () => {
    expect(replacementForLink(click({}), page)).toBe('http://127.0.0.1:4331/services/samaritans/');
    expect(replacementForLink(click({ href: '/find/?q=housing#results' }), page)).toBe('http://127.0.0.1:4331/find/?q=housing#results');
  });

  it('leaves links to other sites, phones and mail alone', () => {
    for (const href of ['https://www.samaritans.org/', 'tel:116123', 'mailto:jo@samaritans.org', 'http://127.0.0.1:9999/']) {
      expect(replacementForLink(click({ href }), page), href).toBeNull();
    }
  });

  it('leaves new-tab, modified, non-primary, download and handled clicks alone', () => {
    expect(replacementForLink(click({ target: '_blank' }), page)).toBeNull();
    expect(replacementForLink(click({ modified: true }), page)).toBeNull();
    expect(replacementForLink(click({ button: 1 }), page)).toBeNull();
    expect(replacementForLink(click({ download: true }), page)).toBeNull();
    expect(replacementForLink(click({ defaultPrevented: true }), page)).toBeNull();
    expect(replacementForLink(click({ target: '_self' }), page)).not.toBeNull();
  });
});

describe('history-light forms', () => {
  const form = { action: 'http://127.0.0.1:4331/find/', method: 'get', target: null, defaultPrevented: false };
  it('replaces a GET form inside the site with its fields as the query', () => {
    expect(replacementForForm({ ...form, fields: [['q', 'housing glas'], ['region', 'glasgow']] }, page)).toBe(
      'http://127.0.0.1:4331/find/?q=housing+glas&region=glasgow',
    );
  });
  it('leaves POST forms, forms to other sites and handled submits alone', () => {
    expect(replacementForForm({ ...form, method: 'post', fields: [] }, page)).toBeNull();
    expect(replacementForForm({ ...form, action: 'https://example.org/', fields: [] }, page)).toBeNull();
    expect(replacementForForm({ ...form, defaultPrevented: true, fields: [] }, page)).toBeNull();
    expect(replacementForForm({ ...form, target: '_blank', fields: [] }, page)).toBeNull();
  });
});

describe('the exit destination', () => {
  it('defaults to a neutral weather page', () => {
    expect(resolveExitUrl(undefined)).toBe('https://www.bbc.co.uk/weather');
    expect(resolveExitUrl('')).toBe('https://www.bbc.co.uk/weather');
  });
  it('takes a full web address and refuses anything else with a clear error', () => {
    expect(resolveExitUrl('https://www.google.com/search?q=weather')).toBe('https://www.google.com/search?q=weather');
    expect(() => resolveExitUrl('bbc.co.uk')).toThrow(/full web address/);
    expect(() => resolveExitUrl('javascript:alert(1)')).toThrow(/https:\/\//);
  });
});
