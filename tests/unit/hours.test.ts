import { describe, expect, it } from 'vitest';
import { compileOpeningHours, openingHoursProblem } from '../../src/lib/hours/compile';
import { hoursAt, scotlandTime } from '../../src/lib/hours/evaluate';
import { scottishBankHolidays } from '../../src/lib/hours/holidays';

const BREATHING_SPACE = compileOpeningHours('Mo-Th 18:00-02:00, Fr 18:00-24:00, Sa,Su 00:00-24:00, Mo 00:00-06:00');
const OFFICE = compileOpeningHours('Mo-Fr 09:00-17:00; PH off');
const HOLIDAYS = scottishBankHolidays(2026, 3);

describe('Scotland\'s bank holidays (date-holidays, GB-SCT)', () => {
  it('has St Andrew\'s Day, 2 January and Christmas in each of the next two years, substitutes included', () => {
    for (const day of ['2026-11-30', '2026-12-25', '2026-12-28', '2027-01-01', '2027-01-04', '2027-11-30', '2027-12-27', '2027-12-28',
      '2028-01-03', '2028-01-04', '2028-11-30', '2028-12-25', '2028-12-26']) {
      expect(HOLIDAYS, day).toContain(day);
    }
    // Easter Monday is a holiday in England, not in Scotland; the summer one is August's first Monday.
    expect(HOLIDAYS).not.toContain('2027-03-29');
    expect(HOLIDAYS).toContain('2027-08-02');
  });
});

describe('compileOpeningHours', () => {
  it('turns a value into an ordinary week of minutes from Monday 00:00', () => {
    expect(compileOpeningHours('24/7')).toEqual({ w: [[0, 10080]] });
    expect(OFFICE.w[0]).toEqual([540, 1020]);
    expect(OFFICE.ph).toEqual([]);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(openingHoursProblem('office hours')).toMatch(/not OSM opening_hours syntax/);
    expect(openingHoursProblem('Mo-Fr 9-17')).toMatch(/warns/);
    expect(openingHoursProblem('Mo-Fr 09:00-17:00 "by appointment"')).toMatch(/unknown or with comments/);
    expect(openingHoursProblem('Mo-Fr 09:00-17:00')).toBeUndefined();
  });
});

/** A wall-clock time in Scotland (Europe/London), as an instant. */
const at = (iso: string) => {
  // Good enough for tests: try both offsets and keep the one that reads back as written.
  for (const offset of ['Z', '+01:00']) {
    const date = new Date(`${iso}${offset}`);
    const t = scotlandTime(date);
    if (`${t.ymd}T${String(Math.floor(t.minute / 60)).padStart(2, '0')}:${String(t.minute % 60).padStart(2, '0')}` === iso) return date;
  }
  throw new Error(`${iso} does not exist in Scotland`);
};

describe('hoursAt', () => {
  it('Breathing Space is closed on a Tuesday at 11:00 and open at 23:00 until 02:00', () => {
    expect(hoursAt(BREATHING_SPACE, HOLIDAYS, at('2026-12-01T11:00'))).toEqual({ open: false, always: false, change: { day: 0, weekday: 1, minute: 18 * 60 } });
    expect(hoursAt(BREATHING_SPACE, HOLIDAYS, at('2026-12-01T23:00'))).toEqual({ open: true, always: false, change: { day: 1, weekday: 2, minute: 120 } });
  });

  it('a Saturday at 03:00 is inside the weekend\'s 60 hours, which close on Monday at 06:00', () => {
    expect(hoursAt(BREATHING_SPACE, HOLIDAYS, at('2026-12-05T03:00'))).toEqual({ open: true, always: false, change: { day: 2, weekday: 0, minute: 360 } });
  });

  it('an office is closed on Christmas Day and St Andrew\'s Day, and says it is a bank holiday', () => {
    // Friday 25 December; Monday 28 is Boxing Day's substitute: it opens on Tuesday 29.
    expect(hoursAt(OFFICE, HOLIDAYS, at('2026-12-25T11:00'))).toEqual({ open: false, always: false, change: { day: 4, weekday: 1, minute: 540 }, holiday: 'closed' });
    expect(hoursAt(OFFICE, HOLIDAYS, at('2026-11-30T11:00'))).toMatchObject({ open: false, holiday: 'closed', change: { day: 1, minute: 540 } });
    expect(hoursAt(OFFICE, HOLIDAYS, at('2026-12-01T11:00'))).toEqual({ open: true, always: false, change: { day: 0, weekday: 1, minute: 1020 } });
  });

  it('hours that say nothing about bank holidays are open as usual, flagged as unsure', () => {
    const plain = compileOpeningHours('Mo-Fr 09:00-17:00');
    expect(hoursAt(plain, HOLIDAYS, at('2026-12-25T11:00'))).toMatchObject({ open: true, holiday: 'unknown' });
  });

  it('reads wall-clock time across the clock changes in March and October', () => {
    const night = compileOpeningHours('Mo-Su 00:00-01:30');
    // 29 March 2026 (Sunday): 00:59 GMT is followed by 02:00 BST.
    expect(hoursAt(night, HOLIDAYS, new Date('2026-03-29T00:30:00Z'))).toMatchObject({ open: true, change: { day: 0, minute: 90 } });
    expect(hoursAt(night, HOLIDAYS, new Date('2026-03-29T01:30:00Z'))).toMatchObject({ open: false, change: { day: 1, minute: 0 } });
    // 25 October 2026 (Sunday): 01:00–02:00 happens twice; 01:15 is open both times.
    expect(hoursAt(night, HOLIDAYS, new Date('2026-10-25T00:15:00Z')).open).toBe(true);
    expect(hoursAt(night, HOLIDAYS, new Date('2026-10-25T01:15:00Z')).open).toBe(true);
    expect(hoursAt(night, HOLIDAYS, new Date('2026-10-25T01:45:00Z')).open).toBe(false);
  });

  it('a range that crosses midnight is open on both sides of it', () => {
    const evening = compileOpeningHours('Fr 22:00-03:00');
    expect(hoursAt(evening, HOLIDAYS, at('2026-12-04T23:59'))).toMatchObject({ open: true, change: { day: 1, weekday: 5, minute: 180 } });
    expect(hoursAt(evening, HOLIDAYS, at('2026-12-05T00:30'))).toMatchObject({ open: true, change: { day: 0, minute: 180 } });
    expect(hoursAt(evening, HOLIDAYS, at('2026-12-05T03:00'))).toMatchObject({ open: false, change: { day: 6, weekday: 4, minute: 1320 } });
  });

  it('24/7 is always open', () => {
    expect(hoursAt(compileOpeningHours('24/7'), HOLIDAYS, at('2026-12-25T03:00'))).toEqual({ open: true, always: true });
  });
});

describe('describeNow and the weekly table, in her language', async () => {
  const { describeNow, weekRows, timeOfDay } = await import('../../src/lib/hours/describe');
  const s = {
    open24: 'Open 24 hours', openUntil: 'Open now · closes {{time}}', openUntilDay: 'Open now · closes {{day}} at {{time}}',
    closedOpens: 'Closed now · opens at {{time}}', closedOpensTomorrow: 'Closed now · opens tomorrow at {{time}}',
    closedOpensDay: 'Closed now · opens {{day}} at {{time}}', closed: 'Closed now',
    holidayClosed: 'Closed today: bank holiday.', holidayUnknown: 'Today is a bank holiday: hours may be different.',
  };

  it('says when it closes or opens, with the day when it is not today', () => {
    expect(describeNow(hoursAt(BREATHING_SPACE, HOLIDAYS, at('2026-12-01T11:00')), 'en-GB', s)).toEqual({ status: 'Closed now · opens at 18:00' });
    expect(describeNow(hoursAt(BREATHING_SPACE, HOLIDAYS, at('2026-12-01T23:00')), 'en-GB', s)).toEqual({ status: 'Open now · closes Wednesday at 2:00' });
    expect(describeNow(hoursAt(OFFICE, HOLIDAYS, at('2026-12-25T11:00')), 'en-GB', s)).toEqual({ status: 'Closed now · opens Tuesday at 9:00', note: 'Closed today: bank holiday.' });
    expect(describeNow(hoursAt(OFFICE, HOLIDAYS, at('2026-12-01T18:00')), 'en-GB', s)).toEqual({ status: 'Closed now · opens tomorrow at 9:00' });
  });

  it('writes times as each locale does: 12-hour in English (US style would), its own afternoon marker in Arabic', () => {
    expect(timeOfDay(17 * 60, 'en-GB')).toBe('17:00');
    expect(timeOfDay(17 * 60, 'en-US')).toMatch(/5:00\sPM/);
    // Arabic as CLDR writes it today: 12-hour with its own marker for the afternoon.
    expect(timeOfDay(17 * 60, 'ar')).toMatch(/5:00\sم/);
    expect(weekRows(OFFICE, 'pl')[0]).toEqual({ weekday: 0, name: 'poniedziałek', ranges: ['9:00–17:00'] });
    expect(weekRows(OFFICE, 'en-GB')[6]!.ranges).toBeNull();
    expect(weekRows(compileOpeningHours('24/7'), 'en-GB')[2]!.ranges).toBe('all');
  });
});

describe('the weekly table\'s words', async () => {
  const { timeOfDay, listParts } = await import('../../src/lib/hours/describe');
  it('writes the end of the day as 24:00 on a 24-hour clock, and lists ranges as the locale does', () => {
    expect(timeOfDay(1440, 'en')).toBe('24:00');
    expect(timeOfDay(0, 'en')).toBe('0:00');
    expect(timeOfDay(1440, 'ar')).toMatch(/12:00/);
    expect(listParts(['9:00–12:00', '13:00–17:00'], 'en').map((p) => p.value).join('')).toBe('9:00–12:00, 13:00–17:00');
    // Arabic lists in its own words ("… و…"), never with a Latin comma.
    expect(listParts(['9:00–12:00', '13:00–17:00', '18:00–20:00'], 'ar').map((p) => p.value).join('')).toContain('،');
    expect(listParts(['9:00–12:00', '13:00–17:00'], 'ar').map((p) => p.value).join('')).not.toContain(', ');
  });
});
