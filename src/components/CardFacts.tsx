// What the data says about getting through, under a card's numbers (issue 18): free, a
// number to text, languages and interpreting. One component for the static lists
// (ServiceCard.astro) and the search results (src/islands/find/ResultList.tsx).
export interface CardFactsStrings {
  readonly free: string;
  readonly sms: string;
  readonly languages: string;
}

interface Props {
  free: boolean;
  sms?: string | undefined;
  languages: boolean;
  /** The service's page, whose "Languages and interpreting" says what it offers. */
  href: string;
  strings: CardFactsStrings;
}

export default function CardFacts({ free, sms, languages, href, strings: s }: Props) {
  if (!free && !sms && !languages) return null;
  return (
    <ul class="card-facts" role="list">
      {free && <li>{s.free}</li>}
      {sms && (
        <li>
          {s.sms}: <a class="phone" href={`sms:${sms.replace(/\s/g, '')}`}><bdi dir="ltr">{sms}</bdi></a>
        </li>
      )}
      {languages && <li><a href={`${href}#languages`}>{s.languages}</a></li>}
    </ul>
  );
}
