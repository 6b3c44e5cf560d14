import type { SearchService } from '../../lib/search/index-data';

interface Props {
  services: SearchService[];
  servicesBase: string;
  specialistBadge: string;
}

const tel = (n: string) => `tel:${n.replace(/[^+0-9]/g, '')}`;

/** The same cards as the static lists (src/components/ServiceCard.astro). */
export default function ResultList({ services, servicesBase, specialistBadge }: Props) {
  return (
    <ul class="cards" role="list">
      {services.map((s) => (
        <li class="card" key={s.id} data-service={s.id}>
          <h3 class="card-title">
            <a href={`${servicesBase}${s.id}/`}>{s.name}</a>
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
                </li>
              ))}
            </ul>
          )}
          {s.checked && <p class="card-checked muted">{s.checked}</p>}
        </li>
      ))}
    </ul>
  );
}
