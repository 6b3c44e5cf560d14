// The results of a search: heading, count, cards or the way on when none match. The
// island renders it as she types; the server renders it for a search sent without
// JavaScript (issue 19), with the same markup, so the island can take over unseen.
import type { Ref } from 'preact';
import ResultList from './ResultList';
import { fill, plural } from '../../lib/plural';
import type { SearchService } from '../../lib/search/index-data';
import type { FindStrings } from './types';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Props {
  strings: FindStrings;
  status: SearchStatus;
  found: { services: SearchService[]; total: number };
  servicesBase: string;
  /** Distinct ids when the server's results and the island's are both in the page. */
  id: string;
  hidden?: boolean | undefined;
  /** What a screen reader hears once typing pauses (the island only). */
  announce?: string | undefined;
  countRef?: Ref<HTMLParagraphElement> | undefined;
  /** Marks the server's copy, which the island removes once it has its own answer. */
  served?: boolean | undefined;
}

/** "12 services found" in the page's language and plural rules. */
export function countText(s: FindStrings, count: number): string {
  return plural(s.count, s.lang, count);
}

export default function FindResults({ strings: s, status, found, servicesBase, id, hidden, announce, countRef, served }: Props) {
  return (
    <section class="find-results" aria-labelledby={id} hidden={hidden} data-served-results={served ? '' : undefined}>
      <h2 id={id}>{s.results}</h2>
      {announce !== undefined && <p role="status" class="visually-hidden" data-find-announce>{announce}</p>}
      {status === 'idle' && <p>{s.prompt}</p>}
      {status === 'loading' && <p>{s.loading}</p>}
      {status === 'error' && <p>{s.loadError}</p>}
      {status === 'ready' && (
        <>
          <p class="find-count" data-find-count tabIndex={-1} ref={countRef ?? null}>{countText(s, found.total)}</p>
          {/* Its own sentence: the count has no full stop of its own in any language. */}
          {found.total > found.services.length && <p data-find-capped>{fill(s.capped, { shown: found.services.length })}</p>}
          {found.total === 0 ? (
            // Never a dead end (issue 16): 999 and the hub, whatever she typed.
            <div data-find-none>
              <p>{s.none}</p>
              <p class="big-call"><a href="tel:999">{s.call999}</a></p>
              <p><a class="button" href={s.callbackHref}>{s.callbackLink}</a></p>
            </div>
          ) : (
            <ResultList services={found.services} servicesBase={servicesBase} specialistBadge={s.specialistBadge} noPhone={{ text: s.noPhone, href: s.callbackHref }} facts={s.facts} />
          )}
        </>
      )}
    </section>
  );
}
