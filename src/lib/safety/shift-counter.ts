// The quick exit's keyboard trigger as a pure state machine: Shift pressed on its own
// three times within five seconds. The inline head script (src/safety/quick-exit.inline.ts)
// is bundled from this file, so the browser runs exactly the code tested here.

/** Presses of Shift needed to leave. */
export const SHIFT_PRESSES = 3;
/** The presses must fall within this window, counted from the first one (ms). */
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftState {
  /** Counted presses so far (0 to SHIFT_PRESSES - 1). */
  readonly presses: number;
  /** When the first counted press ended (ms), or null before it. */
  readonly firstAt: number | null;
  /** Shift is down now, and no other key has been pressed while it was held. */
  readonly clean: boolean;
}

export interface KeyInput {
  readonly type: 'keydown' | 'keyup';
  /** `KeyboardEvent.key`: "Shift" for either Shift key. */
  readonly key: string;
  /** Auto-repeat of a held key: it is not a new press. */
  readonly repeat?: boolean;
  /** Time of the event in ms (Date.now()). */
  readonly time: number;
}

/** What the page should do after a key event. */
export type ShiftOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'counted'; readonly remaining: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'exit' };

export const INITIAL_SHIFT_STATE: ShiftState = { presses: 0, firstAt: null, clean: false };

const NONE: ShiftOutcome = { kind: 'none' };

/**
 * The next state and outcome for one key event. A press counts when Shift goes up
 * with no other key pressed while it was down, so Shift used for a capital letter
 * never counts; any other key starts the count again.
 */
export function stepShift(state: ShiftState, input: KeyInput): { state: ShiftState; outcome: ShiftOutcome } {
  const isShift = input.key === 'Shift';
  if (input.type === 'keydown') {
    if (isShift) {
      if (input.repeat) return { state, outcome: NONE };
      return { state: { ...state, clean: true }, outcome: NONE };
    }
    const hadCount = state.presses > 0;
    return {
      state: INITIAL_SHIFT_STATE,
      outcome: hadCount ? { kind: 'reset' } : NONE,
    };
  }
  if (!isShift) return { state, outcome: NONE };
  if (!state.clean) return { state: { ...state, clean: false }, outcome: NONE };
  const expired = state.firstAt !== null && input.time - state.firstAt > SHIFT_WINDOW_MS;
  const presses = (expired ? 0 : state.presses) + 1;
  const firstAt = expired || state.firstAt === null ? input.time : state.firstAt;
  if (presses >= SHIFT_PRESSES) return { state: INITIAL_SHIFT_STATE, outcome: { kind: 'exit' } };
  return {
    state: { presses, firstAt, clean: false },
    outcome: { kind: 'counted', remaining: SHIFT_PRESSES - presses },
  };
}
