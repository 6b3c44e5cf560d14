// Opening hours from data (issue 18): a slot the phone fills with "Open now · closes at
// 17:00" (src/islands/hours/hours-now.ts), and the weekly table in her language. Cards
// (ServiceCard.astro, the search results) show the slot alone. Without JavaScript the slot stays hidden: never a wrong "open now". Rendered
// by Astro and, for service pages built offline, by the service worker (src/offline/).
import type { WeeklyHours } from '../lib/hours/week';
import { listParts, weekRows } from '../lib/hours/describe';

export interface OpeningHoursStrings {
  readonly closed: string;
  readonly allDay: string;
  readonly bankHolidaysClosed: string;
  readonly bankHolidaysOpen: string;
}

interface Props {
  hours: WeeklyHours;
  /** BCP 47 tag of the page's language, for Intl. */
  tag: string;
  strings: OpeningHoursStrings;
  /** Names the table for screen readers ("Opening hours" or the phone line's label). */
  label?: string | undefined;
}

/** The live "open now" line alone, hidden until the phone fills it. */
export function HoursSlot({ week }: { week: WeeklyHours }) {
  return <p class="hours-now" data-hours={JSON.stringify(week)} hidden />;
}

export default function OpeningHours({ hours, tag, strings: s, label }: Props) {
  const rows = weekRows(hours, tag);
  return (
    <div class="hours">
      <HoursSlot week={hours} />
      <table class="hours-week">
        {label && <caption class="visually-hidden">{label}</caption>}
        <tbody>
          {rows.map((row) => (
            <tr key={row.weekday}>
              <th scope="row">{row.name}</th>
              <td>
                {row.ranges === null ? s.closed : row.ranges === 'all' ? s.allDay : listParts(row.ranges, tag).map((part) => (
                  part.type === 'element' ? <span class="range">{part.value}</span> : part.value
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hours.ph && <p class="hint">{hours.ph.length === 0 ? s.bankHolidaysClosed : s.bankHolidaysOpen}</p>}
    </div>
  );
}
