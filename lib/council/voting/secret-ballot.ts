import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { ballotCheckOf, secretVoterKey, sessionBallotToken } from "@/lib/council/ballot-crypto";
import { getDb } from "@/lib/db/client";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { VOTING_MESSAGES, type CastVotesInput } from "./schemas";
import { assertVoting, votingTransaction, lockBallot, statusOf, type Actor } from "./tx";

export interface CastVotesResult {
  /** Items whose ballot was created or changed by this submission. */
  created: number;
  changed: number;
  unchanged: number;
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
export async function castSecretVotes(actor: Actor, input: CastVotesInput, ballotKey: string | null): Promise<CastVotesResult> {
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
    await votingTransaction(async (tx) => {
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
  return votingTransaction(async (tx) => {
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
