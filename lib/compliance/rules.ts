import { compareVi } from "@/lib/text/collate";
import type { AwardProposalStatus, MilestoneKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { addProposals, NO_PROPOSALS, type UnitProposalCounts } from "@/lib/obligations/awards";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { daysOverdue, dueAtForBeforeDay, vnDayOf } from "@/lib/time/vn";

/**
 * Pure rules of deadline compliance: a unit's standing against one milestone, the statistics of a
 * campaign, the totals of a unit's record per year, and the month grid of the milestone calendar.
 */

const DAY_MS = 86_400_000;

/**
 * Milestones whose deliverable the portal receives with a deadline every unit must meet (the others are
 * shown without on-time statistics): the units' Mẫu 1 and reports of each phase, and the office's summary
 * report of each phase. Award proposals are received too but are not compulsory: never missing nor overdue,
 * they are counted per unit for information (proposalSummary); the council's review has a standing of its
 * own (lib/obligations/awards.ts councilReviewState).
 */
export const TRACKED_MILESTONE_KINDS: readonly MilestoneKind[] = ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT", "MIDTERM_SUMMARY", "FINAL_SUMMARY"];

export function isTrackedMilestone(kind: MilestoneKind): boolean {
  return TRACKED_MILESTONE_KINDS.includes(kind);
}

/** Who hands in a tracked milestone's deliverable: every participating unit, or the issuing unit's office (summary reports). */
export function complianceScope(kind: MilestoneKind): "UNITS" | "OFFICE" {
  return phaseOfMilestoneKind(kind)?.summary ? "OFFICE" : "UNITS";
}

/**
 * The milestone of sending the typical initiatives up ("gửi đăng ký về Sở Nội vụ", kind CONSOLIDATION) of a
 * campaign that answers a parent campaign: the portal receives it as the issuing unit's Mẫu 1 in the parent
 * campaign, which forwarding the typical initiatives (lib/cascade) creates and submits. Its first submission
 * is what the milestone's deadline judges. Without a parent campaign it stays outside the portal.
 */
export function isForwardMilestone(kind: MilestoneKind, hasParentCampaign: boolean): boolean {
  return kind === "CONSOLIDATION" && hasParentCampaign;
}

export const UNTRACKED_LABEL = "Chưa theo dõi trên cổng";

/** Milestones with an award standing instead of on-time statistics. */
export function isAwardMilestone(kind: MilestoneKind): kind is "AWARD_PROPOSAL" | "COUNCIL_REVIEW" {
  return kind === "AWARD_PROPOSAL" || kind === "COUNCIL_REVIEW";
}

export interface UnitProposalRow {
  unitId: string;
  name: string;
  counts: UnitProposalCounts;
}

export interface ProposalSummary {
  /** Every participating unit with its proposals (none: zeros), most proposals sent first, then by name (proposalTotals: empty). */
  units: UnitProposalRow[];
  totals: UnitProposalCounts;
  /** Participating units that sent at least one proposal. */
  proposingUnits: number;
}

/**
 * The units' award proposals of a campaign, for information: proposing is not compulsory, so a unit with
 * none is neither missing nor late. Groups of units that do not participate (none expected) are ignored.
 */
export function proposalSummary(
  units: readonly { id: string; name: string }[],
  groups: readonly { unitId: string; status: AwardProposalStatus; isLate: boolean; n: number }[],
): ProposalSummary {
  const byUnit = new Map<string, UnitProposalCounts>(units.map((u) => [u.id, NO_PROPOSALS]));
  for (const g of groups) {
    const c = byUnit.get(g.unitId);
    if (c) byUnit.set(g.unitId, addProposals(c, g.status, g.isLate, g.n));
  }
  const rows = units.map((u) => ({ unitId: u.id, name: u.name, counts: byUnit.get(u.id)! }));
  rows.sort((a, b) => b.counts.submitted - a.counts.submitted || compareVi(a.name, b.name));
  const { totals, proposingUnits } = proposalTotals(groups.filter((g) => byUnit.has(g.unitId)));
  return { units: rows, totals, proposingUnits };
}

/** The totals of proposalSummary without the per-unit list (groups of participating units only). */
export function proposalTotals(groups: readonly { unitId: string; status: AwardProposalStatus; isLate: boolean; n: number }[]): ProposalSummary {
  let totals = NO_PROPOSALS;
  const proposing = new Set<string>();
  for (const g of groups) {
    totals = addProposals(totals, g.status, g.isLate, g.n);
    if (addProposals(NO_PROPOSALS, g.status, g.isLate, g.n).submitted > 0) proposing.add(g.unitId);
  }
  return { units: [], totals, proposingUnits: proposing.size };
}

/** "4 đơn vị đã gửi 7 hồ sơ (1 trễ hạn)" — or "Chưa có đơn vị nào gửi hồ sơ". */
export function proposalSummaryText(s: Pick<ProposalSummary, "totals" | "proposingUnits">): string {
  if (!s.totals.submitted) return "Chưa có đơn vị nào gửi hồ sơ";
  return `${s.proposingUnits} đơn vị đã gửi ${s.totals.submitted} hồ sơ${s.totals.late ? ` (${s.totals.late} trễ hạn)` : ""}`;
}

/**
 * Days late of a submission against the unit's effective due instant: whole days between the two,
 * rounded up; at least 1 once late (a submission at exactly 00:00 of day X of "trước ngày X" is late).
 * 0 when on time.
 */
export function daysLate(submittedAt: Date, dueAt: Date): number {
  const diff = submittedAt.getTime() - dueAt.getTime();
  if (diff < 0) return 0;
  return Math.max(1, Math.ceil(diff / DAY_MS));
}

export type ComplianceStatus = "ON_TIME" | "LATE" | "PENDING" | "OVERDUE";

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  ON_TIME: "Nộp đúng hạn",
  LATE: "Nộp trễ hạn",
  PENDING: "Chưa nộp (còn hạn)",
  OVERDUE: "Quá hạn chưa nộp",
};

export interface UnitStanding {
  status: ComplianceStatus;
  /**
   * Days late of the first submission; for a missing one after the deadline, days overdue so far counted
   * like everywhere else in the portal (from day X of "trước ngày X", at least 1).
   */
  daysLate: number;
}

/**
 * A unit's standing for a milestone. Submitted = the form was submitted at least once (a form returned
 * for correction was submitted); no registration, a draft or a form awaiting the head's confirmation is
 * missing, and "quá hạn chưa nộp" once the effective deadline has passed.
 */
export function unitStanding(firstSubmittedAt: Date | null | undefined, dueAt: Date, now: Date): UnitStanding {
  if (firstSubmittedAt) {
    const d = daysLate(firstSubmittedAt, dueAt);
    return { status: d > 0 ? "LATE" : "ON_TIME", daysLate: d };
  }
  if (now.getTime() >= dueAt.getTime()) return { status: "OVERDUE", daysLate: daysOverdue(dueAt, now) };
  return { status: "PENDING", daysLate: 0 };
}

/** Statuses that count as "submitted" for the registration form (first submission done). */
export function hasSubmitted(reg: { status: SubmissionStatus; firstSubmittedAt: Date | null } | null | undefined): boolean {
  return !!reg?.firstSubmittedAt;
}

export interface ComplianceSummary {
  participating: number;
  onTime: number;
  late: number;
  /** No submission yet (pending + overdue). */
  missing: number;
  /** Of the missing: the deadline has passed. */
  overdue: number;
  /** onTime / participating, 0..1; null with no participating unit. */
  onTimeRate: number | null;
  /** Average days late of the late submissions (null when none). */
  avgDaysLate: number | null;
  maxDaysLate: number | null;
}

/** How many units stand where for one milestone, and the days late of the late ones. */
export interface StandingCounts {
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  /** Sum and maximum of the late submissions' days late (0 when none). */
  sumLate: number;
  maxLate: number;
}

export function countStandings(standings: readonly UnitStanding[]): StandingCounts {
  const c: StandingCounts = { onTime: 0, late: 0, pending: 0, overdue: 0, sumLate: 0, maxLate: 0 };
  for (const s of standings) {
    if (s.status === "ON_TIME") c.onTime++;
    else if (s.status === "LATE") {
      c.late++;
      c.sumLate += s.daysLate;
      c.maxLate = Math.max(c.maxLate, s.daysLate);
    } else if (s.status === "OVERDUE") c.overdue++;
    else c.pending++;
  }
  return c;
}

/** The statistics of a milestone from its counts (computed here, or by the database: lib/compliance/standings-sql.ts). */
export function summaryOfCounts(c: StandingCounts): ComplianceSummary {
  const participating = c.onTime + c.late + c.pending + c.overdue;
  return {
    participating,
    onTime: c.onTime,
    late: c.late,
    missing: c.pending + c.overdue,
    overdue: c.overdue,
    onTimeRate: participating ? c.onTime / participating : null,
    avgDaysLate: c.late ? c.sumLate / c.late : null,
    maxDaysLate: c.late ? c.maxLate : null,
  };
}

export function summarise(standings: readonly UnitStanding[]): ComplianceSummary {
  return summaryOfCounts(countStandings(standings));
}

/** Worst first: the order of the standings in a unit table (also the database's `rank`, standings-sql.ts). */
export const STATUS_RANK: Record<ComplianceStatus, number> = { OVERDUE: 0, LATE: 1, PENDING: 2, ON_TIME: 3 };
export const STATUS_OF_RANK: readonly ComplianceStatus[] = ["OVERDUE", "LATE", "PENDING", "ON_TIME"];

/** Worst first: overdue (longest first), late (most days first), pending, on time; then by name. */
export function compareByLateness<T extends { standing: UnitStanding; name: string }>(a: T, b: T): number {
  return (
    STATUS_RANK[a.standing.status] - STATUS_RANK[b.standing.status] ||
    b.standing.daysLate - a.standing.daysLate ||
    compareVi(a.name, b.name)
  );
}

/**
 * Rows [start, end) of `ranked` in the order of compareByLateness, when `ranked` is already ordered by
 * rank and days (worst first) but not by name: only the runs of equal standing that overlap the window
 * are put in Vietnamese name order. The compliance page shows 50 of ~2,000 units; sorting every name
 * with the collator cost more than counting them.
 */
export function pageByLateness<T extends { rank: number; days: number; name: string }>(ranked: readonly T[], start: number, end: number): T[] {
  const lo = Math.max(0, start);
  const hi = Math.min(ranked.length, end);
  if (lo >= hi) return [];
  const same = (a: T, b: T) => a.rank === b.rank && a.days === b.days;
  let runStart = lo;
  while (runStart > 0 && same(ranked[runStart - 1], ranked[lo])) runStart--;
  let runEnd = hi;
  while (runEnd < ranked.length && same(ranked[runEnd], ranked[hi - 1])) runEnd++;
  const span = ranked.slice(runStart, runEnd);
  span.sort((a, b) => a.rank - b.rank || b.days - a.days || compareVi(a.name, b.name));
  return span.slice(lo - runStart, hi - runStart);
}

/** Only the units that need chasing or were late ("chỉ đơn vị trễ / chưa nộp"). */
export function isProblem(s: UnitStanding): boolean {
  return s.status !== "ON_TIME";
}

// ---------------------------------------------------------------- Vietnamese number formats

const nf1 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A rate 0..1 as "92,5 %" (one decimal, Vietnamese decimal comma); "–" when undefined. */
export function formatPercentVN(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return "–";
  // Round half up on the percentage itself (0.925 → 92,5; 2/3 → 66,7), avoiding float artefacts.
  const pct = Math.round(rate * 1000 + 1e-9) / 10;
  return `${nf1.format(pct)} %`;
}

/** A number with at most one decimal ("2,5"; "3"). */
export function formatNumberVN(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "–";
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(Math.round(n * 10 + 1e-9) / 10);
}

/** Width (CSS percentage, 0–100) of one part of a bar. */
export function barWidth(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

// ---------------------------------------------------------------- a unit's record per year

export interface RecordEntry {
  year: number;
  /** Several entries of one campaign (Mẫu 1 and the reports) count it once; absent: one campaign per entry. */
  campaignId?: string;
  standing: UnitStanding | null; // null: no tracked deadline (e.g. the campaign has no registration milestone)
}

export interface YearTotals {
  year: number;
  campaigns: number;
  onTime: number;
  late: number;
  missing: number;
  onTimeRate: number | null;
}

/**
 * Totals per year, newest year first, over the deliverables with a tracked deadline (Mẫu 1 and the reports).
 * A deliverable not submitted whose deadline has not come yet ("PENDING") is not counted: it is neither
 * late nor missing yet.
 */
export function totalsByYear(entries: readonly RecordEntry[]): YearTotals[] {
  const byYear = new Map<number, { campaigns: Set<string>; tracked: UnitStanding[] }>();
  entries.forEach((e, i) => {
    const y = byYear.get(e.year) ?? { campaigns: new Set<string>(), tracked: [] };
    y.campaigns.add(e.campaignId ?? `#${i}`);
    if (e.standing && e.standing.status !== "PENDING") y.tracked.push(e.standing);
    byYear.set(e.year, y);
  });
  return [...byYear.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, y]) => {
      const s = summarise(y.tracked);
      return { year, campaigns: y.campaigns.size, onTime: s.onTime, late: s.late, missing: s.missing, onTimeRate: s.onTimeRate };
    });
}

// ---------------------------------------------------------------- timeline and calendar

/** The last day ("hạn chót", yyyy-MM-dd Vietnam time) of a deadline instant: "trước ngày 18/4" → 17/4. */
export function lastDayOf(dueAt: Date): string {
  return vnDayOf(new Date(dueAt.getTime() - 1));
}

/** "yyyy-MM" of the month to show: the query value when valid, else the month of `fallback` (Vietnam time). */
export function parseMonth(value: string | null | undefined, fallback: Date): string {
  if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    const y = Number(value.slice(0, 4));
    if (y >= 1900 && y <= 2200) return value;
  }
  return vnDayOf(fallback).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + by;
  const ny = y + Math.floor(m / 12);
  const nm = ((m % 12) + 12) % 12;
  return `${ny}-${String(nm + 1).padStart(2, "0")}`;
}

export const WEEKDAYS_VN = [
  { short: "T2", long: "Thứ Hai" },
  { short: "T3", long: "Thứ Ba" },
  { short: "T4", long: "Thứ Tư" },
  { short: "T5", long: "Thứ Năm" },
  { short: "T6", long: "Thứ Sáu" },
  { short: "T7", long: "Thứ Bảy" },
  { short: "CN", long: "Chủ Nhật" },
] as const;

export interface GridDay {
  day: string; // yyyy-MM-dd
  inMonth: boolean;
}

/** Weeks (Monday to Sunday) covering the month "yyyy-MM". Calendar arithmetic only: no time zone involved. */
export function monthGrid(month: string): GridDay[][] {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1;
  const first = Date.UTC(y, m, 1);
  const daysInMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const lead = (new Date(first).getUTCDay() + 6) % 7; // Monday = 0
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const weeks: GridDay[][] = [];
  for (let i = 0; i < cells; i++) {
    const d = new Date(first + (i - lead) * DAY_MS);
    const day = d.toISOString().slice(0, 10);
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ day, inMonth: d.getUTCMonth() === m });
  }
  return weeks;
}

/** "Tháng 4/2022". */
export function monthLabel(month: string): string {
  return `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

/** dd/MM/yyyy of a "yyyy-MM-dd" day. */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The instant at 00:00 Vietnam time of a "yyyy-MM-dd" day (for comparisons with now). */
export function startOfVnDay(day: string): Date {
  return dueAtForBeforeDay(day);
}
