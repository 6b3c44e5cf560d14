// Which navigations inside Pathway should replace the current history entry rather
// than add one, so a whole visit is one entry in the browser's history. Pure, so the
// rules are unit-tested; the inline head script is bundled from this file.

export interface LinkClick {
  /** The link's resolved URL (`HTMLAnchorElement.href`). */
  readonly href: string;
  /** The link's `target` attribute, or null. */
  readonly target: string | null;
  readonly download: boolean;
  /** `MouseEvent.button`: only the main button (0) follows a link in place. */
  readonly button: number;
  /** Ctrl, Meta, Shift or Alt held: the visitor asked for a new tab, window or download. */
  readonly modified: boolean;
  /** Another handler (an island) already took the click. */
  readonly defaultPrevented: boolean;
}

export interface FormSubmit {
  /** The form's resolved action (`HTMLFormElement.action`). */
  readonly action: string;
  /** The effective method, lower case ("get", "post", "dialog"). */
  readonly method: string;
  readonly target: string | null;
  readonly defaultPrevented: boolean;
  /** The form's fields as name/value pairs, in order (`new FormData(form, submitter)`). */
  readonly fields: readonly (readonly [string, string])[];
}

function sameSite(url: URL, page: URL): boolean {
  return url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:');
}

function opensElsewhere(target: string | null): boolean {
  return target !== null && target !== '' && target.toLowerCase() !== '_self';
}

/** The URL to `location.replace` for a click on a link, or null to leave it alone. */
export function replacementForLink(click: LinkClick, pageHref: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.modified) return null;
  if (click.download || opensElsewhere(click.target)) return null;
  let url: URL;
  try {
    url = new URL(click.href, pageHref);
  } catch {
    return null;
  }
  return sameSite(url, new URL(pageHref)) ? url.href : null;
}

/** The URL to `location.replace` for a GET form sent inside the site, or null. */
export function replacementForForm(submit: FormSubmit, pageHref: string): string | null {
  if (submit.defaultPrevented || submit.method !== 'get' || opensElsewhere(submit.target)) return null;
  let url: URL;
  try {
    url = new URL(submit.action || pageHref, pageHref);
  } catch {
    return null;
  }
  if (!sameSite(url, new URL(pageHref))) return null;
  // A GET form replaces the action's query with its fields, as the browser would.
  url.search = new URLSearchParams(submit.fields.map(([k, v]) => [k, v])).toString();
  return url.href;
}
