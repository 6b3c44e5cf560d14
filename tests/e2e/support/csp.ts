import type { Page } from '@playwright/test';

/**
 * Collects what the page's Content-Security-Policy refused (Chromium reports each refusal
 * as a console error). An island that injects a style or script the policy forbids still
 * "works" in a test that ignores these, but is broken in a real visit.
 */
export function watchCspViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  return refused;
}
