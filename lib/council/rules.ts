/**
 * The council's voting rules, as pure functions (no database): quorum and approval thresholds are
 * fractions compared in integers (agree × denominator against numerator × base), so that "exactly
 * 2/3" and "exactly half" are decided exactly, never through floating point.
 */

export type ThresholdBase = "MEMBERS" | "VOTES_CAST";
export type Outcome = "APPROVED" | "REJECTED" | "NO_QUORUM";

/** "at least n/d" (strict false) or "more than n/d" (strict true). */
export interface Share {
  numerator: number;
  denominator: number;
  strict: boolean;
}

export interface VotingRule {
  quorum: Share;
  threshold: Share;
  thresholdBase: ThresholdBase;
}

export interface Tally {
  /** Members convened to the session. */
  invited: number;
  /** Members marked present. */
  present: number;
  agree: number;
  disagree: number;
  abstain: number;
}

export interface Decision {
  outcome: Outcome;
  quorumMet: boolean;
  /** The count the threshold is a share of (members convened, or ballots cast). */
  base: number;
  /** Ballots cast = agree + disagree + abstain. */
  cast: number;
}

/** value / total reaches the share. A total of zero never does. */
export function reachesShare(value: number, total: number, share: Share): boolean {
  if (total <= 0) return false;
  const left = value * share.denominator;
  const right = share.numerator * total;
  return share.strict ? left > right : left >= right;
}

/**
 * Quorum first (members present / members convened); without it there is no decision at all.
 * Then approval: agree / base, where base is the members convened (absent members and abstentions
 * count against) or the ballots cast by members present (abstentions count against, absentees not).
 */
export function decide(rule: VotingRule, tally: Tally): Decision {
  const cast = tally.agree + tally.disagree + tally.abstain;
  const base = rule.thresholdBase === "MEMBERS" ? tally.invited : cast;
  const quorumMet = reachesShare(tally.present, tally.invited, rule.quorum);
  if (!quorumMet) return { outcome: "NO_QUORUM", quorumMet, base, cast };
  return { outcome: reachesShare(tally.agree, base, rule.threshold) ? "APPROVED" : "REJECTED", quorumMet, base, cast };
}

/** Smallest number of members present that makes the quorum (for "cần ít nhất N thành viên có mặt"). */
export function minimumForShare(total: number, share: Share): number {
  for (let n = 0; n <= total; n++) if (reachesShare(n, total, share)) return n;
  return total + 1;
}

/** "2/3", "50%", "90%": percent when the fraction is a whole percent, else the fraction. */
export function formatShare(share: Pick<Share, "numerator" | "denominator">): string {
  const { numerator: n, denominator: d } = share;
  if ((n * 100) % d === 0) return `${(n * 100) / d}%`;
  return `${n}/${d}`;
}

/** Vietnamese wording of a rule, as shown on the award form and to the council. */
export function describeRule(rule: VotingRule): { quorum: string; threshold: string } {
  const q = `${rule.quorum.strict ? "trên" : "ít nhất"} ${formatShare(rule.quorum)} số thành viên Hội đồng có mặt`;
  const base = rule.thresholdBase === "MEMBERS" ? "tổng số thành viên Hội đồng" : "số phiếu biểu quyết của thành viên có mặt";
  const t = `${rule.threshold.strict ? "trên" : "từ"} ${formatShare(rule.threshold)} ${rule.threshold.strict ? "" : "trở lên "}${base} tán thành`;
  return { quorum: q, threshold: t.replace(/\s+/g, " ") };
}

/**
 * Parses what an officer types for a share: "2/3", "50%", "50 %", "90". Returns null when it is not
 * a share between 0 (excluded) and 1 (included), or when its denominator is above 100.
 */
export function parseShare(input: string): { numerator: number; denominator: number } | null {
  const text = input.trim().replace(/\s+/g, "");
  let m = /^(\d{1,3})\/(\d{1,3})$/.exec(text);
  if (m) {
    const numerator = Number(m[1]);
    const denominator = Number(m[2]);
    if (denominator < 1 || numerator < 1 || numerator > denominator) return null;
    return reduce(numerator, denominator);
  }
  m = /^(\d{1,3})%?$/.exec(text);
  if (m) {
    const pct = Number(m[1]);
    if (pct < 1 || pct > 100) return null;
    return reduce(pct, 100);
  }
  return null;
}

function reduce(n: number, d: number) {
  const g = gcd(n, d);
  return { numerator: n / g, denominator: d / g };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  APPROVED: "Tán thành",
  REJECTED: "Không đạt tỷ lệ tán thành",
  NO_QUORUM: "Không đủ số thành viên có mặt: không biểu quyết",
};
