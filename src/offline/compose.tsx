// Builds a service page from its language's shell, its record and its strings. The build
// makes every service page this way (scripts/build-service-pages.ts) and the service
// worker does the same on the phone for pages it has not stored as HTML, so both are the
// same page: same markup, same quick-exit head script, same CSP, same neutral title.
import { render } from 'preact-render-to-string';
import Breadcrumbs from '../components/Breadcrumbs';
import ServiceBody from '../components/service/ServiceBody';
import type { ServiceRecord } from './service-record';
import type { ServiceStrings } from './service-strings';

/** Where a shell (`[...lang]/services/[id].astro` built for the id "shell") takes its parts. */
export const SLOT = { crumbs: '<pathway-slot name="crumbs"></pathway-slot>', body: '<pathway-slot name="body"></pathway-slot>' } as const;
/** The neutral id the shell is built for; its links (the language switcher) carry it. */
export const SHELL_ID = 'shell';

/**
 * The page's HTML. `code` is the service's neutral id (src/lib/neutral-path.ts). Throws
 * when the shell lacks a slot: a shell that changed shape must not make empty pages.
 */
export function composeServicePage(shell: string, code: string, service: ServiceRecord, strings: ServiceStrings): string {
  if (!shell.includes(SLOT.crumbs) || !shell.includes(SLOT.body)) throw new Error('composeServicePage: the shell has no crumbs or body slot');
  const home = { href: strings.root, label: strings.t['layout.nav.home'] ?? '' };
  // The breadcrumb leads back to the service's own region, or home for national services.
  const region = service.regions.find((r) => r !== 'national');
  const crumbs = region ? [home, { href: `${strings.root}regions/${region}/`, label: strings.t[`region.${region}`] ?? region }] : [home];
  const crumbsHtml = render(<Breadcrumbs crumbs={crumbs} label={strings.t['layout.breadcrumb.label'] ?? ''} />);
  const bodyHtml = render(<ServiceBody service={service} strings={strings} />);
  // The shell's own links first, then the parts (functions, so a "$&" in content stays text).
  return shell
    .replaceAll(`/services/${SHELL_ID}/`, `/services/${code}/`)
    .replace(SLOT.crumbs, () => crumbsHtml)
    .replace(SLOT.body, () => bodyHtml);
}
