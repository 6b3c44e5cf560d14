// The directory as HSDS 3.0 records, for the static endpoints under /hsds/.
import en from '../i18n/locales/en.json';
import { toHsdsService } from '../lib/hsds/to-hsds';
import type { HsdsService } from '../lib/hsds/types';
import { vocabularyFromStrings } from '../lib/hsds/vocabulary';
import { getCouncilAreas, getServices } from './directory';

/** Every service as an HSDS record, in content-id order so the file is stable between builds. */
export async function getHsdsServices(): Promise<HsdsService[]> {
  // Term names are published in English, the language of the directory's details.
  const vocab = vocabularyFromStrings(en, await getCouncilAreas());
  const services = (await getServices()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return services.map((s) => toHsdsService(s, vocab));
}
