import { describe, expect, it } from "vitest";
import {
  delayAfterFailures,
  FAILURE_WINDOW_MS,
  isLocked,
  LOCK_MS,
  MAX_FAILURES,
  nextStateAfterFailure,
  type ThrottleState,
} from "../../lib/auth/throttle-rules";

const t0 = new Date("2026-03-01T02:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, stepMs = 1000): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = nextStateAfterFailure(state, after(i * stepMs));
  return state;
}

describe("sign-in throttling rules", () => {
  it("starts counting at one failure and remembers when the first one happened", () => {
    const s = nextStateAfterFailure(null, t0);
    expect(s).toEqual({ failures: 1, firstFailureAt: t0, lockedUntil: null });
  });

  it("does not lock before the fifth failure", () => {
    const s = failTimes(MAX_FAILURES - 1)!;
    expect(s.failures).toBe(4);
    expect(s.lockedUntil).toBeNull();
    expect(isLocked(s, after(10_000))).toBe(false);
  });

  it("locks for 15 minutes from the fifth failure within the window", () => {
    const s = failTimes(MAX_FAILURES)!;
    const fifthAt = after((MAX_FAILURES - 1) * 1000);
    expect(s.failures).toBe(5);
    expect(s.lockedUntil).toEqual(new Date(fifthAt.getTime() + LOCK_MS));
    expect(isLocked(s, fifthAt)).toBe(true);
    expect(isLocked(s, new Date(fifthAt.getTime() + LOCK_MS - 1))).toBe(true);
  });

  it("unlocks by itself when the lock time has passed", () => {
    const s = failTimes(MAX_FAILURES)!;
    expect(isLocked(s, s.lockedUntil!)).toBe(false);
  });

  it("starts a new count after the lock has expired", () => {
    const s = failTimes(MAX_FAILURES)!;
    const later = new Date(s.lockedUntil!.getTime() + 1);
    expect(nextStateAfterFailure(s, later)).toEqual({ failures: 1, firstFailureAt: later, lockedUntil: null });
  });

  it("starts a new count when the first failure is older than the 15-minute window", () => {
    const s = failTimes(4)!;
    const late = after(FAILURE_WINDOW_MS + 1);
    expect(nextStateAfterFailure(s, late)).toEqual({ failures: 1, firstFailureAt: late, lockedUntil: null });
    // exactly at the window's end the failure still counts
    expect(nextStateAfterFailure(s, after(FAILURE_WINDOW_MS)).failures).toBe(5);
  });

  it("treats no state as not locked", () => {
    expect(isLocked(null, t0)).toBe(false);
  });

  it("answers at once for the first two failures, then waits 0.5 s, 1 s, 2 s, capped at 4 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(delayAfterFailures)).toEqual([0, 0, 0, 500, 1000, 2000, 4000, 4000, 4000]);
  });
});
