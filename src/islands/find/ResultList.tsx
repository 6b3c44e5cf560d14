import { useEffect } from 'preact/hooks';
import { COUNCIL_AREA_IDS } from '../../lib/search/filters';
import { isNational, type SearchService } from '../../lib/search/index-data';
import { neutralId } from '../../lib/neutral-path';
import { HoursSlot } from '../../components/OpeningHours';
import CardFacts, { type CardFactsStrings } from '../../components/CardFacts';

interface Props {
  services: SearchService[];
  servicesBase: string;
  specialistBadge: string;
  /** With no number: the words and address of the hub route (issue 16). */
  noPhone: { text: string; href: string };
  facts: CardFactsStrings;
}

const tel = (n: string) => `tel:${n.replace(/[^+0-9]/g, '')}`;

/**
 * The same cards as the static lists (src/components/ServiceCard.astro), with the same
 * data attributes, so the map (issue 8) can show exactly the services listed.
 */
export default function ResultList({ services, servicesBase, specialistBadge, noPhone, facts }: Props) {
  useEffect(() => {
    document.dispatchEvent(new CustomEvent('pathway:results'));
  }, [services]);
  return (
    <ul class="cards" role="list" data-search-results>
      {services.map((s) => (
        <li
          class="card"
          key={s.id}
          data-service={s.id}
          data-areas={isNational(s) ? undefined : s.areas.map((i) => COUNCIL_AREA_IDS[i]).join(' ')}
          data-national={isNational(s) ? '' : undefined}
          data-lat={s.location?.lat}
          data-lon={s.location?.lon}
        >
          <h3 class="card-title">
            <a href={`${servicesBase}${neutralId(s.id)}/`}>{s.name}</a>
          </h3>
          {s.kind === 'specialist' && <p class="badge">{specialistBadge}</p>}
          <p class="card-org">{s.organisation}</p>
          {s.phones.length > 0 && (
            <ul class="card-phones">
              {s.phones.map((p) => (
                <li key={p.number}>
                  {p.label && <span>{p.label}: </span>}
                  <a class="phone" href={tel(p.number)}>
                    <bdi dir="ltr">{p.number}</bdi>
                  </a>
                  {p.hours && <span class="muted" lang="en"> ({p.hours})</span>}
                  {p.week && <HoursSlot week={p.week} />}
                </li>
              ))}
            </ul>
          )}
          {s.phones.length === 0 && <p data-no-phone><a href={noPhone.href}>{noPhone.text}</a></p>}
          <CardFacts free={s.free} sms={s.sms} languages={s.languages} href={`${servicesBase}${neutralId(s.id)}/`} strings={facts} />
          {s.week && <HoursSlot week={s.week} />}
          {s.checked && <p class="card-checked muted">{s.checked}</p>}
        </li>
      ))}
    </ul>
  );
}
