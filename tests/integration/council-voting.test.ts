import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { deriveBallotKey } from "../../lib/council/ballot-crypto";
import { castVotesAction, closeBallotAction, markPresentAction } from "../../lib/council/voting/actions";
import { castVotes, CHAIR_NOT_CONVENED_MESSAGE, isBallotNotOpenError, VOTING_MESSAGES } from "../../lib/council/voting/mutations";
import { getBallotView, getResultsView, listMySessions } from "../../lib/council/voting/queries";
import { actAs, db, makeOrganisation, makeUser, TEST_PASSWORD } from "../helpers/factories";
import { makeVotingForm, makeVotingSession } from "../helpers/council-fixtures";
import { testState } from "../helpers/state";

const makeForm = makeVotingForm;
const setup = makeVotingSession;

async function present(sessionId: string, users: { id: string }[]) {
  await db().councilSessionMember.updateMany({ where: { sessionId, userId: { in: users.map((u) => u.id) } }, data: { presentAt: new Date() } });
}

const actor = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const keyOf = (u: { id: string }, password = TEST_PASSWORD) => deriveBallotKey(password, u.id);

async function rawError(sql: string, ...params: unknown[]): Promise<string> {
  try {
    await db().$executeRawUnsafe(sql, ...params);
  } catch (err) {
    return `${(err as Error).message} ${JSON.stringify((err as { meta?: unknown }).meta ?? {})} ${String((err as { cause?: Error }).cause?.message ?? "")}`;
  }
  return "no error";
}

describe("open ballot: a convened member marks present and votes", () => {
  it("marks present once (audited), then votes; voting twice is one ballot per item whose choice changes", async () => {
    const org = await makeOrganisation();
    const { session, items, members } = await setup({ org, forms: [await makeForm(org), await makeForm(org)] });
    const member = members[1];
    await actAs(member);

    expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: true });
    expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: true, message: "Bạn đã xác nhận có mặt trước đó." });
    expect(await db().auditLog.count({ where: { action: "council-session.present", entityId: session.id, actorId: member.id } })).toBe(1);

    const first = await castVotesAction({
      sessionId: session.id,
      votes: [
        { agendaItemId: items[0].id, choice: "AGREE" },
        { agendaItemId: items[1].id, choice: "ABSTAIN" },
      ],
    });
    expect(first).toMatchObject({ ok: true, data: { created: 2, changed: 0 } });
    const second = await castVotesAction({
      sessionId: session.id,
      votes: [
        { agendaItemId: items[0].id, choice: "DISAGREE" },
        { agendaItemId: items[1].id, choice: "ABSTAIN" },
      ],
    });
    expect(second).toMatchObject({ ok: true, data: { created: 0, changed: 1, unchanged: 1 } });

    const votes = await db().councilVote.findMany({ where: { sessionId: session.id }, orderBy: { agendaItemId: "asc" } });
    expect(votes).toHaveLength(2);
    expect(votes.find((v) => v.agendaItemId === items[0].id)).toMatchObject({ voterKey: member.id, memberUserId: member.id, choice: "DISAGREE" });
    expect(votes.find((v) => v.agendaItemId === items[1].id)).toMatchObject({ choice: "ABSTAIN" });

    const audits = await db().auditLog.findMany({ where: { action: "council-session.vote", entityId: session.id }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1].summary).toContain("Không đồng ý (trước: Đồng ý)");

    // The member's page shows their own votes; the chair's counts are not theirs to see.
    const view = await getBallotView(await actor(member), session.id, null);
    expect(view.myVotes).toEqual({ [items[0].id]: "DISAGREE", [items[1].id]: "ABSTAIN" });
    expect(view.ballotsCast).toBeNull();
    expect(view.me?.presentAt).toBeInstanceOf(Date);
  });

  it("refuses a vote before the member has marked present, and writes nothing", async () => {
    const { session, items, members } = await setup();
    await actAs(members[1]);
    const res = await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] });
    expect(res).toMatchObject({ ok: false, code: "RULE", error: VOTING_MESSAGES.notPresent });
    expect(await db().councilVote.count()).toBe(0);
  });

  it("refuses a council member of the organisation who was not convened to the session (not found)", async () => {
    const { org, session, items } = await setup();
    const notConvened = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }] });
    await actAs(notConvened);
    expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getBallotView(await actor(notConvened), session.id, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().councilVote.count()).toBe(0);
  });

  it("refuses a non-member: a user of another unit gets not found for the ballot, the page and the results", async () => {
    const { org, session, items } = await setup();
    await actAs(org.otherOffice);
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getBallotView(await actor(org.otherOffice), session.id, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getResultsView(await actor(org.otherOffice), session.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await actAs(org.headB);
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().councilVote.count()).toBe(0);
  });

  it("refuses an agenda item of another session, writing none of the submission", async () => {
    const org = await makeOrganisation();
    const a = await setup({ org });
    const b = await setup({ org });
    await present(a.session.id, [a.members[1]]);
    await actAs(a.members[1]);
    const res = await castVotesAction({
      sessionId: a.session.id,
      votes: [
        { agendaItemId: a.items[0].id, choice: "AGREE" },
        { agendaItemId: b.items[0].id, choice: "AGREE" },
      ],
    });
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().councilVote.count()).toBe(0);
  });

  it("refuses bad input: no choice, an unknown choice, the same item twice", async () => {
    const { session, items, members } = await setup();
    await present(session.id, [members[1]]);
    await actAs(members[1]);
    expect(await castVotesAction({ sessionId: session.id, votes: [] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "MAYBE" }] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(
      await castVotesAction({
        sessionId: session.id,
        votes: [
          { agendaItemId: items[0].id, choice: "AGREE" },
          { agendaItemId: items[0].id, choice: "DISAGREE" },
        ],
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("after the chair closes the ballot", () => {
  it("refuses votes and attendance through the portal, and the database refuses raw inserts, updates and deletes", async () => {
    const { session, items, members } = await setup();
    await present(session.id, members.slice(0, 4));
    await actAs(members[1]);
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] })).toMatchObject({ ok: true });
    await actAs(members[0]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true });

    await actAs(members[1]);
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "DISAGREE" }] })).toMatchObject({
      ok: false,
      error: "Phiên biểu quyết đã kết thúc.",
    });
    await actAs(members[4]);
    expect(await markPresentAction({ sessionId: session.id })).toMatchObject({ ok: false, error: "Phiên biểu quyết đã kết thúc." });

    const insert = await rawError(
      `INSERT INTO "CouncilVote" ("id", "sessionId", "agendaItemId", "voterKey", "memberUserId", "choice") VALUES (gen_random_uuid(), $1, $2, $3, $4, 'AGREE')`,
      session.id,
      items[0].id,
      members[2].id,
      members[2].id,
    );
    expect(insert).toContain("COUNCIL_BALLOT_NOT_OPEN");
    expect(await rawError(`UPDATE "CouncilVote" SET "choice" = 'DISAGREE' WHERE "sessionId" = $1`, session.id)).toContain("COUNCIL_BALLOT_NOT_OPEN");
    expect(await rawError(`DELETE FROM "CouncilVote" WHERE "sessionId" = $1`, session.id)).toContain("COUNCIL_BALLOT_NOT_OPEN");
    expect(await db().councilVote.findMany({ where: { sessionId: session.id } })).toMatchObject([{ choice: "AGREE" }]);
  });

  it("maps the database's own refusal (COUNCIL_BALLOT_NOT_OPEN) to 'Phiên biểu quyết đã kết thúc.'", async () => {
    const { session, items, members } = await setup();
    await db().councilSession.update({ where: { id: session.id }, data: { status: "CLOSED", closedAt: new Date() } });
    let caught: unknown;
    try {
      await db().councilVote.create({ data: { id: crypto.randomUUID(), sessionId: session.id, agendaItemId: items[0].id, voterKey: members[1].id, choice: "AGREE" } });
    } catch (err) {
      caught = err;
    }
    expect(isBallotNotOpenError(caught)).toBe(true);
    expect(isBallotNotOpenError(new Error("something else"))).toBe(false);
  });

  it("keeps the tally: a raw UPDATE of the counts or the outcome is refused, and the session cannot reopen", async () => {
    const { session, items, members } = await setup();
    await present(session.id, members);
    await actAs(members[0]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true });
    const frozen = await db().councilAgendaItem.findUniqueOrThrow({ where: { id: items[0].id } });
    expect(frozen.tallyFrozenAt).toBeInstanceOf(Date);

    expect(await rawError(`UPDATE "CouncilAgendaItem" SET "agreeCount" = 99 WHERE "id" = $1`, items[0].id)).toContain("COUNCIL_TALLY_FROZEN");
    expect(await rawError(`UPDATE "CouncilAgendaItem" SET "outcome" = 'APPROVED' WHERE "id" = $1`, items[0].id)).toContain("COUNCIL_TALLY_FROZEN");
    expect(await rawError(`UPDATE "CouncilAgendaItem" SET "tallyFrozenAt" = NULL WHERE "id" = $1`, items[0].id)).toContain("COUNCIL_TALLY_FROZEN");
    expect(await rawError(`UPDATE "CouncilSession" SET "status" = 'VOTING' WHERE "id" = $1`, session.id)).toContain("COUNCIL_SESSION_CLOSED");
    expect(await db().councilAgendaItem.findUniqueOrThrow({ where: { id: items[0].id } })).toEqual(frozen);

    // Closing twice is refused too.
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: false, error: "Phiên biểu quyết đã kết thúc." });
  });
});

describe("secret ballot", () => {
  it("stores votes with no member id, under keys that differ per item and match no user id or ballot check", async () => {
    const org = await makeOrganisation();
    const { session, items, members } = await setup({ org, mode: "SECRET", forms: [await makeForm(org), await makeForm(org), await makeForm(org)] });
    await present(session.id, members);
    for (const [i, m] of members.entries()) {
      await actAs(m);
      testState.ballotKey = keyOf(m);
      const res = await castVotesAction({ sessionId: session.id, votes: items.map((it) => ({ agendaItemId: it.id, choice: i % 2 ? "DISAGREE" : "AGREE" })) });
      expect(res).toMatchObject({ ok: true, data: { created: 3 } });
    }
    const votes = await db().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "CouncilVote" WHERE "sessionId" = $1`, session.id);
    expect(votes).toHaveLength(members.length * items.length);
    const rows = await db().councilSessionMember.findMany({ where: { sessionId: session.id } });
    const secrets = new Set([...members.map((m) => m.id), ...rows.map((r) => r.ballotCheck!)]);
    expect(rows.every((r) => r.ballotCheck && r.ballotCheck.length === 64)).toBe(true);
    for (const v of votes) {
      expect(v.memberUserId).toBeNull();
      // No column of a vote (id, keys, choice…) is a member's id or their ballot check.
      for (const value of Object.values(v)) expect(secrets.has(String(value))).toBe(false);
    }
    // One member's votes on different items do not even share a key: every voterKey is distinct.
    expect(new Set(votes.map((v) => v.voterKey)).size).toBe(votes.length);
    // The columns are exactly these: nothing records who or when.
    expect(Object.keys(votes[0]).sort()).toEqual(["agendaItemId", "choice", "id", "memberUserId", "sessionId", "voterKey"]);

    // The audit log says who received a ballot (once each), never what they chose.
    const audits = await db().auditLog.findMany({ where: { entityId: session.id } });
    expect(audits.filter((a) => a.action === "council-session.ballot-received")).toHaveLength(members.length);
    expect(audits.filter((a) => a.action === "council-session.vote")).toHaveLength(0);
    for (const a of audits) {
      const text = JSON.stringify([a.summary, a.before, a.after]);
      expect(text).not.toMatch(/Đồng ý|Không đồng ý|AGREE|DISAGREE|ABSTAIN/);
      for (const v of votes) expect(text).not.toContain(String(v.voterKey));
    }

    // Each member sees their own votes, recomputed from their key.
    const view = await getBallotView(await actor(members[1]), session.id, keyOf(members[1]));
    expect(view.keyState).toBe("OK");
    expect(Object.values(view.myVotes)).toEqual(["DISAGREE", "DISAGREE", "DISAGREE"]);
    // Without the key there is nothing to show, and a wrong key is recognised as such.
    expect((await getBallotView(await actor(members[1]), session.id, null)).keyState).toBe("SIGN_IN_AGAIN");
    expect((await getBallotView(await actor(members[1]), session.id, keyOf(members[1], "Khac12345678"))).keyState).toBe("KEY_CHANGED");
  });

  it("lets a member change a secret vote until close: the count stays, the choice changes, no second audit row", async () => {
    const { session, items, members } = await setup({ mode: "SECRET" });
    await present(session.id, [members[1]]);
    const a = await actor(members[1]);
    const key = keyOf(members[1]);
    expect(await castVotes(a, { sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] }, key)).toEqual({ created: 1, changed: 0, unchanged: 0 });
    expect(await castVotes(a, { sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "ABSTAIN" }] }, key)).toEqual({ created: 0, changed: 1, unchanged: 0 });
    expect(await db().councilVote.findMany({ where: { sessionId: session.id }, select: { choice: true } })).toEqual([{ choice: "ABSTAIN" }]);
    expect(await db().auditLog.count({ where: { action: "council-session.ballot-received", entityId: session.id } })).toBe(1);
    expect((await getBallotView(a, session.id, key)).myVotes).toEqual({ [items[0].id]: "ABSTAIN" });
  });

  it("refuses a member whose key changed (password changed after voting), and one signed in without a key", async () => {
    const { session, items, members } = await setup({ mode: "SECRET" });
    await present(session.id, [members[1]]);
    await actAs(members[1]);
    testState.ballotKey = keyOf(members[1]);
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] })).toMatchObject({ ok: true });

    testState.ballotKey = keyOf(members[1], "MatKhauMoi2026");
    const changed = await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "DISAGREE" }] });
    expect(changed).toMatchObject({ ok: false, code: "RULE", error: VOTING_MESSAGES.keyChanged });

    testState.ballotKey = null;
    expect(await castVotesAction({ sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "DISAGREE" }] })).toMatchObject({
      ok: false,
      error: "Vui lòng đăng nhập lại để bỏ phiếu kín.",
    });
    // Still one ballot, unchanged.
    expect(await db().councilVote.findMany({ where: { sessionId: session.id }, select: { choice: true } })).toEqual([{ choice: "AGREE" }]);
  });

  it("never shows anyone's secret votes on the results page, only the counts", async () => {
    const { org, session, items, members } = await setup({ mode: "SECRET" });
    await present(session.id, members);
    for (const m of members) await castVotes(await actor(m), { sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "AGREE" }] }, keyOf(m));
    await actAs(members[0]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true, data: { approved: 1 } });
    const results = await getResultsView(await actor(org.leader), session.id);
    expect(results.memberVotes).toBeNull();
    expect(results.items[0].tally).toMatchObject({ agree: 5, disagree: 0, abstain: 0, invited: 5, present: 5, outcome: "APPROVED" });
  });
});

describe("closing the ballot", () => {
  it("computes each item's outcome with its form's rule, freezes the tally, sets the proposals, audits and notifies", async () => {
    const org = await makeOrganisation();
    const standingOffice = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }] });
    const forms = [
      await makeForm(org), // more than 50% of the 7 members
      await makeForm(org, { threshold: [2, 3, false] }), // at least 2/3 of the members
      await makeForm(org, { threshold: [1, 2, true], base: "VOTES_CAST" }), // more than 50% of ballots cast
    ];
    const { session, items, members, proposals } = await setup({ org, size: 7, forms });
    // 6 of 7 present (quorum 2/3 met); member 7 absent.
    await present(session.id, members.slice(0, 6));
    const choices: Record<number, ("AGREE" | "DISAGREE" | "ABSTAIN")[]> = {
      0: ["AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE", "ABSTAIN"], // 4/7 > 50% → approved
      1: ["AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE", "DISAGREE"], // 4/7 < 2/3 → rejected
      2: ["AGREE", "AGREE", "AGREE", "ABSTAIN", "ABSTAIN"], // 3/5 cast > 50% → approved (one present member did not vote)
    };
    for (const [i, m] of members.slice(0, 6).entries()) {
      const votes = items.map((it, k) => ({ agendaItemId: it.id, choice: choices[k][i] })).filter((v) => v.choice);
      await castVotes(await actor(m), { sessionId: session.id, votes }, null);
    }

    await actAs(members[0]);
    const res = await closeBallotAction({ sessionId: session.id });
    expect(res).toMatchObject({ ok: true, data: { items: 3, approved: 2, rejected: 1, noQuorum: 0, invited: 7, present: 6 } });

    const after = await db().councilAgendaItem.findMany({ where: { sessionId: session.id }, orderBy: { sortOrder: "asc" } });
    expect(after.map((a) => [a.invitedCount, a.presentCount, a.agreeCount, a.disagreeCount, a.abstainCount, a.outcome])).toEqual([
      [7, 6, 4, 1, 1, "APPROVED"],
      [7, 6, 4, 2, 0, "REJECTED"],
      [7, 6, 3, 0, 2, "APPROVED"],
    ]);
    expect(after.every((a) => a.tallyFrozenAt)).toBe(true);
    const statuses = await db().awardProposal.findMany({ where: { id: { in: proposals.map((p) => p.id) } }, select: { id: true, status: true } });
    expect(proposals.map((p) => statuses.find((s) => s.id === p.id)!.status)).toEqual(["APPROVED", "REJECTED", "APPROVED"]);
    const s = await db().councilSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(s).toMatchObject({ status: "CLOSED", closedById: members[0].id });
    expect(s.closedAt).toBeInstanceOf(Date);

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "council-session.close", entityId: session.id } });
    expect(audit.after).toMatchObject({ invited: 7, present: 6, tally: [{ agree: 4, outcome: "APPROVED" }, { agree: 4, outcome: "REJECTED" }, { agree: 3, outcome: "APPROVED" }] });
    expect(await db().auditLog.count({ where: { action: "award-proposal.council-outcome", entityId: { in: proposals.map((p) => p.id) } } })).toBe(3);

    // The standing office and the convened members (not the chair who closed) are told.
    const notified = await db().notification.findMany({ where: { link: `/council/sessions/${session.id}/results` }, select: { userId: true } });
    expect(new Set(notified.map((n) => n.userId))).toEqual(new Set([standingOffice.id, ...members.slice(1).map((m) => m.id)]));

    // The results page: counts, reasons, and for an open ballot each member's vote.
    const results = await getResultsView(await actor(org.office), session.id);
    expect(results.items.map((i) => i.tally?.reason)).toEqual([
      "4/7 tán thành, cần trên 50% tổng số thành viên (tối thiểu 4)",
      "4/7 tán thành, cần ít nhất 2/3 tổng số thành viên (tối thiểu 5)",
      "3/5 phiếu tán thành, cần trên 50% số phiếu biểu quyết (tối thiểu 3)",
    ]);
    expect(results.memberVotes?.[items[0].id]).toEqual(Object.fromEntries(members.slice(0, 6).map((m, i) => [m.id, choices[0][i]])));
  });

  it("without quorum decides nothing: every item NO_QUORUM and its proposal back to ADMITTED", async () => {
    const org = await makeOrganisation();
    const { session, items, members, proposals } = await setup({ org, size: 6, forms: [await makeForm(org), await makeForm(org)] });
    // 3 of 6 present: one short of 2/3.
    await present(session.id, members.slice(0, 3));
    for (const m of members.slice(0, 3)) await castVotes(await actor(m), { sessionId: session.id, votes: items.map((i) => ({ agendaItemId: i.id, choice: "AGREE" as const })) }, null);
    await actAs(members[0]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true, data: { noQuorum: 2, approved: 0, rejected: 0 } });
    const after = await db().councilAgendaItem.findMany({ where: { sessionId: session.id } });
    expect(after.map((a) => [a.outcome, a.presentCount, a.agreeCount])).toEqual([
      ["NO_QUORUM", 3, 3],
      ["NO_QUORUM", 3, 3],
    ]);
    expect((await db().awardProposal.findMany({ where: { id: { in: proposals.map((p) => p.id) } } })).map((p) => p.status)).toEqual(["ADMITTED", "ADMITTED"]);
    const results = await getResultsView(await actor(members[2]), session.id);
    expect(results.items[0].tally?.reason).toBe("3/6 thành viên có mặt, cần ít nhất 2/3 (tối thiểu 4 thành viên)");
  });

  it("is for the chair only: a member or the standing office is refused, another unit's user gets not found", async () => {
    const { org, session, members } = await setup();
    const standingOffice = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }] });
    await actAs(members[1]);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: false, code: "FORBIDDEN", error: VOTING_MESSAGES.chairOnly });
    await actAs(standingOffice);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(org.otherOffice);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().councilSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("VOTING");
  });

  it("a chair who is not on the convened list cannot close the ballot, and is not offered to", async () => {
    const { org, session, members } = await setup();
    const chair = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }] });
    await db().councilSession.update({ where: { id: session.id }, data: { chairUserId: chair.id } });
    await present(session.id, members);
    const view = await getBallotView(await actor(chair), session.id, null);
    expect(view).toMatchObject({ isChair: true, me: null, canClose: false });
    await actAs(chair);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: false, code: "FORBIDDEN", error: CHAIR_NOT_CONVENED_MESSAGE });
    expect((await db().councilSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("VOTING");
    expect(await db().councilAgendaItem.count({ where: { sessionId: session.id, outcome: { not: null } } })).toBe(0);
    // Once convened, the chair is offered the close and closes it.
    await db().councilSessionMember.create({ data: { sessionId: session.id, userId: chair.id, position: "CHAIR" } });
    expect((await getBallotView(await actor(chair), session.id, null)).canClose).toBe(true);
    expect(await closeBallotAction({ sessionId: session.id })).toMatchObject({ ok: true });
  });

  it("shows the chair how many ballots each item has received (not their content) while voting", async () => {
    const org = await makeOrganisation();
    const { session, items, members } = await setup({ org, forms: [await makeForm(org), await makeForm(org)] });
    await present(session.id, members.slice(0, 3));
    await castVotes(await actor(members[1]), { sessionId: session.id, votes: [{ agendaItemId: items[0].id, choice: "DISAGREE" }] }, null);
    await castVotes(await actor(members[2]), { sessionId: session.id, votes: items.map((i) => ({ agendaItemId: i.id, choice: "AGREE" as const })) }, null);
    const chairView = await getBallotView(await actor(members[0]), session.id, null);
    expect(chairView.isChair).toBe(true);
    expect(chairView.canClose).toBe(true);
    expect(chairView.ballotsCast).toEqual({ [items[0].id]: 2, [items[1].id]: 1 });
    expect(chairView.session.present).toBe(3);
    expect(chairView.items.every((i) => i.tally === null)).toBe(true);
    // Before close the results page has nothing to show.
    const early = await getResultsView(await actor(members[1]), session.id);
    expect(early.session.status).toBe("VOTING");
    expect(early.items).toEqual([]);
  });
});

describe("the member's list of sessions", () => {
  it("lists the sessions the user is convened to: open ballots first, then prepared, then closed", async () => {
    const org = await makeOrganisation();
    const closed = await setup({ org });
    const voting = await setup({ org });
    const draft = await setup({ org });
    await db().councilSession.update({ where: { id: draft.session.id }, data: { status: "DRAFT" } });
    await db().councilSession.update({ where: { id: closed.session.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const list = await listMySessions(await actor(org.council));
    expect(list.rows.map((r) => r.id)).toEqual([voting.session.id, draft.session.id, closed.session.id]);
    expect(list.total).toBe(3);
    expect(list.rows[0]).toMatchObject({ status: "VOTING", items: 1, isChair: false, position: "MEMBER" });
    expect((await listMySessions(await actor(org.otherOffice))).rows).toEqual([]);
  });
});
