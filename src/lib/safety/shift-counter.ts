// The quick exit's keyboard trigger as a pure state machine: Shift pressed on its own
// three times within five seconds. The inline head script (src/safety/quick-exit.inline.ts)
// is bundled from this file, so the browser runs exactly the code tested here.

/** Presses of Shift needed to leave. */
export const SHIFT_PRESSES = 3;
/** The presses must fall within this window, counted from the first one (ms). */
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftState {
  /** Presses so far (0 to SHIFT_PRESSES - 1), the latest one included while it is held. */
  readonly presses: number;
  /** When the first press went down (ms), or null before it. */
  readonly firstAt: number | null;
  /** The latest press is still held and not yet announced: a key pressed now cancels it. */
  readonly pending: boolean;
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

export const INITIAL_SHIFT_STATE: ShiftState = { presses: 0, firstAt: null, pending: false };

const NONE: ShiftOutcome = { kind: 'none' };

/**
 * The next state and outcome for one key event. A press is a Shift going down (either
 * Shift, not an auto-repeat) with no other key pressed since the previous press, so
 * presses that overlap ("rolling" Left and Right Shift) each count, and the third one
 * leaves at once. Any other key going down starts the count again, so Shift used for a
 * capital letter never counts. A press is announced when Shift goes up, so typing
 * capitals makes no announcement. Rule after GOV.UK Frontend's "Exit this page"
 * (Shift three times), with the press taken at keydown (issue 14).
 */
export function stepShift(state: ShiftState, input: KeyInput): { state: ShiftState; outcome: ShiftOutcome } {
  const isShift = input.key === 'Shift';
  if (input.type === 'keydown') {
    if (!isShift) {
      if (state.presses === 0) return { state, outcome: NONE };
      return { state: INITIAL_SHIFT_STATE, outcome: { kind: 'reset' } };
    }
    if (input.repeat) return { state, outcome: NONE };
    const expired = state.firstAt !== null && input.time - state.firstAt > SHIFT_WINDOW_MS;
    const presses = (expired ? 0 : state.presses) + 1;
    if (presses >= SHIFT_PRESSES) return { state: INITIAL_SHIFT_STATE, outcome: { kind: 'exit' } };
    const firstAt = expired || state.firstAt === null ? input.time : state.firstAt;
    return { state: { presses, firstAt, pending: true }, outcome: NONE };
  }
  if (!isShift || !state.pending) return { state, outcome: NONE };
  return {
    state: { ...state, pending: false },
    outcome: { kind: 'counted', remaining: SHIFT_PRESSES - state.presses },
  };
}
