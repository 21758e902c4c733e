import { compareVi } from "@/lib/text/collate";
import { can, type ScopedRole } from "@/lib/auth/roles";
import type { AwardProposalStatus, BallotMode } from "@/lib/generated/prisma/enums";

/**
 * Award milestones and award work on the to-do list (pure; the loading lives in lib/obligations/queries.ts).
 *
 * - AWARD_PROPOSAL (the units): proposing is NOT compulsory. A unit with no proposal is never missing
 *   nor overdue; the milestone stays open until its date with the count of the unit's proposals sent and
 *   being written; a draft or a returned proposal is pending work (overdue once the date has passed, until
 *   the hard cut-off); once the date has passed a unit that sent proposals is done, one that sent none has
 *   nothing left (history).
 * - COUNCIL_REVIEW (the issuing unit's emulation office, or whichever office role the plan names): satisfied
 *   when a council session of the campaign has been closed and nothing is left waiting for the council
 *   (submitted, admitted, or on a session not closed yet); with no proposal received there is nothing to
 *   review (history once past); otherwise pending, overdue after its date.
 * - Award tasks (not milestones): the office's dossiers to check, admitted proposals not on a session yet,
 *   approved proposals beyond the agency's authority to send up; the leadership's approved proposals
 *   waiting for the decision; a council member's sessions whose ballot is open.
 */

// ---------------------------------------------------------------- the units' proposals

/** The unit's proposals of a campaign by where they stand for the unit. */
export interface UnitProposalCounts {
  /** Sent to the standing office (any status after DRAFT other than RETURNED). */
  submitted: number;
  /** Of the sent ones: sent after the milestone's date. */
  late: number;
  /** Being written, never sent. */
  drafts: number;
  /** Returned by the office with a comment: to correct and send again. */
  returned: number;
}

export const NO_PROPOSALS: UnitProposalCounts = Object.freeze({ submitted: 0, late: 0, drafts: 0, returned: 0 });

/** Adds `n` proposals of a status to the counts (returns new counts). */
export function addProposals(c: UnitProposalCounts, status: AwardProposalStatus, isLate: boolean, n = 1): UnitProposalCounts {
  if (status === "DRAFT") return { ...c, drafts: c.drafts + n };
  if (status === "RETURNED") return { ...c, returned: c.returned + n };
  return { ...c, submitted: c.submitted + n, late: c.late + (isLate ? n : 0) };
}

export function countUnitProposals(groups: readonly { status: AwardProposalStatus; isLate: boolean; n: number }[]): UnitProposalCounts {
  return groups.reduce((c, g) => addProposals(c, g.status, g.isLate, g.n), NO_PROPOSALS);
}

export function totalProposals(c: UnitProposalCounts): number {
  return c.submitted + c.drafts + c.returned;
}

/** "2 hồ sơ đã gửi (1 trễ hạn), 1 đang soạn, 1 bị trả lại cần gửi lại"; null when the unit has none. */
export function unitProposalText(c: UnitProposalCounts): string | null {
  const parts: string[] = [];
  if (c.submitted) parts.push(`${c.submitted} hồ sơ đã gửi${c.late ? ` (${c.late} trễ hạn)` : ""}`);
  if (c.drafts) parts.push(`${c.drafts} đang soạn`);
  if (c.returned) parts.push(`${c.returned} bị trả lại cần gửi lại`);
  return parts.length ? parts.join(", ") : null;
}

export const OPTIONAL_PROPOSAL_TEXT = "Không bắt buộc: đơn vị đề nghị khi có tập thể, cá nhân đủ tiêu chuẩn.";

export type UnitProposalStatus = "NOT_OPEN" | "NO_PROPOSAL" | "DRAFT" | "RETURNED" | "PROPOSED";

export interface ObligationState<S extends string> {
  status: S;
  done: boolean;
  overdue: boolean;
  /** Nothing left to do and the date has passed: history, not a debt. */
  past: boolean;
}

/**
 * The unit's standing against an AWARD_PROPOSAL milestone. `dueAt`/`cutoffAt`: the unit's effective
 * instants; `opensAt`: when proposals are accepted from, if the plan says so.
 */
export function unitProposalState(
  c: UnitProposalCounts,
  w: { dueAt: Date; cutoffAt?: Date | null; opensAt?: Date | null },
  now: Date,
): ObligationState<UnitProposalStatus> {
  const t = now.getTime();
  const passed = t >= w.dueAt.getTime();
  const cutoffPassed = !!w.cutoffAt && t >= w.cutoffAt.getTime();
  const pending = c.drafts + c.returned;
  const notOpen = !!w.opensAt && t < w.opensAt.getTime() && totalProposals(c) === 0;
  const status: UnitProposalStatus = notOpen ? "NOT_OPEN" : c.returned ? "RETURNED" : c.drafts ? "DRAFT" : c.submitted ? "PROPOSED" : "NO_PROPOSAL";
  // Open until the date (the unit may propose more); then done if it sent proposals and has nothing pending.
  const done = passed && pending === 0 && c.submitted > 0;
  const overdue = passed && pending > 0 && !cutoffPassed;
  return { status, done, overdue, past: passed && !done && !overdue };
}

// ---------------------------------------------------------------- the council's review

export type ProposalStatusCounts = Partial<Record<AwardProposalStatus, number>>;

const n = (c: ProposalStatusCounts, ...s: AwardProposalStatus[]) => s.reduce((sum, k) => sum + (c[k] ?? 0), 0);

/** Proposals the council still has to consider: submitted, admitted, or on a session not closed yet. */
export function waitingForCouncil(c: ProposalStatusCounts): number {
  return n(c, "SUBMITTED", "ADMITTED", "SCHEDULED");
}

/** Proposals received by the standing office (sent and not returned). */
export function receivedProposals(c: ProposalStatusCounts): number {
  return n(c, "SUBMITTED", "ADMITTED", "SCHEDULED", "APPROVED", "REJECTED", "FORWARDED", "AWARDED");
}

/** Proposals a closed session has considered. */
export function consideredProposals(c: ProposalStatusCounts): number {
  return n(c, "APPROVED", "REJECTED", "FORWARDED", "AWARDED");
}

export type CouncilReviewStatus = "NO_PROPOSAL" | "REVIEW_PENDING" | "REVIEWED";

/** The office's standing against a COUNCIL_REVIEW milestone (`closedSessions`: sessions of the campaign closed). */
export function councilReviewState(c: ProposalStatusCounts, closedSessions: number, dueAt: Date, now: Date): ObligationState<CouncilReviewStatus> {
  const passed = now.getTime() >= dueAt.getTime();
  const reviewed = closedSessions > 0 && waitingForCouncil(c) === 0;
  if (reviewed) return { status: "REVIEWED", done: true, overdue: false, past: false };
  if (receivedProposals(c) === 0) return { status: "NO_PROPOSAL", done: false, overdue: false, past: passed };
  return { status: "REVIEW_PENDING", done: false, overdue: passed, past: false };
}

/** "3 hồ sơ chờ kiểm tra, 2 đủ điều kiện chưa đưa vào phiên họp, 3 đang xét tại phiên họp"; or what was considered. */
export function councilReviewText(c: ProposalStatusCounts, closedSessions: number): string {
  if (closedSessions > 0 && waitingForCouncil(c) === 0) {
    const k = consideredProposals(c);
    return k ? `Hội đồng đã xét ${k} đề nghị` : "Hội đồng đã họp xét, không còn hồ sơ chờ xét";
  }
  const parts: string[] = [];
  if (c.SUBMITTED) parts.push(`${c.SUBMITTED} hồ sơ chờ kiểm tra`);
  if (c.ADMITTED) parts.push(`${c.ADMITTED} đủ điều kiện chưa đưa vào phiên họp`);
  if (c.SCHEDULED) parts.push(`${c.SCHEDULED} đang xét tại phiên họp`);
  if (!parts.length) return "Chưa có hồ sơ đề nghị nào gửi đến";
  const k = consideredProposals(c);
  return parts.join(", ") + (k ? `; đã xét ${k}` : "");
}

// ---------------------------------------------------------------- award tasks

export type AwardTaskKind = "VOTE" | "REVIEW_SUBMITTED" | "SCHEDULE_ADMITTED" | "FORWARD_APPROVED" | "DECIDE_APPROVED";

const KIND_ORDER: Record<AwardTaskKind, number> = { VOTE: 0, REVIEW_SUBMITTED: 1, SCHEDULE_ADMITTED: 2, FORWARD_APPROVED: 3, DECIDE_APPROVED: 4 };

export interface AwardTask {
  /** Stable: kind + campaign or session. */
  key: string;
  kind: AwardTaskKind;
  /** What to do: "3 hồ sơ đề nghị khen thưởng chờ kiểm tra". */
  title: string;
  /** A second line (the session's date and place, attendance), or null. */
  detail: string | null;
  count: number;
  campaignId: string;
  campaignNumber: string;
  campaignTitle: string;
  /** The organisation the work is for (the campaign's issuing unit). */
  unitName: string;
  /** The council's review date of the campaign, for the office's tasks (else null). */
  dueAt: Date | null;
  /** A session's meeting time (VOTE), else null. */
  meetingAt: Date | null;
  href: string;
  actionLabel: string;
}

/** Proposals of one campaign in one status, as counted by the loader (campaigns of the user's offices). */
export interface ProposalGroupInput {
  campaignId: string;
  documentNumber: string;
  title: string;
  issuingUnit: { id: string; path: string; name: string };
  status: AwardProposalStatus;
  /** The award form belongs to the campaign's issuing unit (its head decides); else an ancestor's (to send up). */
  withinAuthority: boolean;
  n: number;
  /** The campaign's COUNCIL_REVIEW date, if any. */
  reviewDueAt: Date | null;
}

/** A session the user is convened to whose ballot is open. `voted` is null for a secret ballot: never counted per member. */
export interface VotingSessionInput {
  sessionId: string;
  title: string;
  meetingAt: Date;
  location: string | null;
  ballotMode: BallotMode;
  campaignId: string;
  campaignNumber: string;
  campaignTitle: string;
  organisationName: string;
  items: number;
  voted: number | null;
  present: boolean;
}

/** "dd/MM/yyyy HH:mm" in Vietnam time, passed in to keep this module free of formatting choices. */
type FormatDateTime = (d: Date) => string;

export function deriveAwardTasks(input: {
  roles: readonly ScopedRole[];
  proposals: readonly ProposalGroupInput[];
  sessions: readonly VotingSessionInput[];
  formatDateTime: FormatDateTime;
}): AwardTask[] {
  const out: AwardTask[] = [];
  for (const s of input.sessions) {
    const open = s.ballotMode === "OPEN" && s.voted !== null;
    // "Phiên họp “Xét khen thưởng đợt 1”", or the title itself when it already says "Phiên họp …".
    const name = /^phiên\s/i.test(s.title.trim()) ? s.title.trim() : `Phiên họp “${s.title.trim()}”`;
    const where = [`họp ${input.formatDateTime(s.meetingAt)}`, s.location].filter(Boolean).join(", ");
    out.push({
      key: `VOTE:${s.sessionId}`,
      kind: "VOTE",
      title: open ? `${name} đang biểu quyết: bạn đã biểu quyết ${s.voted}/${s.items} đề nghị` : `${name} đang biểu quyết`,
      detail: [open ? "Biểu quyết công khai" : "Bỏ phiếu kín", where, s.present ? null : "bạn chưa điểm danh có mặt"].filter(Boolean).join(" · "),
      count: s.items,
      campaignId: s.campaignId,
      campaignNumber: s.campaignNumber,
      campaignTitle: s.campaignTitle,
      unitName: s.organisationName,
      dueAt: null,
      meetingAt: s.meetingAt,
      href: `/council/sessions/${s.sessionId}`,
      actionLabel: open && s.voted === s.items ? "Xem phiếu của bạn" : "Vào phiên họp",
    });
  }

  // Sum the groups per campaign and task kind (a status may come in two groups: within / beyond authority).
  // Only the offices of the campaign's own organisation (role held on the issuing unit itself): the City's
  // office or leadership never handle a Sở's proposals before they are sent up.
  const sums = new Map<string, { g: ProposalGroupInput; kind: AwardTaskKind; n: number }>();
  for (const g of input.proposals) {
    const roles = input.roles.filter((r) => r.unitId === g.issuingUnit.id);
    let kind: AwardTaskKind | null = null;
    if (g.status === "SUBMITTED" && can(roles, "review:award", g.issuingUnit)) kind = "REVIEW_SUBMITTED";
    else if (g.status === "ADMITTED" && can(roles, "manage:council", g.issuingUnit)) kind = "SCHEDULE_ADMITTED";
    else if (g.status === "APPROVED" && !g.withinAuthority && can(roles, "forward:award", g.issuingUnit)) kind = "FORWARD_APPROVED";
    else if (g.status === "APPROVED" && g.withinAuthority && can(roles, "decide:award", g.issuingUnit)) kind = "DECIDE_APPROVED";
    if (!kind || g.n <= 0) continue;
    const key = `${kind}:${g.campaignId}`;
    const e = sums.get(key);
    if (e) e.n += g.n;
    else sums.set(key, { g, kind, n: g.n });
  }
  for (const [key, { g, kind, n: count }] of sums) {
    const base = `/campaigns/${g.campaignId}/awards`;
    const spec: Record<Exclude<AwardTaskKind, "VOTE">, { title: string; href: string; actionLabel: string }> = {
      REVIEW_SUBMITTED: { title: `${count} hồ sơ đề nghị khen thưởng chờ kiểm tra`, href: `${base}?status=SUBMITTED`, actionLabel: "Kiểm tra hồ sơ" },
      SCHEDULE_ADMITTED: { title: `${count} đề nghị đủ điều kiện chưa đưa vào phiên họp`, href: `${base}?status=ADMITTED`, actionLabel: "Xem đề nghị" },
      FORWARD_APPROVED: { title: `${count} đề nghị vượt thẩm quyền chờ trình cấp trên`, href: `${base}/forward`, actionLabel: "Trình cấp trên" },
      DECIDE_APPROVED: { title: `${count} đề nghị Hội đồng đã tán thành chờ quyết định khen thưởng`, href: `${base}/decisions/new`, actionLabel: "Ghi quyết định" },
    };
    const s = spec[kind as Exclude<AwardTaskKind, "VOTE">];
    out.push({
      key,
      kind,
      title: s.title,
      detail: null,
      count,
      campaignId: g.campaignId,
      campaignNumber: g.documentNumber,
      campaignTitle: g.title,
      unitName: g.issuingUnit.name,
      dueAt: kind === "REVIEW_SUBMITTED" || kind === "SCHEDULE_ADMITTED" ? g.reviewDueAt : null,
      meetingAt: null,
      href: s.href,
      actionLabel: s.actionLabel,
    });
  }
  return out.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.meetingAt?.getTime() ?? 0) - (b.meetingAt?.getTime() ?? 0) ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      compareVi(a.campaignNumber, b.campaignNumber) ||
      compareVi(a.title, b.title),
  );
}
