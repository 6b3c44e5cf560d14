// Fills every hours slot of the page (OpeningHours.tsx) with "Open now · closes at 17:00"
// and the like, in the page's language, and again each minute while the page is open.
// Loaded only on pages that have a slot (Page.astro's script).
import holidays from 'virtual:pathway/bank-holidays';
import { describeNow, type HoursStrings } from '../../lib/hours/describe';
import { hoursAt } from '../../lib/hours/evaluate';
import type { WeeklyHours } from '../../lib/hours/week';

/**
 * "Lines open now" (LinesOpenNow.astro): each line shows while one of its slots is open,
 * and the heading says so; if none is, the list says what she can do instead.
 */
function showLinesOpenNow(open: Set<HTMLElement>): void {
  for (const $section of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
    let shown = 0;
    for (const $line of $section.querySelectorAll<HTMLElement>('[data-open-now-line]')) {
      const isOpen = [...$line.querySelectorAll<HTMLElement>('[data-hours]')].some(($slot) => open.has($slot));
      $line.hidden = !isOpen;
      if (isOpen) shown += 1;
    }
    const $heading = $section.querySelector<HTMLElement>('[data-open-now-heading]');
    if ($heading?.dataset.openText) $heading.textContent = $heading.dataset.openText;
    $section.querySelector<HTMLElement>('[data-open-now-none]')!.hidden = shown > 0;
  }
}

export function startHoursNow(): void {
  const strings = JSON.parse(document.querySelector<HTMLElement>('[data-hours-strings]')?.dataset.hoursStrings ?? 'null') as HoursStrings | null;
  if (!strings) return;
  const tag = document.documentElement.lang;
  const update = () => {
    const now = new Date();
    const open = new Set<HTMLElement>();
    // Looked up each time: search results come and go.
    for (const $slot of document.querySelectorAll<HTMLElement>('[data-hours]')) {
      const state = hoursAt(JSON.parse($slot.dataset.hours!) as WeeklyHours, holidays, now);
      const { status, note } = describeNow(state, tag, strings);
      $slot.textContent = note ? `${status}. ${note}` : status;
      $slot.dataset.open = String(state.open);
      $slot.hidden = false;
      if (state.open) open.add($slot);
    }
    showLinesOpenNow(open);
  };
  update();
  document.addEventListener('pathway:results', update);
  // On the minute, so "closes at 17:00" turns to "closed" at 17:00, not up to a minute later.
  setTimeout(() => {
    update();
    setInterval(update, 60_000);
  }, 60_000 - (Date.now() % 60_000));
}
