// Build time only: Scotland's bank holidays from date-holidays (GB, region SCT), whose
// rules follow the Banking and Financial Dealings Act 1971 and the St Andrew's Day Bank
// Holiday (Scotland) Act 2007, substitute days included.
import Holidays from 'date-holidays';

/** The bank holidays of `years` calendar years from `fromYear`, as "YYYY-MM-DD", sorted. */
export function scottishBankHolidays(fromYear: number, years: number): string[] {
  const calendar = new Holidays('GB', 'SCT');
  const days = new Set<string>();
  for (let year = fromYear; year < fromYear + years; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public' || holiday.type === 'bank') days.add(holiday.date.slice(0, 10));
    }
  }
  return [...days].sort();
}
