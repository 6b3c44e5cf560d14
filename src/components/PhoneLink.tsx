// A phone number as a call link; numbers stay left to right inside right-to-left text.
// Rendered by Astro on lists and by src/offline/compose.tsx on service pages.
import { telHref } from '../lib/urls';

interface Props { number: string; label?: string | undefined }

export default function PhoneLink({ number, label }: Props) {
  return <a class="phone" href={telHref(number)} aria-label={label}><bdi dir="ltr">{number}</bdi></a>;
}
