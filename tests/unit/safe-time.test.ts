import { describe, expect, it } from 'vitest';
import { nextSafeTime } from '../../src/lib/callback/safe-time';

describe('nextSafeTime (Europe/London)', () => {
  it('is now when now is safe', () => {
    const now = new Date('2026-12-01T10:07:00Z'); // Tuesday 10:07 GMT
    expect(nextSafeTime(['tue'], ['morning'], now)).toEqual(now);
  });

  it('is the next window on a safe day, to the quarter hour', () => {
    // Tuesday 12:30 GMT: the evening window opens at 17:00.
    expect(nextSafeTime(['tue'], ['evening'], new Date('2026-12-01T12:30:00Z'))?.toISOString()).toBe('2026-12-01T17:00:00.000Z');
    // Tuesday 21:00: next Monday morning.
    expect(nextSafeTime(['mon'], ['morning'], new Date('2026-12-01T21:00:00Z'))?.toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });

  it('follows British Summer Time', () => {
    // Wednesday 1 July 2026, 07:30 UTC is 08:30 BST: morning opens at 09:00 BST = 08:00 UTC.
    expect(nextSafeTime(['wed'], ['morning'], new Date('2026-07-01T07:30:00Z'))?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('is null when she gave no day or no time', () => {
    expect(nextSafeTime([], ['morning'], new Date())).toBeNull();
    expect(nextSafeTime(['mon'], [], new Date())).toBeNull();
  });
});
