import { describe, expect, it } from "vitest";
import {
  blockDuration,
  delayAfterFailures,
  isLocked,
  MAX_DELAY_MS,
  nextStateAfterFailure,
  POLICIES,
  throttleKeys,
  type ThrottlePolicy,
  type ThrottleState,
} from "../../lib/auth/throttle-rules";

const t0 = new Date("2026-03-01T02:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

function failTimes(policy: ThrottlePolicy, n: number, stepMs = 1000): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = nextStateAfterFailure(policy, state, after(i * stepMs));
  return state;
}

describe("sign-in throttling rules", () => {
  it("blocks a client on one account from the 5th failure, for a minute, doubling with each further failure up to 30 minutes", () => {
    const p = POLICIES.pair;
    expect(isLocked(failTimes(p, 4), after(4000))).toBe(false);
    const five = failTimes(p, 5)!;
    expect(five.lockedUntil!.getTime()).toBe(after(4000).getTime() + MINUTE);
    expect(blockDuration(p, 6)).toBe(2 * MINUTE);
    expect(blockDuration(p, 7)).toBe(4 * MINUTE);
    expect(blockDuration(p, 50)).toBe(30 * MINUTE);
  });

  it("never blocks an account as a whole, however many clients fail on it", () => {
    const state = failTimes(POLICIES.account, 500);
    expect(state!.failures).toBe(500);
    expect(state!.lockedUntil).toBeNull();
    expect(isLocked(state, after(500_000))).toBe(false);
  });

  it("slows and then blocks a client spraying one try on many accounts", () => {
    const c = POLICIES.client;
    expect(delayAfterFailures(c, 9)).toBe(0);
    expect(delayAfterFailures(c, 10)).toBe(500);
    expect(isLocked(failTimes(c, 29), after(29_000))).toBe(false);
    expect(isLocked(failTimes(c, 30), after(30_000))).toBe(true);
  });

  it("grows delays from the 3rd failure of a pair (0.5 s, 1 s, 2 s) and caps them", () => {
    expect([1, 2, 3, 4, 5, 6, 40].map((n) => delayAfterFailures(POLICIES.pair, n))).toEqual([0, 0, 500, 1000, 2000, 4000, MAX_DELAY_MS]);
  });

  it("forgets failures when the last one is older than the window, but not while failures keep coming", () => {
    const p = POLICIES.pair;
    // One failure every 10 minutes: each within 15 minutes of the last, so the count keeps growing.
    expect(failTimes(p, 6, 10 * MINUTE)!.failures).toBe(6);
    const old = failTimes(p, 4)!;
    const fresh = nextStateAfterFailure(p, old, after(3000 + p.windowMs + 1));
    expect(fresh.failures).toBe(1);
    expect(fresh.lockedUntil).toBeNull();
  });

  it("keys a pair by client and account, a client alone, an account alone", () => {
    expect(throttleKeys("203.0.113.5", "nguyenvana")).toEqual({ pair: "p:203.0.113.5|nguyenvana", client: "c:203.0.113.5", account: "a:nguyenvana" });
  });
});
