// Puts Scotland's bank holidays into the phone's hours script as
// `virtual:pathway/bank-holidays`: this year and the next two, from date-holidays
// (src/lib/hours/holidays.ts), so the library itself never ships (issue 18).
import type { Plugin } from 'vite';
import { scottishBankHolidays } from '../lib/hours/holidays';

const ID = 'virtual:pathway/bank-holidays';
const RESOLVED = `\0${ID}`;
/** Years of holidays built in; a site not rebuilt for this long starts to miss them. */
const YEARS = 3;

export function bankHolidays(now = new Date()): Plugin {
  return {
    name: 'pathway-bank-holidays',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const days = scottishBankHolidays(now.getUTCFullYear(), YEARS);
      const last = days[days.length - 1];
      // A year of warning before "open now" stops knowing the bank holidays.
      if (!last || Date.parse(last) - now.getTime() < 365 * 86_400_000) {
        this.warn(`Scotland's bank holidays built into the site end on ${last ?? '(none)'}: rebuild, or update date-holidays.`);
      }
      return `export default ${JSON.stringify(days)};`;
    },
  };
}
