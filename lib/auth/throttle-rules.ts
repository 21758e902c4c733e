/**
 * Sign-in throttling rules (pure, unit-tested); the state lives in the LoginThrottle table.
 *
 * Three counters, each a row:
 * - a client and an account together ("pair"): delays from the 3rd failure, then growing blocks of
 *   THIS client for THIS account only. The right password from another client is never refused.
 * - a client across accounts ("client"): a password spray (one try on many accounts) from one client
 *   is slowed, then that client is blocked for growing times.
 * - an account across clients ("account"): failures from many clients slow down the failing answers
 *   for that account, never block it, so nobody can lock a unit head out by typing wrong passwords.
 * A failure window restarts when the last failure is older than the window; a block grows with every
 * failure counted after the threshold (the client must wait it out between tries), up to a cap.
 */
export type ThrottleKind = "pair" | "client" | "account";

export interface ThrottlePolicy {
  /** Failures older than this (since the last one) are forgotten. */
  windowMs: number;
  /** From this many failures on, each failing answer is delayed. */
  delayFrom: number;
  /** From this many failures on, the key is blocked (null: never). */
  blockFrom: number | null;
  baseBlockMs: number;
  maxBlockMs: number;
}

const MINUTE = 60_000;

export const POLICIES: Record<ThrottleKind, ThrottlePolicy> = {
  pair: { windowMs: 15 * MINUTE, delayFrom: 3, blockFrom: 5, baseBlockMs: MINUTE, maxBlockMs: 30 * MINUTE },
  client: { windowMs: 60 * MINUTE, delayFrom: 10, blockFrom: 30, baseBlockMs: 5 * MINUTE, maxBlockMs: 60 * MINUTE },
  account: { windowMs: 60 * MINUTE, delayFrom: 10, blockFrom: null, baseBlockMs: 0, maxBlockMs: 0 },
};

/** Rows whose last failure is older than this (and that block nothing) are deleted. */
export const ROW_TTL_MS = 24 * 60 * MINUTE;
export const MAX_DELAY_MS = 4000;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** Whole minutes left of a block (at least 1), for the message shown at sign-in. */
export function minutesLeft(state: ThrottleState, now: Date): number {
  return Math.max(1, Math.ceil(((state.lockedUntil?.getTime() ?? 0) - now.getTime()) / MINUTE));
}

export function blockDuration(policy: ThrottlePolicy, failures: number): number {
  if (policy.blockFrom === null || failures < policy.blockFrom) return 0;
  return Math.min(policy.maxBlockMs, policy.baseBlockMs * 2 ** Math.min(20, failures - policy.blockFrom));
}

/** The state after one more failure at `now`. */
export function nextStateAfterFailure(policy: ThrottlePolicy, state: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !state || state.failures === 0 || now.getTime() - state.lastFailureAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state!.failures + 1;
  const firstFailureAt = fresh ? now : state!.firstFailureAt;
  const block = blockDuration(policy, failures);
  return { failures, firstFailureAt, lastFailureAt: now, lockedUntil: block ? new Date(now.getTime() + block) : null };
}

/** How long a failing answer is delayed for this key: 0.5 s, 1 s, 2 s, then 4 s at most. */
export function delayAfterFailures(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.delayFrom) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** Math.min(10, failures - policy.delayFrom));
}

/** The row keys of one sign-in attempt. */
export function throttleKeys(client: string, account: string) {
  return { pair: `p:${client}|${account}`.slice(0, 400), client: `c:${client}`.slice(0, 400), account: `a:${account}`.slice(0, 400) };
}
