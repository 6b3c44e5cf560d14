import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { stubOtherSites } from './support/exit';
import { baseURL } from '../../playwright.config';

// No traces, no third parties (issue 3), checked on every built page.

function builtHtml(path: string): string {
  return readFileSync(join('dist/client', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

// Words no page title may contain: a title shows in tabs, history and app switchers.
const FORBIDDEN_IN_TITLES = /\b(sex\w*|prostitut\w*|exploit\w*|abus\w*|traffick\w*|rape\w*|rapist|assault\w*|violen\w*|escort\w*|brothel\w*|pimp\w*|groom\w*|trauma\w*|forced)\b/i;

test('no built page has a title with a sensitive word', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(80);
  const bad = pages
    .map((p) => [p, /<title>([^<]*)<\/title>/.exec(builtHtml(p))?.[1]] as const)
    .filter(([, title]) => title === undefined || FORBIDDEN_IN_TITLES.test(title))
    .map(([p, title]) => `${p}: ${title ?? '(no title)'}`);
  expect(bad).toEqual([]);
});

test('the quick exit is the first focusable element of every built page', () => {
  const focusable = /<(a\s[^>]*href|button|input(?![^>]*type="hidden")|select|textarea|summary|iframe|[a-z-]+\s[^>]*tabindex="(?!-1)[^"]*")[^>]*>/i;
  const bad = builtPages().filter((p) => {
    const body = builtHtml(p).split(/<body[^>]*>/)[1] ?? '';
    return !/^<a\s[^>]*data-quick-exit/.test(focusable.exec(body)?.[0] ?? '');
  });
  expect(bad).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'when JavaScript is unavailable', () => {
    test.use({ javaScriptEnabled });

    test('every page loads only from the site itself, without CSP errors, and leaves no cookie or storage', async ({ page, context }) => {
      test.setTimeout(10 * 60_000);
      // Anything to another host would be answered by a stub and recorded here.
      const elsewhere = await stubOtherSites(context);
      const requests: string[] = [];
      const cspErrors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(`${page.url()}: ${m.text()}`);
      });
      const pages = builtPages();
      for (const path of pages) await page.goto(path, { waitUntil: 'load' });
      const foreign = requests.filter((u) => !u.startsWith(`${baseURL}/`) && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
      expect(elsewhere.map((r) => r.url())).toEqual([]);
      expect(cspErrors).toEqual([]);
      expect(requests.length).toBeGreaterThanOrEqual(pages.length);

      expect(await context.cookies()).toEqual([]);
      await page.goto('/');
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((d) => d.name),
      }));
      expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: [] });
    });
  });
}
