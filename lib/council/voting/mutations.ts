import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import { decide, type Outcome } from "@/lib/council/rules";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { OUTCOME_LABELS, VOTE_LABELS } from "@/lib/awards/labels";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import { getDb } from "@/lib/db/client";
import { outcomeReason, ruleOf } from "./rules";
import { VOTING_MESSAGES, type CastVotesInput, type SessionRefInput } from "./schemas";
import { castSecretVotes, type CastVotesResult } from "./secret-ballot";
import { assertVoting, votingTransaction, isBallotNotOpenError, lockBallot, lockMember, lockSession, type Actor } from "./tx";

export { VOTING_MESSAGES };
export { isBallotNotOpenError };

// ---------------------------------------------------------------- attendance

/** "Tôi có mặt": a convened member marks their attendance while the ballot is open (once; audited). */
export async function markPresent(actor: Actor, input: SessionRefInput): Promise<{ presentAt: Date; changed: boolean }> {
  return votingTransaction(async (tx) => {
    const s = await lockSession(tx, input.sessionId, "share");
    const m = s ? await lockMember(tx, input.sessionId, actor.id) : null;
    if (!s || !m) throw notFoundError();
    assertVoting(s.status);
    if (m.presentAt) return { presentAt: m.presentAt, changed: false };
    const presentAt = new Date();
    await tx.councilSessionMember.update({ where: { sessionId_userId: { sessionId: s.id, userId: actor.id } }, data: { presentAt } });
    await writeAudit(tx, actor.id, {
      action: "council-session.present",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      after: { userId: actor.id, presentAt },
      summary: `${actor.fullName} xác nhận có mặt tại phiên họp: ${s.title}`,
    });
    return { presentAt, changed: true };
  });
}

// ---------------------------------------------------------------- ballots

export type { CastVotesResult };

/**
 * A member's ballot for some or all items of a session: one vote per member and item, which the member
 * may change until the chair closes the ballot.
 *
 * Open ballot (public by design): one transaction stores each vote under voterKey = the member's id
 * (memberUserId set) and audits the choices.
 *
 * Secret ballot: see castSecretVotes — the record that the member voted and the votes themselves are
 * written by two separate transactions that share no row and no transaction id; the votes' rows keep
 * neither the order nor the ids in which they were cast.
 */
export async function castVotes(actor: Actor, input: CastVotesInput, ballotKey: string | null): Promise<CastVotesResult> {
  const db = await getDb();
  const mode = await db.councilSession.findUnique({ where: { id: input.sessionId }, select: { ballotMode: true } });
  if (!mode) throw notFoundError();
  if (mode.ballotMode === "OPEN") {
    const res = await castOpenVotes(actor, input);
    if (res) return res;
  }
  return castSecretVotes(actor, input, ballotKey);
}

/** The open ballot, in one transaction; null if the session turned out to be secret (its mode changed while a draft). */
async function castOpenVotes(actor: Actor, input: CastVotesInput): Promise<CastVotesResult | null> {
  return votingTransaction(async (tx) => {
    const s = await lockSession(tx, input.sessionId, "share");
    const m = s ? await lockMember(tx, input.sessionId, actor.id) : null;
    if (!s || !m) throw notFoundError();
    assertVoting(s.status);
    if (!m.presentAt) throw ruleError(VOTING_MESSAGES.notPresent);
    if (s.ballotMode !== "OPEN") return null;

    const itemIds = input.votes.map((v) => v.agendaItemId);
    const items = await tx.councilAgendaItem.findMany({
      where: { sessionId: s.id, id: { in: itemIds } },
      select: { id: true, proposalId: true, proposal: { select: { nomineeName: true } } },
    });
    // An item of another session (or none): nothing is written.
    if (items.length !== itemIds.length) throw notFoundError();

    const wanted = input.votes.map((v) => ({ ...v, voterKey: actor.id }));
    const existing = await tx.councilVote.findMany({
      where: { sessionId: s.id, voterKey: actor.id, agendaItemId: { in: itemIds } },
      select: { agendaItemId: true, choice: true },
    });
    const before = new Map(existing.map((e) => [e.agendaItemId, e.choice]));
    const fresh = wanted.filter((w) => !before.has(w.agendaItemId));
    const changed = wanted.filter((w) => before.has(w.agendaItemId) && before.get(w.agendaItemId) !== w.choice);

    if (fresh.length) {
      await tx.councilVote.createMany({
        data: fresh.map((w) => ({
          id: randomUUID(),
          sessionId: s.id,
          agendaItemId: w.agendaItemId,
          voterKey: w.voterKey,
          memberUserId: actor.id,
          choice: w.choice,
        })),
      });
    }
    for (const choice of ["AGREE", "DISAGREE", "ABSTAIN"] as const) {
      const group = changed.filter((w) => w.choice === choice);
      if (!group.length) continue;
      await tx.councilVote.updateMany({
        where: { sessionId: s.id, voterKey: actor.id, agendaItemId: { in: group.map((w) => w.agendaItemId) } },
        data: { choice },
      });
    }

    if (fresh.length || changed.length) {
      const nominee = new Map(items.map((i) => [i.id, { proposalId: i.proposalId, name: i.proposal.nomineeName }]));
      const list = [...fresh, ...changed].map((w) => ({
        agendaItemId: w.agendaItemId,
        proposalId: nominee.get(w.agendaItemId)!.proposalId,
        choice: w.choice,
        previous: before.get(w.agendaItemId) ?? null,
      }));
      const words = list.map(
        (v) => `${nominee.get(v.agendaItemId)!.name}: ${VOTE_LABELS[v.choice as VoteChoice]}${v.previous ? ` (trước: ${VOTE_LABELS[v.previous]})` : ""}`,
      );
      await writeAudit(tx, actor.id, {
        action: "council-session.vote",
        entityType: "CouncilSession",
        entityId: s.id,
        unitId: s.organisationUnitId,
        campaignId: s.campaignId,
        after: { votes: list },
        summary: `${actor.fullName} biểu quyết công khai (${list.length} đề nghị): ${words.join("; ")}`,
      });
    }
    return { created: fresh.length, changed: changed.length, unchanged: wanted.length - fresh.length - changed.length };
  });
}

// ---------------------------------------------------------------- close

export interface CloseResult {
  items: number;
  approved: number;
  rejected: number;
  noQuorum: number;
  invited: number;
  present: number;
}

/** A session whose chair is not on its convened list (data changed underneath): the chair cannot close it. */
export const CHAIR_NOT_CONVENED_MESSAGE =
  "Bạn là Chủ tịch phiên họp nhưng không có tên trong danh sách thành viên được triệu tập, nên không thể kết thúc biểu quyết. Đề nghị Thường trực Thi đua bổ sung Chủ tịch vào danh sách triệu tập.";

/**
 * The chair — who must also be a convened member of the session — closes the ballot: in one transaction the votes are counted per item (GROUP BY), each item's
 * award-form rule is applied to (convened, present, agree, disagree, abstain), the tally and outcome are
 * written once (the database refuses any later change), the proposals become APPROVED / REJECTED or go
 * back to ADMITTED when there was no quorum, the session is CLOSED, and the standing office and the
 * convened members are told.
 */
export async function closeBallot(actor: Actor, input: SessionRefInput): Promise<CloseResult> {
  return votingTransaction(async (tx) => {
    // Waits for any secret ballot being written (they do not lock the session row), then holds them off.
    await lockBallot(tx, input.sessionId);
    const s = await lockSession(tx, input.sessionId, "update");
    if (!s) throw notFoundError();
    if (s.chairUserId !== actor.id) {
      const convened = await tx.councilSessionMember.count({ where: { sessionId: s.id, userId: actor.id } });
      const org = await tx.unit.findUnique({ where: { id: s.organisationUnitId }, select: { id: true, path: true } });
      if (convened || (org && can(actor.roles, "manage:council", org))) throw new DomainError("FORBIDDEN", VOTING_MESSAGES.chairOnly);
      throw notFoundError();
    }
    const members = await tx.councilSessionMember.findMany({ where: { sessionId: s.id }, select: { userId: true, presentAt: true } });
    if (!members.some((m) => m.userId === actor.id)) throw new DomainError("FORBIDDEN", CHAIR_NOT_CONVENED_MESSAGE);
    assertVoting(s.status);

    const invited = members.length;
    const present = members.filter((m) => m.presentAt).length;
    const counts = await tx.$queryRaw<{ agendaItemId: string; choice: VoteChoice; n: number }[]>`
      SELECT v."agendaItemId", v."choice"::text AS "choice", count(*)::int AS "n"
      FROM "CouncilVote" v JOIN "CouncilAgendaItem" a ON a."id" = v."agendaItemId"
      WHERE a."sessionId" = ${s.id}
      GROUP BY v."agendaItemId", v."choice"`;
    const tallyOf = new Map<string, Record<VoteChoice, number>>();
    for (const c of counts) {
      const t = tallyOf.get(c.agendaItemId) ?? { AGREE: 0, DISAGREE: 0, ABSTAIN: 0 };
      t[c.choice] = c.n;
      tallyOf.set(c.agendaItemId, t);
    }
    const items = await tx.councilAgendaItem.findMany({
      where: { sessionId: s.id },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        id: true,
        proposalId: true,
        proposal: {
          select: {
            unitId: true,
            status: true,
            nomineeName: true,
            awardForm: {
              select: {
                name: true,
                quorumNumerator: true,
                quorumDenominator: true,
                quorumStrict: true,
                thresholdNumerator: true,
                thresholdDenominator: true,
                thresholdStrict: true,
                thresholdBase: true,
              },
            },
          },
        },
      },
    });

    const now = new Date();
    const results = items.map((item) => {
      const t = tallyOf.get(item.id) ?? { AGREE: 0, DISAGREE: 0, ABSTAIN: 0 };
      const tally = { invited, present, agree: t.AGREE, disagree: t.DISAGREE, abstain: t.ABSTAIN };
      const rule = ruleOf(item.proposal.awardForm);
      const { outcome } = decide(rule, tally);
      return { item, tally, outcome, reason: outcomeReason(rule, tally, outcome) };
    });

    if (results.length) {
      await tx.$executeRawUnsafe(
        `UPDATE "CouncilAgendaItem" AS a
         SET "invitedCount" = $2, "presentCount" = $3, "agreeCount" = u.agree, "disagreeCount" = u.disagree,
             "abstainCount" = u.abstain, "outcome" = u.outcome::"CouncilOutcome", "tallyFrozenAt" = $4::timestamptz
         FROM unnest($1::text[], $5::int[], $6::int[], $7::int[], $8::text[]) AS u(id, agree, disagree, abstain, outcome)
         WHERE a."id" = u.id AND a."sessionId" = $9 AND a."tallyFrozenAt" IS NULL`,
        results.map((r) => r.item.id),
        invited,
        present,
        now.toISOString(),
        results.map((r) => r.tally.agree),
        results.map((r) => r.tally.disagree),
        results.map((r) => r.tally.abstain),
        results.map((r) => r.outcome),
        s.id,
      );
    }
    const nextStatus = { APPROVED: "APPROVED", REJECTED: "REJECTED", NO_QUORUM: "ADMITTED" } as const;
    for (const outcome of ["APPROVED", "REJECTED", "NO_QUORUM"] as const) {
      const ids = results.filter((r) => r.outcome === outcome && r.item.proposal.status === "SCHEDULED").map((r) => r.item.proposalId);
      if (ids.length) {
        await tx.awardProposal.updateMany({ where: { id: { in: ids }, status: "SCHEDULED" }, data: { status: nextStatus[outcome], lockVersion: { increment: 1 }, updatedById: actor.id } });
      }
    }
    await tx.councilSession.update({
      where: { id: s.id },
      data: { status: "CLOSED", closedAt: now, closedById: actor.id, lockVersion: { increment: 1 } },
    });

    const n = (o: Outcome) => results.filter((r) => r.outcome === o).length;
    const summary = {
      items: results.length,
      approved: n("APPROVED"),
      rejected: n("REJECTED"),
      noQuorum: n("NO_QUORUM"),
      invited,
      present,
    };
    const headline = `${summary.approved} tán thành, ${summary.rejected} không tán thành${summary.noQuorum ? `, ${summary.noQuorum} không đủ số thành viên có mặt` : ""}`;
    await writeAudit(tx, actor.id, {
      action: "council-session.close",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnitId,
      campaignId: s.campaignId,
      before: { status: "VOTING" },
      after: {
        status: "CLOSED",
        invited,
        present,
        tally: results.map((r) => ({
          agendaItemId: r.item.id,
          proposalId: r.item.proposalId,
          nominee: r.item.proposal.nomineeName,
          agree: r.tally.agree,
          disagree: r.tally.disagree,
          abstain: r.tally.abstain,
          outcome: r.outcome,
        })),
      },
      summary: `Kết thúc biểu quyết phiên họp ${s.title}: có mặt ${present}/${invited} thành viên; ${results.length} đề nghị: ${headline}`,
    });
    // Each proposal's own history shows the council's outcome.
    if (results.length) {
      await tx.auditLog.createMany({
        data: results.map((r) => ({
          actorId: actor.id,
          action: "award-proposal.council-outcome",
          entityType: "AwardProposal",
          entityId: r.item.proposalId,
          unitId: r.item.proposal.unitId,
          campaignId: s.campaignId,
          before: { status: r.item.proposal.status },
          after: { status: r.item.proposal.status === "SCHEDULED" ? nextStatus[r.outcome] : r.item.proposal.status, outcome: r.outcome, sessionId: s.id, ...r.tally },
          summary: `Hội đồng TĐKT (${s.title}): ${OUTCOME_LABELS[r.outcome]} — ${r.reason}`.slice(0, 1000),
        })),
      });
    }
    await notifyReviewOutcome(tx, {
      unitId: s.organisationUnitId,
      roles: ["EMULATION_OFFICE"],
      extraUserIds: members.map((m) => m.userId),
      excludeUserId: actor.id,
      title: `Hội đồng đã kết thúc biểu quyết: ${s.title}`,
      lines: [`Có mặt ${present}/${invited} thành viên.`, `${results.length} đề nghị: ${headline}.`, "Xem kết quả từng đề nghị trên cổng."],
      link: `/council/sessions/${s.id}/results`,
      campaignId: s.campaignId,
    });
    return summary;
  });
}
