// Search as you type on find/. The state lives in memory only: her words never enter the
// page's URL, which the browser's History list would keep (issue 14). A shared link
// (find/?q=…) still opens the same results, and "Share" builds such a link from the state
// (data-share-url) without visiting it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasFilters } from '../../lib/search/filters';
import type { SearchService } from '../../lib/search/index-data';
import { parseSearchState, serialiseSearchState, type SearchState } from '../../lib/search/url-state';
import { encodeHandoff, HANDOFF_KEY, readHandoff } from '../../lib/safety/handoff';
import PostcodeBox from './PostcodeBox';
import ResultList from './ResultList';
import { SearchClient } from './search-client';
import { fill, plural } from '../../lib/plural';
import type { AreaOption, FindStrings, Option, PostcodeStrings } from './types';

interface Props {
  strings: FindStrings;
  postcode: PostcodeStrings;
  action: string;
  indexUrl: string;
  servicesBase: string;
  areasBase: string;
  regions: Option[];
  needs: Option[];
  areas: AreaOption[];
}

const LIMIT = 50;
type Status = 'idle' | 'loading' | 'ready' | 'error';

export default function FindSearch(props: Props) {
  const { strings: s, regions, needs, areas } = props;
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<SearchState>({ q: '' });
  const [status, setStatus] = useState<Status>('idle');
  const [found, setFound] = useState<{ services: SearchService[]; total: number }>({ services: [], total: 0 });
  const [announce, setAnnounce] = useState('');
  const [initialPostcode, setInitialPostcode] = useState<string | undefined>(undefined);
  const client = useMemo(() => new SearchClient(props.indexUrl), [props.indexUrl]);
  const $input = useRef<HTMLInputElement>(null);
  const $count = useRef<HTMLParagraphElement>(null);
  // Pressing Search on a phone: the results sit below the fold, so the count takes focus
  // (and brings them into view) as soon as it is there (issue 19).
  const focusCount = useRef(false);

  useEffect(() => {
    setHydrated(true);
    const params = takeStartingParams();
    const restored = parseSearchState(params);
    // On a slow phone she may type before the page wakes up: keep what she typed.
    const typed = $input.current?.value.trim();
    if (!restored.q && typed) restored.q = typed;
    setState(restored);
    setInitialPostcode(params.get('postcode')?.slice(0, 24) || undefined);
  }, []);

  const active = state.q.trim().length >= 2 || hasFilters(state);

  // The language switcher carries the search to the same search in the other language
  // (issue 19), through the tab's hand-off, so her words stay out of every URL.
  useEffect(() => {
    if (!hydrated) return;
    const onClick = (event: MouseEvent) => {
      const $link = (event.target as Element | null)?.closest?.('.languages a[data-locale]');
      if (!($link instanceof HTMLAnchorElement) || !$link.pathname.endsWith('/find/')) return;
      const fields = [...new URLSearchParams(serialiseSearchState(state))];
      if (fields.length === 0) return;
      try {
        sessionStorage.setItem(HANDOFF_KEY, encodeHandoff($link.href, fields).text);
      } catch {
        // Storage blocked: the other language opens with an empty search.
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [hydrated, state]);

  useEffect(() => {
    if (status !== 'ready' || !focusCount.current || !$count.current) return;
    focusCount.current = false;
    $count.current.focus();
  }, [status, found]);

  // Once the search holds a shared link's query (and publishes it as data-share-url), the
  // address bar lets it go: nothing she types or shares later puts words in it.
  useEffect(() => {
    if (hydrated && location.search) history.replaceState(history.state, '', location.pathname);
  }, [hydrated]);

  useEffect(() => {
    if (!hydrated) return;
    if (!active) {
      setFound({ services: [], total: 0 });
      setStatus('idle');
      return;
    }
    setStatus((current) => (current === 'ready' ? current : 'loading'));
    const { q, ...filters } = state;
    void client.search(q, filters, LIMIT).then((answer) => {
      if (!answer) return setStatus('error');
      setFound(answer);
      setStatus('ready');
    });
  }, [state, hydrated]);

  // Screen readers hear the count once typing pauses, not on every keystroke.
  useEffect(() => {
    const text = status === 'ready' ? countText(s, found.total) : status === 'error' ? s.loadError : '';
    const timer = setTimeout(() => setAnnounce(text), 600);
    return () => clearTimeout(timer);
  }, [found, status]);

  const update = (patch: Partial<SearchState>) => setState((current) => ({ ...current, ...patch }));
  const select = (key: 'region' | 'area' | 'need' | 'kind', options: Option[], label: string) => (
    <div class="field">
      <label for={`find-${key}`}>{label}</label>
      <select
        id={`find-${key}`}
        name={key}
        value={state[key] ?? ''}
        onChange={(e) => update({ [key]: e.currentTarget.value || undefined })}
      >
        <option value="">{s.any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="find" data-find data-share-url={hydrated ? shareUrl(state) : undefined}>
      {!hydrated && <p class="notice" data-find-nojs>{s.noJs}</p>}
      <form class="find-controls" role="search" action={props.action} method="get" onSubmit={(e) => {
        e.preventDefault();
        focusCount.current = true;
        if (status === 'ready') $count.current?.focus();
      }}>
        <div class="search-form">
          <label for="find-q">{s.label}</label>
          <p class="hint" id="find-q-hint">{s.hint}</p>
          <input
            type="search"
            id="find-q"
            ref={$input}
            name="q"
            autocomplete="off"
            aria-describedby="find-q-hint"
            value={state.q}
            onFocus={() => hydrated && client.start()}
            onInput={(e) => update({ q: e.currentTarget.value })}
          />
          <button type="submit">{s.button}</button>
        </div>
        {/* Folded away unless a filter is on, so results sit right under the box on a phone. */}
        <details class="fold" open={hasFilters(state) || undefined} data-find-filters>
          <summary>{s.filters}</summary>
          <fieldset class="filters">
          <legend class="visually-hidden">{s.filters}</legend>
          {select('region', regions, s.region)}
          {select('area', areas, s.area)}
          {select('need', needs, s.need)}
          {select('kind', [{ id: 'specialist', name: s.specialist }, { id: 'mainstream', name: s.mainstream }], s.kind)}
          <label class="check">
            <input type="checkbox" name="free" value="1" checked={Boolean(state.free)} onChange={(e) => update({ free: e.currentTarget.checked || undefined })} />
            {s.free}
          </label>
          <label class="check">
            <input type="checkbox" name="language" value="1" checked={Boolean(state.language)} onChange={(e) => update({ language: e.currentTarget.checked || undefined })} />
            {s.language}
          </label>
          {/* Judged by the phone's clock in the search worker; needs JavaScript, like the results. */}
          <label class="check">
            <input type="checkbox" name="open" value="1" checked={Boolean(state.openNow)} onChange={(e) => update({ openNow: e.currentTarget.checked || undefined })} />
            {s.openNow}
          </label>
          {hydrated && (active || state.q) && (
            <button type="button" class="secondary" onClick={() => setState({ q: '' })}>
              {s.clear}
            </button>
          )}
          </fieldset>
        </details>
      </form>

      {hydrated && (
        <PostcodeBox strings={props.postcode} areas={areas} regionNames={Object.fromEntries(regions.map((r) => [r.id, r.name]))} onArea={(area) => update({ area })} areasBase={props.areasBase} initial={initialPostcode} />
      )}

      <section class="find-results" aria-labelledby="find-results-heading" hidden={!hydrated}>
        <h2 id="find-results-heading">{s.results}</h2>
        <p role="status" class="visually-hidden" data-find-announce>{announce}</p>
        {status === 'idle' && <p>{s.prompt}</p>}
        {status === 'loading' && <p>{s.loading}</p>}
        {status === 'error' && <p>{s.loadError}</p>}
        {status === 'ready' && (
          <>
            <p class="find-count" data-find-count tabIndex={-1} ref={$count}>
              {countText(s, found.total)}
              {found.total > found.services.length && ` ${fill(s.capped, { shown: found.services.length })}`}
            </p>
            {found.total === 0 ? (
              // Never a dead end (issue 16): 999 and the hub, whatever she typed.
              <div data-find-none>
                <p>{s.none}</p>
                <p class="big-call"><a href="tel:999">{s.call999}</a></p>
                <p><a class="button" href={s.callbackHref}>{s.callbackLink}</a></p>
              </div>
            ) : (
              <ResultList services={found.services} servicesBase={props.servicesBase} specialistBadge={s.specialistBadge} noPhone={{ text: s.noPhone, href: s.callbackHref }} facts={s.facts} />
            )}
          </>
        )}
      </section>
    </div>
  );
}

function countText(s: FindStrings, count: number): string {
  return plural(s.count, s.lang, count);
}

/**
 * The search she arrived with: a home-page hand-off (sessionStorage, read once) or a
 * shared link's query (taken out of the address bar once the search holds it).
 */
function takeStartingParams(): URLSearchParams {
  let handed: URLSearchParams | null = null;
  try {
    handed = readHandoff(sessionStorage.getItem(HANDOFF_KEY), location.pathname);
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    // Storage blocked: there is no hand-off to read.
  }
  return handed ?? new URLSearchParams(location.search);
}

/** The link "Share" and the QR code give for this search (never visited by her). */
function shareUrl(state: SearchState): string {
  return `${location.origin}${location.pathname}${serialiseSearchState(state)}`;
}
