import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { ballotCheckOf, secretVoterKey, sessionBallotToken } from "@/lib/council/ballot-crypto";
import { decide, type Outcome } from "@/lib/council/rules";
import { getDb, type Tx } from "@/lib/db/client";
import type { BallotMode, CouncilSessionStatus, VoteChoice } from "@/lib/generated/prisma/enums";
import { OUTCOME_LABELS, VOTE_LABELS } from "@/lib/awards/labels";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import { outcomeReason, ruleOf } from "./rules";
import { VOTING_MESSAGES, type CastVotesInput, type SessionRefInput } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles" | "fullName">;

export { VOTING_MESSAGES };

/** The database's own guard (trigger on CouncilVote) refused a ballot on a session that is not VOTING. */
export function isBallotNotOpenError(err: unknown): boolean {
  return errorText(err).includes("COUNCIL_BALLOT_NOT_OPEN");
}

function errorText(err: unknown, depth = 0): string {
  if (!err || typeof err !== "object" || depth > 4) return String(err ?? "");
  const e = err as { message?: unknown; cause?: unknown; meta?: unknown };
  let out = typeof e.message === "string" ? e.message : "";
  try {
    if (e.meta) out += ` ${JSON.stringify(e.meta)}`;
  } catch {
    /* circular meta */
  }
  if (e.cause) out += ` ${errorText(e.cause, depth + 1)}`;
  return out;
}

const isUniqueViolation = (err: unknown) => typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";

async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await db.$transaction(fn, { timeout: 30_000 });
  } catch (err) {
    if (err instanceof DomainError) throw err;
    if (isBallotNotOpenError(err)) throw ruleError(VOTING_MESSAGES.closed);
    // Two submissions of the same member racing on a new ballot: the second one is told to retry.
    if (isUniqueViolation(err)) throw ruleError(VOTING_MESSAGES.busy);
    throw err;
  }
}

interface LockedSession {
  id: string;
  title: string;
  status: CouncilSessionStatus;
  ballotMode: BallotMode;
  organisationUnitId: string;
  campaignId: string;
  chairUserId: string;
}

/**
 * Reads the session row under a lock: FOR SHARE for a member's ballot (many members at once), FOR
 * UPDATE for the chair's close. A ballot that started before the close is counted; one that starts
 * after sees CLOSED.
 */
async function lockSession(tx: Tx, sessionId: string, mode: "share" | "update"): Promise<LockedSession | null> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<LockedSession[]>`
          SELECT "id", "title", "status"::text AS "status", "ballotMode"::text AS "ballotMode", "organisationUnitId", "campaignId", "chairUserId"
          FROM "CouncilSession" WHERE "id" = ${sessionId} FOR SHARE`
      : await tx.$queryRaw<LockedSession[]>`
          SELECT "id", "title", "status"::text AS "status", "ballotMode"::text AS "ballotMode", "organisationUnitId", "campaignId", "chairUserId"
          FROM "CouncilSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** The actor's own row of the session (being convened), locked so that one member's submissions queue. */
async function lockMember(tx: Tx, sessionId: string, userId: string) {
  const rows = await tx.$queryRaw<{ presentAt: Date | null; ballotCheck: string | null }[]>`
    SELECT "presentAt", "ballotCheck" FROM "CouncilSessionMember" WHERE "sessionId" = ${sessionId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}

function assertVoting(status: CouncilSessionStatus) {
  if (status === "CLOSED") throw ruleError(VOTING_MESSAGES.closed);
  if (status !== "VOTING") throw ruleError(VOTING_MESSAGES.notOpen);
}

// ---------------------------------------------------------------- attendance

/** "Tôi có mặt": a convened member marks their attendance while the ballot is open (once; audited). */
export async function markPresent(actor: Actor, input: SessionRefInput): Promise<{ presentAt: Date; changed: boolean }> {
  return inTransaction(async (tx) => {
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

export interface CastVotesResult {
  /** Items whose ballot was created or changed by this submission. */
  created: number;
  changed: number;
  unchanged: number;
}

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
  return inTransaction(async (tx) => {
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

/**
 * Serialises, per session, every transaction that rewrites its secret votes and the chair's close. A
 * transaction-scoped advisory lock lives only in the lock table while it is held: unlike SELECT … FOR
 * UPDATE / FOR SHARE it writes nothing into any row (a row lock stores the locker's transaction id in
 * the row's xmax, which would tie the vote transaction to that row).
 */
async function lockBallot(tx: Tx, sessionId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`council-ballot:${sessionId}`}::text))`;
}

/** The session's status read without a lock (a plain read leaves no trace in the row). */
async function statusOf(tx: Tx, sessionId: string): Promise<CouncilSessionStatus | null> {
  const rows = await tx.$queryRaw<{ status: CouncilSessionStatus }[]>`SELECT "status"::text AS "status" FROM "CouncilSession" WHERE "id" = ${sessionId}`;
  return rows[0]?.status ?? null;
}

/** Crypto-random Fisher–Yates shuffle. */
function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * The secret ballot (issue 10: "nobody, the administrator included, can tell how a member voted", even
 * someone who reads every table with its system columns).
 *
 * 0. Checks, with plain reads only (they leave no trace in any row): the session is voting, the member
 *    is convened and present, the items are the session's, the member's key matches the ballot check
 *    stored on their row (a changed key is refused).
 * 1. Transaction A — "this member voted", never what: on the member's first ballot of the session, sets
 *    the ballot check on their row (only while it is still empty) and writes the one audit row
 *    "ballot-received". Later ballots need no transaction A at all.
 * 2. Transaction B — the votes, in a different transaction that touches no row naming anyone: under
 *    the session's advisory lock it reads all the session's votes, puts the member's choices in place
 *    of their own rows (found by secretVoterKey), deletes every vote row of the session and inserts
 *    them all again with fresh random ids, in a crypto-random order, with ONE multi-row INSERT. After
 *    any ballot every vote row of the session therefore carries the same xmin and cmin (the last
 *    writer's) and a shuffled physical position: neither the transaction id nor the row order tells
 *    whose a row is or when it was cast. A ballot that changes nothing writes nothing. The only other
 *    trace of B is the key-share lock its foreign-key check leaves on the session's agenda items
 *    (their xmax), rows that name nobody.
 *
 * A before B: the key is checked (and a second ballot under a new key refused) before any vote is
 * written. If B fails (the chair closed the ballot in between, the database is gone), the member is told
 * and nothing about their choices was stored; submitting again skips A and retries B. The only
 * leftover is the "ballot received" record of a member whose first ballot arrived as the ballot closed.
 */
async function castSecretVotes(actor: Actor, input: CastVotesInput, ballotKey: string | null): Promise<CastVotesResult> {
  const db = await getDb();
  const s = await db.councilSession.findUnique({
    where: { id: input.sessionId },
    select: { id: true, title: true, status: true, organisationUnitId: true, campaignId: true },
  });
  const m = s ? await db.councilSessionMember.findUnique({ where: { sessionId_userId: { sessionId: s.id, userId: actor.id } }, select: { presentAt: true, ballotCheck: true } }) : null;
  if (!s || !m) throw notFoundError();
  assertVoting(s.status);
  if (!m.presentAt) throw ruleError(VOTING_MESSAGES.notPresent);

  const itemIds = input.votes.map((v) => v.agendaItemId);
  const found = await db.councilAgendaItem.count({ where: { sessionId: s.id, id: { in: itemIds } } });
  // An item of another session (or none): nothing is written.
  if (found !== itemIds.length) throw notFoundError();

  if (!ballotKey) throw ruleError(VOTING_MESSAGES.signInAgain);
  const token = sessionBallotToken(ballotKey, s.id);
  const check = ballotCheckOf(token);
  if (m.ballotCheck && m.ballotCheck !== check) throw ruleError(VOTING_MESSAGES.keyChanged);

  // ---- A: the record that this member voted (first ballot only).
  if (!m.ballotCheck) {
    await inTransaction(async (tx) => {
      await lockBallot(tx, s.id);
      assertVoting((await statusOf(tx, s.id)) ?? "CLOSED");
      const set = await tx.$executeRaw`
        UPDATE "CouncilSessionMember" SET "ballotCheck" = ${check}
        WHERE "sessionId" = ${s.id} AND "userId" = ${actor.id} AND "ballotCheck" IS NULL`;
      if (set === 0) {
        // Another window of the same member was first: its check must be this key's.
        const now = await tx.councilSessionMember.findUnique({ where: { sessionId_userId: { sessionId: s.id, userId: actor.id } }, select: { ballotCheck: true } });
        if (now?.ballotCheck !== check) throw ruleError(VOTING_MESSAGES.keyChanged);
        return;
      }
      await writeAudit(tx, actor.id, {
        action: "council-session.ballot-received",
        entityType: "CouncilSession",
        entityId: s.id,
        unitId: s.organisationUnitId,
        campaignId: s.campaignId,
        summary: `${actor.fullName} đã nhận phiếu bầu kín của phiên họp: ${s.title}`,
      });
    });
  }

  // ---- B: the votes, in another transaction touching no row that names anyone.
  const wanted = input.votes.map((v) => ({ agendaItemId: v.agendaItemId, voterKey: secretVoterKey(token, v.agendaItemId), choice: v.choice as VoteChoice }));
  return inTransaction(async (tx) => {
    await lockBallot(tx, s.id);
    // Read after the lock: a close that committed meanwhile is seen (READ COMMITTED, new snapshot per statement).
    assertVoting((await statusOf(tx, s.id)) ?? "CLOSED");
    const current = await tx.$queryRaw<{ agendaItemId: string; voterKey: string; choice: VoteChoice }[]>`
      SELECT "agendaItemId", "voterKey", "choice"::text AS "choice" FROM "CouncilVote" WHERE "sessionId" = ${s.id}`;
    const rows = new Map(current.map((r) => [`${r.agendaItemId} ${r.voterKey}`, r]));
    let created = 0;
    let changed = 0;
    for (const w of wanted) {
      const k = `${w.agendaItemId} ${w.voterKey}`;
      const prev = rows.get(k);
      if (!prev) {
        created++;
        rows.set(k, w);
      } else if (prev.choice !== w.choice) {
        changed++;
        rows.set(k, { ...prev, choice: w.choice });
      }
    }
    const result = { created, changed, unchanged: wanted.length - created - changed };
    if (!created && !changed) return result;

    const all = shuffled([...rows.values()]);
    await tx.$executeRaw`DELETE FROM "CouncilVote" WHERE "sessionId" = ${s.id}`;
    // One statement: every row gets this transaction's xmin and the same cmin; the shuffled order is
    // the insertion order (WITH ORDINALITY … ORDER BY), hence the rows' physical order.
    await tx.$executeRawUnsafe(
      `INSERT INTO "CouncilVote" ("id", "sessionId", "agendaItemId", "voterKey", "memberUserId", "choice")
       SELECT u.id::uuid, $1, u.item, u.key, NULL, u.choice::"VoteChoice"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(id, item, key, choice, n)
       ORDER BY u.n`,
      s.id,
      all.map(() => randomUUID()),
      all.map((r) => r.agendaItemId),
      all.map((r) => r.voterKey),
      all.map((r) => r.choice),
    );
    return result;
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

/**
 * The chair closes the ballot: in one transaction the votes are counted per item (GROUP BY), each item's
 * award-form rule is applied to (convened, present, agree, disagree, abstain), the tally and outcome are
 * written once (the database refuses any later change), the proposals become APPROVED / REJECTED or go
 * back to ADMITTED when there was no quorum, the session is CLOSED, and the standing office and the
 * convened members are told.
 */
export async function closeBallot(actor: Actor, input: SessionRefInput): Promise<CloseResult> {
  return inTransaction(async (tx) => {
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
    assertVoting(s.status);

    const members = await tx.councilSessionMember.findMany({ where: { sessionId: s.id }, select: { userId: true, presentAt: true } });
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
