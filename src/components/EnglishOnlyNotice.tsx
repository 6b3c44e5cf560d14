// Service details are written in English only. On pages in other languages this says so
// once, near the top, and tells her how to get an interpreter: the service's own
// interpreting details when it has them, and the English words to ask with.
import { splitAtMarker } from '../lib/marker';

export interface EnglishOnlyStrings {
  /** "The details … are in English only." for one service or a list. */
  readonly notice: string;
  /** The link text to the service's #languages entry. */
  readonly interpreting: string;
  /** "Say in English: “<MARKER>”." with the marker where the phrase goes. */
  readonly askInterpreter: string;
}

interface Props {
  strings: EnglishOnlyStrings;
  /** The English words to ask with ("Romanian interpreter, please"); empty in English. */
  phrase: string;
  /** The service page has a #languages entry to point to. */
  hasLanguages?: boolean | undefined;
}

export default function EnglishOnlyNotice({ strings, phrase, hasLanguages = false }: Props) {
  if (!phrase) return null;
  const [before, after] = splitAtMarker(strings.askInterpreter);
  // The quote marks around the phrase stay on its line (a lone « at a line end misleads).
  const [, lead = '', open = ''] = /^([\s\S]*?)(\p{P}*)$/u.exec(before) ?? [];
  const [, close = '', rest = ''] = /^(\p{P}*)([\s\S]*)$/u.exec(after) ?? [];
  return (
    <p class="english-only" data-english-only>
      {strings.notice}{' '}
      {hasLanguages && <><a href="#languages">{strings.interpreting}</a>{' '}</>}
      {lead}<span class="phrase">{open}<bdi lang="en" dir="ltr">{phrase}</bdi>{close}</span>{rest}
    </p>
  );
}
