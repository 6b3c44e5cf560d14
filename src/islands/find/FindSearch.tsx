// Search as you type on find/. The state lives in memory only: her words never enter the
// page's URL, which the browser's History list would keep (issue 14). A shared link
// (find/?q=…) still opens the same results, and "Share" builds such a link from the state
// (data-share-url) without visiting it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasFilters } from '../../lib/search/filters';
import type { SearchService } from '../../lib/search/index-data';
import { isActiveSearch, parseSearchState, type SearchState } from '../../lib/search/url-state';
import type { PostcodeLookup } from '../../lib/geo/postcode';
import { carryAcrossLanguages, shareUrl, takeStartingParams } from './starting-search';
import PostcodeBox from './PostcodeBox';
import FindResults, { countText, type SearchStatus } from './FindResults';
import { SearchClient } from './search-client';
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
  /** "post" where a server answers searches sent without JavaScript; "get" on a static host. */
  method: 'get' | 'post';
  /**
   * A search the server answered (sent without JavaScript, or a shared link): the form
   * shows it, and the server's results stay until the island has its own (issue 19).
   */
  served?: { state: SearchState; postcode: string; answer: PostcodeLookup | null; chosen: string | null } | undefined;
}

const LIMIT = 50;

export default function FindSearch(props: Props) {
  const { strings: s, regions, needs, areas } = props;
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<SearchState>(props.served?.state ?? { q: '' });
  // Open when she arrives with filters, then hers to open or close: a postcode's answer
  // sets the area without pushing that answer down the page.
  const [filtersOpen, setFiltersOpen] = useState(() => {
    const served = props.served;
    return served ? hasFilters({ ...served.state, area: served.chosen ? undefined : served.state.area }) : false;
  });
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [found, setFound] = useState<{ services: SearchService[]; total: number }>({ services: [], total: 0 });
  const [announce, setAnnounce] = useState('');
  const [initialPostcode, setInitialPostcode] = useState<string | undefined>(undefined);
  const [focusPostcode, setFocusPostcode] = useState(false);
  const client = useMemo(() => new SearchClient(props.indexUrl), [props.indexUrl]);
  const $input = useRef<HTMLInputElement>(null);
  const $count = useRef<HTMLParagraphElement>(null);
  // Pressing Search on a phone: the results sit below the fold, so the count takes focus
  // (and brings them into view) as soon as it is there (issue 19).
  const focusCount = useRef(false);

  useEffect(() => {
    setHydrated(true);
    const { params, handed } = takeStartingParams();
    // Sent from the home page: she pressed Search there, so the count takes focus here,
    // as it does for Search on this page (issue 19), unless a postcode's answer will.
    if (handed && !params?.get('postcode')) focusCount.current = true;
    const restored = params ? parseSearchState(params) : props.served?.state ?? { q: '' };
    // On a slow phone she may type before the page wakes up: keep what she typed.
    const typed = $input.current?.value.trim();
    if (!restored.q && typed) restored.q = typed;
    setState(restored);
    if (params && hasFilters(restored)) setFiltersOpen(true);
    // A postcode the server already answered keeps that answer (and her pick among areas).
    const postcode = params?.get('postcode')?.slice(0, 24);
    setInitialPostcode(postcode || undefined);
    setFocusPostcode(handed);
  }, []);

  const active = isActiveSearch(state);

  // The server's results (a search sent without JavaScript, a shared link) stay until
  // this search has its answer, then give way before the next paint: same place, same
  // cards, so nothing moves (issue 19: no layout shift).
  useLayoutEffect(() => {
    if (status === 'ready' || status === 'error' || (hydrated && !active)) document.querySelector('[data-served-results]')?.remove();
  }, [status, hydrated, active]);

  // The language switcher carries the search to the same search in the other language
  // (issue 19), through the tab's hand-off, so her words stay out of every URL.
  useEffect(() => (hydrated ? carryAcrossLanguages(state) : undefined), [hydrated, state]);

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
      {/* data-history-private: should she press Search before this island wakes, the quick
          exit's script hands her words to the reloaded page instead of posting them. */}
      <form class="find-controls" role="search" action={props.action} method={props.method} data-history-private onSubmit={(e) => {
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
        <details class="fold" open={filtersOpen || undefined} onToggle={(e) => setFiltersOpen(e.currentTarget.open)} data-find-filters>
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
        {/* In the same form: without JavaScript her words go with the postcode (issue 19). */}
        <PostcodeBox
          strings={props.postcode}
          areas={areas}
          regionNames={Object.fromEntries(regions.map((r) => [r.id, r.name]))}
          onArea={(area) => update({ area })}
          areasBase={props.areasBase}
          initial={initialPostcode}
          focusInitial={focusPostcode}
          served={props.served}
        />
      </form>

      <FindResults
        strings={s}
        status={status}
        found={found}
        servicesBase={props.servicesBase}
        id="find-results-heading"
        hidden={!hydrated || (props.served !== undefined && active && (status === 'idle' || status === 'loading'))}
        announce={announce}
        countRef={$count}
      />
    </div>
  );
}
