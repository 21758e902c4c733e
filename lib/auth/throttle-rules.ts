/** Sign-in throttling rules (pure, unit-tested); state lives in the LoginThrottle table. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure at `now`. */
export function nextStateAfterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.firstFailureAt.getTime() > FAILURE_WINDOW_MS || isExpiredLock(state, now);
  const failures = fresh ? 1 : state!.failures + 1;
  const firstFailureAt = fresh ? now : state!.firstFailureAt;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, firstFailureAt, lockedUntil };
}

function isExpiredLock(state: ThrottleState, now: Date) {
  return !!state.lockedUntil && state.lockedUntil.getTime() <= now.getTime();
}

/** Each failure after the second slows the answer down: 0.5 s, 1 s, 2 s, capped at 4 s. */
export function delayAfterFailures(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(4000, 500 * 2 ** (failures - 3));
}
