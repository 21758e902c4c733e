import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { deriveBallotKey, secretVoterKey, sessionBallotToken } from "../../lib/council/ballot-crypto";
import { castVotesAction, closeBallotAction, markPresentAction } from "../../lib/council/voting/actions";
import { castVotes } from "../../lib/council/voting/mutations";
import { getBallotView } from "../../lib/council/voting/queries";
import type { VoteChoice } from "../../lib/generated/prisma/enums";
import { actAs, db, TEST_PASSWORD } from "../helpers/factories";
import { makeVotingSession } from "../helpers/council-fixtures";
import { testState } from "../helpers/state";

/**
 * Issue 10: "nobody, the administrator included, can tell how a member voted" — tested against a raw
 * read of every table of the schema with its system columns (xmin, xmax, ctid, cmin), as someone who
 * can read the database would do it.
 */

type User = { id: string; fullName: string };

/** A VOTING secret-ballot session of the department: `size` convened members (the leader chairs), `items` proposals. */
const secretSession = (opts: { size: number; items: number }) => makeVotingSession({ mode: "SECRET", ...opts });

const keys = new Map<string, string>();
const keyOf = (u: { id: string }) => {
  if (!keys.has(u.id)) keys.set(u.id, deriveBallotKey(TEST_PASSWORD, u.id));
  return keys.get(u.id)!;
};
const actor = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/** The member votes through the server action, with their key from the (test) session cookie. */
async function vote(u: User, sessionId: string, votes: Record<string, VoteChoice>) {
  await actAs(u);
  testState.ballotKey = keyOf(u);
  const res = await castVotesAction({ sessionId, votes: Object.entries(votes).map(([agendaItemId, choice]) => ({ agendaItemId, choice })) });
  expect(res).toMatchObject({ ok: true });
  return res;
}

interface RawRow {
  table: string;
  xmin: string;
  xmax: string;
  ctid: string;
  cmin: string;
  /** The whole row as JSON text. */
  text: string;
  row: Record<string, unknown>;
}

/** Every row of every table of the schema, with its system columns. */
async function readEverything(): Promise<RawRow[]> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(["AuditLog", "CouncilSessionMember", "CouncilVote", "User"]));
  const out: RawRow[] = [];
  for (const { tablename } of tables) {
    const rows = await db().$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT xmin::text AS "sys$xmin", xmax::text AS "sys$xmax", ctid::text AS "sys$ctid", cmin::text AS "sys$cmin", to_jsonb(t)::text AS "sys$row", t.* FROM "${tablename}" t`,
    );
    for (const r of rows) {
      const row = Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("sys$")));
      out.push({ table: tablename, xmin: String(r.sys$xmin), xmax: String(r.sys$xmax), ctid: String(r.sys$ctid), cmin: String(r.sys$cmin), text: String(r.sys$row), row });
    }
  }
  return out;
}

/** Vote rows of one item in their physical order. */
async function physicalOrder(agendaItemId: string) {
  const rows = await db().$queryRaw<{ id: string; voterKey: string; ctid: string }[]>`
    SELECT "id"::text AS "id", "voterKey", ctid::text AS "ctid" FROM "CouncilVote" WHERE "agendaItemId" = ${agendaItemId}`;
  const pos = (ctid: string) => ctid.replace(/[()]/g, "").split(",").map(Number);
  return rows.sort((a, b) => {
    const [pa, ia] = pos(a.ctid);
    const [pb, ib] = pos(b.ctid);
    return pa - pb || ia - ib;
  });
}

const tallyOf = (choices: VoteChoice[]) => ({
  agree: choices.filter((c) => c === "AGREE").length,
  disagree: choices.filter((c) => c === "DISAGREE").length,
  abstain: choices.filter((c) => c === "ABSTAIN").length,
});

describe("secret ballot: nothing in the database links a member to their votes", () => {
  it("after several members vote and some change their votes, a raw read of every table (system columns included) cannot tie a vote to a member", async () => {
    const { members, session, items } = await secretSession({ size: 6, items: 3 });
    const [i0, i1, i2] = items.map((i) => i.id);
    for (const m of members) {
      await actAs(m);
      expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: true });
    }

    // What each member's ballot finally says (member id → item → choice).
    const expected = new Map<string, Record<string, VoteChoice>>();
    const cast = async (m: User, votes: Record<string, VoteChoice>) => {
      await vote(m, session.id, votes);
      expected.set(m.id, { ...expected.get(m.id), ...votes });
    };
    await cast(members[0], { [i0]: "AGREE", [i1]: "AGREE", [i2]: "DISAGREE" });
    await cast(members[1], { [i0]: "DISAGREE", [i1]: "AGREE", [i2]: "ABSTAIN" });
    await cast(members[2], { [i0]: "AGREE", [i1]: "DISAGREE", [i2]: "AGREE" });
    await cast(members[3], { [i0]: "ABSTAIN", [i1]: "AGREE", [i2]: "AGREE" });
    await cast(members[4], { [i0]: "AGREE", [i1]: "AGREE", [i2]: "AGREE" });
    await cast(members[5], { [i0]: "DISAGREE", [i1]: "DISAGREE" }); // leaves the third item blank for now
    // Changes: two members change their minds, one fills in the item they had left blank, one sends the same ballot again.
    await cast(members[1], { [i0]: "AGREE", [i1]: "AGREE", [i2]: "DISAGREE" });
    await cast(members[3], { [i2]: "DISAGREE" });
    await cast(members[5], { [i0]: "DISAGREE", [i1]: "DISAGREE", [i2]: "ABSTAIN" });
    await cast(members[2], { [i0]: "AGREE", [i1]: "DISAGREE", [i2]: "AGREE" });
    await cast(members[1], { [i1]: "DISAGREE" });

    const check = async () => {
      const everything = await readEverything();
      const votes = everything.filter((r) => r.table === "CouncilVote");
      const others = everything.filter((r) => r.table !== "CouncilVote");
      expect(votes).toHaveLength(members.length * items.length);

      // Rows that name a member: their id or their name anywhere in the row (AuditLog, CouncilSessionMember,
      // User, RoleAssignment, CouncilSession's chair, notifications…).
      const names = members.flatMap((m) => [m.id, m.fullName]);
      const naming = others.filter((r) => names.some((n) => r.text.includes(n)));
      expect(naming.some((r) => r.table === "AuditLog")).toBe(true);
      expect(naming.some((r) => r.table === "CouncilSessionMember")).toBe(true);
      const namingXids = new Set(naming.flatMap((r) => [r.xmin, r.xmax]).filter((x) => x !== "0"));
      for (const v of votes) expect(namingXids.has(v.xmin)).toBe(false);
      // Stronger: the transaction that wrote the votes wrote no other row in any table; the only other
      // trace of it is the key-share lock its INSERT's foreign-key check takes on the session's agenda
      // items (xmax), rows that name nobody.
      const voteXids = new Set(votes.map((v) => v.xmin));
      expect(others.filter((r) => voteXids.has(r.xmin))).toEqual([]);
      for (const r of others.filter((o) => voteXids.has(o.xmax))) {
        expect(r.table).toBe("CouncilAgendaItem");
        expect(r.row.sessionId).toBe(session.id);
      }

      // All vote rows of one item (indeed of the session) were written by one statement of one transaction.
      for (const it of items) {
        const mine = votes.filter((v) => v.row.agendaItemId === it.id);
        expect(new Set(mine.map((v) => v.xmin)).size).toBe(1);
        expect(new Set(mine.map((v) => v.cmin)).size).toBe(1);
      }
      expect(new Set(votes.map((v) => `${v.xmin}/${v.cmin}`)).size).toBe(1);
      expect(new Set(votes.map((v) => v.xmax))).toEqual(new Set(["0"]));

      // No vote row holds a user id, a name or a time.
      for (const v of votes) {
        expect(Object.keys(v.row).sort()).toEqual(["agendaItemId", "choice", "id", "memberUserId", "sessionId", "voterKey"]);
        expect(v.row.memberUserId).toBeNull();
        for (const n of names) expect(v.text).not.toContain(n);
        for (const value of Object.values(v.row)) {
          expect(value instanceof Date).toBe(false);
          expect(String(value)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
      }

      // The query from the issue, and the same with the members' rows, find nothing.
      expect(await db().$queryRawUnsafe(`SELECT a."actorId", v."choice"::text FROM "CouncilVote" v JOIN "AuditLog" a ON a.xmin = v.xmin`)).toEqual([]);
      expect(
        await db().$queryRawUnsafe(
          `SELECT m."userId", v."choice"::text FROM "CouncilVote" v JOIN "CouncilSessionMember" m ON m.xmin = v.xmin OR m.xmax::text = v.xmin::text`,
        ),
      ).toEqual([]);
      return votes;
    };

    await check();

    // Each member still sees their own votes, recomputed from their key alone.
    for (const m of members) {
      const view = await getBallotView(await actor(m), session.id, keyOf(m));
      expect(view.keyState).toBe("OK");
      expect(view.myVotes).toEqual(expected.get(m.id));
    }

    // The chair closes: the tally counts every member's last choice.
    await actAs(members[0]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true });
    const after = await db().councilAgendaItem.findMany({ where: { sessionId: session.id }, orderBy: { sortOrder: "asc" } });
    expect(after.map((a) => ({ agree: a.agreeCount, disagree: a.disagreeCount, abstain: a.abstainCount }))).toEqual(
      items.map((it) => tallyOf(members.map((m) => expected.get(m.id)![it.id]))),
    );
    expect(after.map((a) => a.agreeCount)).toEqual([4, 3, 2]);

    // Still unlinkable after the close wrote its own rows (tallies, audit, notifications).
    await check();
    for (const m of members) expect((await getBallotView(await actor(m), session.id, keyOf(m))).myVotes).toEqual(expected.get(m.id));
  });

  it("stores the votes in an order unrelated to the order in which members voted, under fresh ids at every ballot", async () => {
    const { members, session, items } = await secretSession({ size: 7, items: 1 });
    const item = items[0].id;
    await db().councilSessionMember.updateMany({ where: { sessionId: session.id }, data: { presentAt: new Date() } });
    const whoseKey = new Map(members.map((m, i) => [secretVoterKey(sessionBallotToken(keyOf(m), session.id), item), i]));

    const orders: number[][] = [];
    let previousIds = new Set<string>();
    for (const m of members) {
      await castVotes(await actor(m), { sessionId: session.id, votes: [{ agendaItemId: item, choice: "AGREE" }] }, keyOf(m));
      const rows = await physicalOrder(item);
      orders.push(rows.map((r) => whoseKey.get(r.voterKey)!));
      // Every row is new: no id survives a ballot, so no id can be followed from one ballot to the next.
      for (const r of rows) expect(previousIds.has(r.id)).toBe(false);
      previousIds = new Set(rows.map((r) => r.id));
    }
    // Voting order is 0, 1, 2, …: with 3 to 7 rows stored in a random order, all five orders matching it
    // by chance has a probability of about 1 in 2.5 × 10^9.
    const votingOrder = (n: number) => Array.from({ length: n }, (_, i) => i);
    const big = orders.filter((o) => o.length >= 3);
    expect(big.every((o) => JSON.stringify(o) === JSON.stringify(votingOrder(o.length)))).toBe(false);
    expect(orders.at(-1)!.slice().sort()).toEqual(votingOrder(members.length));
  });

  it("gives a member's audit trail only that they were present and received a ballot, never a choice or an item", async () => {
    const { members, session, items, proposals } = await secretSession({ size: 3, items: 2 });
    const m = members[1];
    await actAs(m);
    expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: true });
    await vote(m, session.id, { [items[0].id]: "AGREE", [items[1].id]: "DISAGREE" });
    await vote(m, session.id, { [items[0].id]: "ABSTAIN" });
    await vote(m, session.id, { [items[0].id]: "ABSTAIN", [items[1].id]: "AGREE" });

    const trail = await db().auditLog.findMany({ where: { actorId: m.id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["council-session.present", "council-session.ballot-received"]);
    const received = trail[1];
    expect(received).toMatchObject({ entityType: "CouncilSession", entityId: session.id, before: null, after: null });
    expect(received.summary).toBe(`${m.fullName} đã nhận phiếu bầu kín của phiên họp: ${session.title}`);
    const votes = await db().councilVote.findMany({ where: { sessionId: session.id } });
    for (const a of trail) {
      const text = JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
      expect(text).not.toMatch(/Đồng ý|Không đồng ý|Không biểu quyết|AGREE|DISAGREE|ABSTAIN/);
      for (const id of [...items.map((i) => i.id), ...proposals.map((p) => p.id), ...proposals.map((p) => p.nomineeName), ...votes.map((v) => v.voterKey)]) {
        expect(text).not.toContain(id);
      }
    }
    // The record that the member voted and the votes were written by different transactions.
    expect(await db().$queryRawUnsafe(`SELECT 1 FROM "CouncilVote" v JOIN "AuditLog" a ON a.xmin = v.xmin`)).toEqual([]);
  });

  it("writes nothing at all when a member sends the same ballot again", async () => {
    const { members, session, items } = await secretSession({ size: 3, items: 2 });
    await db().councilSessionMember.updateMany({ where: { sessionId: session.id }, data: { presentAt: new Date() } });
    const ballot = { [items[0].id]: "AGREE", [items[1].id]: "DISAGREE" } as const;
    await vote(members[1], session.id, ballot);
    await vote(members[2], session.id, ballot);
    const before = await readEverything();
    // castVotes itself (the server action's sign-in check may record the request on the user's session row).
    const again = await castVotes(await actor(members[1]), { sessionId: session.id, votes: Object.entries(ballot).map(([agendaItemId, choice]) => ({ agendaItemId, choice })) }, keyOf(members[1]));
    expect(again).toEqual({ created: 0, changed: 0, unchanged: 2 });
    const after = await readEverything();
    const sys = (rows: RawRow[]) => rows.map((r) => `${r.table} ${r.xmin} ${r.xmax} ${r.ctid} ${r.text}`).sort();
    expect(sys(after)).toEqual(sys(before));
  });

  it("loses no ballot when members vote at the same moment, and a member's two windows at once make one ballot", async () => {
    const { members, session, items } = await secretSession({ size: 6, items: 2 });
    await db().councilSessionMember.updateMany({ where: { sessionId: session.id }, data: { presentAt: new Date() } });
    const all = (choice: VoteChoice) => items.map((i) => ({ agendaItemId: i.id, choice }));
    const actors = await Promise.all(members.map(actor));
    const results = await Promise.all(members.slice(0, 5).map((m, k) => castVotes(actors[k], { sessionId: session.id, votes: all("AGREE") }, keyOf(m))));
    expect(results.every((r) => r.created === 2)).toBe(true);

    // The last member submits from two windows at once, for the first time.
    const last = members[5];
    const two = await Promise.all([
      castVotes(actors[5], { sessionId: session.id, votes: all("DISAGREE") }, keyOf(last)),
      castVotes(actors[5], { sessionId: session.id, votes: all("ABSTAIN") }, keyOf(last)),
    ]);
    expect(two.map((r) => r.created).sort()).toEqual([0, 2]);
    expect(await db().auditLog.count({ where: { action: "council-session.ballot-received", entityId: session.id } })).toBe(6);
    const votes = await db().councilVote.findMany({ where: { sessionId: session.id } });
    expect(votes).toHaveLength(12);
    const mine = Object.values((await getBallotView(actors[5], session.id, keyOf(last))).myVotes);
    expect(mine).toHaveLength(2);
    expect(new Set(mine).size).toBe(1);
    expect(["DISAGREE", "ABSTAIN"]).toContain(mine[0]);
    for (const it of items) expect(votes.filter((v) => v.agendaItemId === it.id && v.choice === "AGREE")).toHaveLength(5);
  });
});

describe("secret ballot: cost of rewriting a session's votes at every ballot", () => {
  it.each([50, 200])("one member's ballot on %i items with 25 members convened (the other 24 have voted) takes acceptable time", async (n) => {
    const { members, session, items } = await secretSession({ size: 25, items: n });
    await db().councilSessionMember.updateMany({ where: { sessionId: session.id }, data: { presentAt: new Date() } });
    // The other 24 members' ballots, stored directly (their keys are random here).
    const choices: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];
    await db().councilVote.createMany({
      data: members.slice(1).flatMap((_, k) =>
        items.map((it, j) => ({ id: randomUUID(), sessionId: session.id, agendaItemId: it.id, voterKey: randomBytes(32).toString("hex"), choice: choices[(j + k) % 3] })),
      ),
    });
    const chair = await actor(members[0]);
    const key = keyOf(members[0]);

    let t = performance.now();
    const first = await castVotes(chair, { sessionId: session.id, votes: items.map((it) => ({ agendaItemId: it.id, choice: "AGREE" as const })) }, key);
    const firstMs = performance.now() - t;
    expect(first).toEqual({ created: n, changed: 0, unchanged: 0 });

    t = performance.now();
    const change = await castVotes(chair, { sessionId: session.id, votes: items.map((it, j) => ({ agendaItemId: it.id, choice: j % 2 ? ("DISAGREE" as const) : ("AGREE" as const) })) }, key);
    const changeMs = performance.now() - t;
    expect(change).toEqual({ created: 0, changed: Math.floor(n / 2), unchanged: Math.ceil(n / 2) });

    const rows = await db().$queryRaw<{ xmins: number; n: number }[]>`
      SELECT count(DISTINCT xmin::text)::int AS "xmins", count(*)::int AS "n" FROM "CouncilVote" WHERE "sessionId" = ${session.id}`;
    expect(rows[0]).toEqual({ xmins: 1, n: n * 25 });
    console.info(`secret ballot, ${n} items × 25 members (${n * 25} rows rewritten): first ballot ${firstMs.toFixed(0)} ms, changed ballot ${changeMs.toFixed(0)} ms`);
    expect(firstMs).toBeLessThan(15_000);
    expect(changeMs).toBeLessThan(15_000);
  }, 120_000);
});
