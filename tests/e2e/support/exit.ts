import type { BrowserContext, Request } from '@playwright/test';
import { baseURL } from '../../../playwright.config';
import { resolveExitUrl } from '../../../src/lib/safety/exit-url';

/** Where the built quick exit goes: tests build with PUBLIC_EXIT_URL unset. */
export const EXIT_URL = resolveExitUrl(process.env.PUBLIC_EXIT_URL);
export const STUB_TITLE = 'Stub of another site';

/**
 * Answers every request to another host with a small local stub, so the quick exit
 * has somewhere to land and no request ever leaves this machine. Returns the
 * requests it answered, in order.
 */
export async function stubOtherSites(
  context: BrowserContext,
  hold?: Promise<void>,
  site: string = baseURL,
): Promise<Request[]> {
  const seen: Request[] = [];
  await context.route(
    (url) => !url.href.startsWith(site),
    async (route) => {
      seen.push(route.request());
      if (hold) await hold;
      // A navigation replaced while held is cancelled; its answer has nowhere to go.
      await route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${STUB_TITLE}</title><p>stub</p>` }).catch(() => {});
    },
  );
  return seen;
}
