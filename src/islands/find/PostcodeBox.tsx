// "Where am I?": the district table is loaded only when she asks (a few KB, from this
// site); the answer sets the council-area filter of the search. It sits inside the search
// form: without JavaScript, "Find my area" sends the postcode with her words and filters
// to the server, which answers the same way (src/lib/search/served-search.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { lookupPostcode, type PostcodeLookup, type PostcodeTable } from '../../lib/geo/postcode';
import { councilAreaId } from '../../lib/search/filters';
import { fill } from '../../lib/plural';
import type { AreaOption, PostcodeStrings } from './types';

interface Props {
  strings: PostcodeStrings;
  areas: AreaOption[];
  regionNames: Record<string, string>;
  onArea: (areaId: string) => void;
  /** Where council-area pages live in this language ("/ro/areas/"). */
  areasBase: string;
  /** A postcode sent from the home page's box, looked up at once. */
  initial?: string | undefined;
  /** Whether that answer takes focus (she pressed "Find my area" on the home page). */
  focusInitial?: boolean | undefined;
  /** The server's answer to a postcode sent without JavaScript. */
  served?: { postcode: string; answer: PostcodeLookup | null; chosen: string | null } | undefined;
}

let table: Promise<PostcodeTable> | null = null;
const loadTable = () =>
  (table ??= import('../../../content/postcode-districts.json').then((m) => m.default as PostcodeTable));

export default function PostcodeBox({ strings, areas, regionNames, onArea, areasBase, initial, focusInitial, served }: Props) {
  const [input, setInput] = useState(served?.postcode ?? '');
  const [result, setResult] = useState<PostcodeLookup | null>(served?.answer ?? null);
  const [chosen, setChosen] = useState<string | null>(served?.chosen ?? null);
  const $answer = useRef<HTMLDivElement>(null);

  const choose = (name: string) => {
    setChosen(name);
    onArea(councilAreaId(name));
  };

  /** Looks the postcode up; `focus`: she asked, so the answer takes focus (issue 19). */
  const run = async (text: string, focus: boolean) => {
    let found: PostcodeLookup;
    try {
      found = lookupPostcode(text, await loadTable());
    } catch {
      // The table could not load (offline before the first visit finished): say so plainly.
      found = { kind: 'malformed' };
      table = null;
    }
    setResult(found);
    setChosen(null);
    if (found.kind === 'found' && found.areas.length === 1) choose(found.areas[0]!);
    // Focus without the browser's own scroll, which would put the box she typed in under
    // the sticky exit bar; only as far as needed to show the answer.
    if (focus) requestAnimationFrame(() => {
      $answer.current?.focus({ preventScroll: true });
      $answer.current?.scrollIntoView({ block: 'nearest' });
    });
  };

  useEffect(() => {
    if (initial) {
      setInput(initial);
      void run(initial, focusInitial ?? false);
    }
  }, [initial]);

  const area = chosen ? areas.find((a) => a.name === chosen) : undefined;
  const inputId = 'postcode';
  return (
    <details class="fold postcode" open={initial || served?.postcode ? true : undefined} data-postcode>
      <summary>{strings.heading}</summary>
      <div class="search-form">
        <label for={inputId}>{strings.label}</label>
        {/* Without JavaScript the postcode goes to the server with the form: the second
            sentence is then untrue, and hidden (html:not(.js), global.css). */}
        <p class="hint" id="postcode-hint">{strings.hint} <span data-js-only>{strings.onPhone}</span></p>
        <input
          type="text"
          id={inputId}
          name="postcode"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={12}
          aria-describedby="postcode-hint"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter here means this box, not the search's first button.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void run(input, true);
          }}
        />
        {/* A submit button, so that without JavaScript it sends the form to the server. */}
        <button type="submit" data-postcode-button onClick={(e) => {
          e.preventDefault();
          void run(input, true);
        }}>{strings.button}</button>
      </div>
      <div role="status" class="postcode-answer" tabIndex={-1} ref={$answer} data-postcode-answer>
        {result?.kind === 'empty' && <p>{strings.empty}</p>}
        {result?.kind === 'malformed' && <p>{strings.malformed}</p>}
        {result?.kind === 'unknown' && <p>{fill(strings.unknown, { district: result.district })}</p>}
        {result?.kind === 'found' && result.crossBorder && <p>{fill(strings.crossBorder, { district: result.district })}</p>}
        {area && result?.kind === 'found' && (
          <>
            <p>
              <strong>{fill(strings.found, { district: result.district, area: area.name })}</strong>{' '}
              {area.region ? fill(strings.region, { region: regionNames[area.region] ?? area.region }) : strings.noRegion}
            </p>
            <p>{fill(strings.showing, { area: area.name })}</p>
            <p><a href={`${areasBase}${councilAreaId(area.name)}/`} data-area-page>{fill(strings.areaPage, { area: area.name })}</a></p>
          </>
        )}
      </div>
      {result?.kind === 'found' && result.areas.length > 1 && (
        <fieldset class="choices" data-postcode-choices>
          <legend>{fill(strings.choose, { district: result.district })}</legend>
          {result.areas.map((name) => (
            <label key={name} class="choice">
              <input type="radio" name="postcode-area" value={name} checked={chosen === name} onChange={() => choose(name)} />
              {name}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
