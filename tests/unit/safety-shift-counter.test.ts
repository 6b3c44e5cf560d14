import { describe, expect, it } from 'vitest';
import { INITIAL_SHIFT_STATE, stepShift, type KeyInput, type ShiftOutcome } from '../../src/lib/safety/shift-counter';

/** Runs key events through the machine and returns the outcome of each. */
function run(events: KeyInput[]): ShiftOutcome['kind'][] {
  let state = INITIAL_SHIFT_STATE;
  return events.map((e) => {
    const next = stepShift(state, e);
    state = next.state;
    return next.outcome.kind;
  });
}
const down = (key: string, time: number, repeat = false): KeyInput => ({ type: 'keydown', key, time, repeat });
const up = (key: string, time: number): KeyInput => ({ type: 'keyup', key, time });
const shift = (time: number) => [down('Shift', time), up('Shift', time + 50)];

describe('the Shift×3 quick-exit counter', () => {
  it('leaves on the third press of Shift alone', () => {
    // The third press leaves as Shift goes down; its release belongs to no count.
    expect(run([...shift(0), ...shift(500), ...shift(1000)])).toEqual(['none', 'counted', 'none', 'counted', 'exit', 'none']);
  });

  it('announces how many presses are left', () => {
    let state = INITIAL_SHIFT_STATE;
    const left: number[] = [];
    for (const e of [...shift(0), ...shift(300)]) {
      const next = stepShift(state, e);
      state = next.state;
      if (next.outcome.kind === 'counted') left.push(next.outcome.remaining);
    }
    expect(left).toEqual([2, 1]);
  });

  it('starts again when more than 5 seconds pass since the first press', () => {
    expect(run([...shift(0), ...shift(1000), ...shift(5100)]).at(-1)).toBe('counted');
    // The late press is the first of a new count: two more are needed.
    expect(run([...shift(0), ...shift(1000), ...shift(5100), ...shift(6000)]).at(-1)).toBe('counted');
    expect(run([...shift(0), ...shift(1000), ...shift(5100), ...shift(6000), ...shift(7000)]).at(-2)).toBe('exit');
  });

  it('still leaves when the third press starts just inside 5 seconds of the first', () => {
    expect(run([...shift(0), ...shift(2000), down('Shift', 4950), up('Shift', 5050)])).toContain('exit');
  });

  it('does not count Shift used for a capital letter', () => {
    const capital = (t: number) => [down('Shift', t), down('A', t + 10), up('A', t + 20), up('Shift', t + 30)];
    expect(run([...capital(0), ...capital(100), ...capital(200)])).not.toContain('exit');
    expect(run([...capital(0), ...capital(100), ...capital(200)])).not.toContain('counted');
  });

  it('counts rolling presses of Left and Right Shift, each starting before the last ended', () => {
    // ShiftLeft down, ShiftRight down, ShiftLeft up, ShiftLeft down: three presses (issue 14).
    // KeyboardEvent.key is "Shift" for both keys.
    const kinds = run([down('Shift', 0), down('Shift', 40), up('Shift', 80), down('Shift', 120), up('Shift', 160), up('Shift', 200)]);
    expect(kinds.slice(0, 4)).toEqual(['none', 'none', 'counted', 'exit']);
  });

  it('does not count two Shift presses with another key between them as one run', () => {
    expect(run([down('Shift', 0), down('Shift', 20), down('x', 30), down('Shift', 40)])).not.toContain('exit');
  });

  it('leaves on the third Shift going down, even if a letter follows it', () => {
    expect(run([...shift(0), ...shift(200), down('Shift', 400), down('A', 410)])[4]).toBe('exit');
  });

  it('resets the count when another key is pressed', () => {
    const kinds = run([...shift(0), ...shift(100), down('a', 200), up('a', 210), ...shift(300)]);
    expect(kinds).toContain('reset');
    expect(kinds.at(-1)).toBe('counted');
  });

  it('does not count a held Shift that repeats', () => {
    expect(run([down('Shift', 0), down('Shift', 30, true), down('Shift', 60, true), up('Shift', 90)])).toEqual(['none', 'none', 'none', 'counted']);
  });

  it('does not count a Shift release whose press it never saw', () => {
    expect(run([up('Shift', 0), up('Shift', 10), up('Shift', 20)])).toEqual(['none', 'none', 'none']);
  });
});
