import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../prisma/seed/demo";
import { DEMO_CAMPAIGN_IDS } from "../../prisma/seed/demo-campaigns";
import { DEMO_APPRAISAL_IDS } from "../../prisma/seed/demo-appraisal";
import { conflictUnitPaths, isOwnOrBelow } from "../../lib/appraisal/assignment";
import type { RegistrationSnapshot } from "../../lib/registrations/snapshot";
import { beforeDayOf, dueAtForBeforeDay, vnDayOf } from "../../lib/time/vn";
import type { ProposalSnapshot } from "../../lib/awards/proposals/snapshot";
import { pathOfKey } from "../../lib/evidence/storage";
import { db } from "../helpers/factories";

// The demo dossiers' documents are written under EVIDENCE_DIR: a temporary one, never the dev server's.
let dir: string;
const savedDir = process.env.EVIDENCE_DIR;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-seed-test-"));
  process.env.EVIDENCE_DIR = dir;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedDir;
});

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("demo data", () => {
  it("loads plan 1128/KH-SQHKT exactly as the source document, under the City's plan 1018/KH-UBND", async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);

    const city = await db().campaign.findFirstOrThrow({ where: { documentNumber: "1018/KH-UBND" } });
    expect(city.issuingUnitId).toBe("demo-city");
    expect(city.status).toBe("PUBLISHED");
    expect(city.issuedOn.toISOString().slice(0, 10)).toBe("2022-04-05");

    const c = await db().campaign.findFirstOrThrow({
      where: { documentNumber: "1128/KH-SQHKT" },
      include: {
        milestones: { orderBy: { sortOrder: "asc" } },
        fields: { orderBy: { sortOrder: "asc" } },
        units: true,
        criteria: true,
      },
    });
    expect(c.id).toBe(DEMO_CAMPAIGN_IDS.sqhkt2022);
    expect(c.issuingUnitId).toBe("demo-sqhkt");
    expect(c.parentCampaignId).toBe(city.id);
    expect(c.signerName).toBe("Nguyễn Thanh Nhã");
    expect(c.signerTitle).toBe("Giám đốc");
    expect(c.issuedOn.toISOString().slice(0, 10)).toBe("2022-04-14");
    expect(c.startsOn.toISOString().slice(0, 10)).toBe("2022-04-14");
    expect(c.endsOn.toISOString().slice(0, 10)).toBe("2022-12-31");
    expect(c.status).toBe("PUBLISHED");
    expect(c.registrationLevels.sort()).toEqual(["CITY", "DEPARTMENT"]);
    expect(c.theme).toContain("Thích ứng an toàn, linh hoạt");
    for (const basis of ["1018/KH-UBND", "1448/SNV-CCHC", "201/KH-SQHKT", "2033/KH-SQHKT"]) expect(c.legalBases).toContain(basis);
    expect(c.purpose).toContain("1. Mục đích");
    expect(c.purpose).toContain("2. Yêu cầu");
    expect(c.criteria.filter((x) => x.participantType === "COLLECTIVE")).toHaveLength(3);
    expect(c.criteria.some((x) => x.participantType === "INDIVIDUAL")).toBe(true);
    expect(c.fields.map((f) => f.name)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    ]);
    expect(c.units).toHaveLength(10);

    // The seven milestones of the source, then the units' award proposals appended as the 8th (ids -m1..-m7 unchanged);
    // "trước ngày 18/4/2022" = 18/4 00:00 Vietnam time = 17/4 17:00 UTC.
    expect(c.milestones.map((m) => [m.kind, m.responsibleRole, m.dueAt.toISOString()])).toEqual([
      ["REGISTRATION", "UNIT_HEAD", "2022-04-17T17:00:00.000Z"],
      ["CONSOLIDATION", "CCHC_OFFICE", "2022-04-19T17:00:00.000Z"],
      ["MIDTERM_REPORT", "UNIT_HEAD", "2022-06-09T17:00:00.000Z"],
      ["MIDTERM_SUMMARY", "CCHC_OFFICE", "2022-06-19T17:00:00.000Z"],
      ["FINAL_REPORT", "UNIT_HEAD", "2022-11-09T17:00:00.000Z"],
      ["FINAL_SUMMARY", "CCHC_OFFICE", "2022-12-19T17:00:00.000Z"],
      ["COUNCIL_REVIEW", "EMULATION_OFFICE", "2022-12-19T17:00:00.000Z"],
      ["AWARD_PROPOSAL", "UNIT_HEAD", "2022-11-30T17:00:00.000Z"],
    ]);
    expect(c.milestones.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `${c.id}-m${i}`));
    expect(c.milestones[7]).toMatchObject({
      name: "Gửi hồ sơ đề nghị khen thưởng về Thường trực Hội đồng Thi đua - Khen thưởng (qua Văn phòng Sở)",
      deliverable: "Hồ sơ đề nghị khen thưởng",
    });
    expect(c.milestones[0].deliverable).toBe("Mẫu 1");
    expect(c.milestones[2].deliverable).toBe("Mẫu 2 và Đề cương");

    // A finished registration phase: every office ACCEPTED, one of them late, plus one individual.
    const regs = await db().registration.findMany({
      where: { campaignId: c.id },
      include: { initiatives: true, versions: true, reviews: { orderBy: { createdAt: "asc" } } },
    });
    const unitRegs = regs.filter((r) => r.kind === "UNIT");
    expect(unitRegs).toHaveLength(10);
    expect(new Set(regs.map((r) => r.status))).toEqual(new Set(["ACCEPTED"]));
    expect(unitRegs.filter((r) => r.isLate).map((r) => r.unitId)).toEqual(["demo-ttra"]);
    for (const r of unitRegs) {
      expect(r.ownerKey).toBe("UNIT");
      expect(r.initiatives.length).toBeGreaterThanOrEqual(2);
      expect(r.initiatives.length).toBeLessThanOrEqual(4);
      expect(r.submittedVersion).toBe(1);
      expect(r.versions).toHaveLength(1);
      expect(r.reviews.map((x) => x.action)).toEqual(["SUBMIT", "ACCEPT"]);
      expect(r.reviews[1].actorId).toBe("demo-user-vanphong");
      const snap = r.versions[0].snapshot as unknown as RegistrationSnapshot;
      expect(snap.rows.map((x) => x.initiativeId).sort()).toEqual(r.initiatives.map((i) => i.id).sort());
      expect(r.versions[0].isLate).toBe(r.isLate);
    }
    const individual = regs.find((r) => r.kind === "INDIVIDUAL")!;
    expect(individual.ownerKey).toBe("demo-user-canbo.qhkv1");
    expect(individual.ownerUserId).toBe("demo-user-canbo.qhkv1");
    expect((individual.versions[0].snapshot as unknown as RegistrationSnapshot).ownerName).toBe("Võ Thị Mai");

    const all = regs.flatMap((r) => r.initiatives);
    expect(new Set(all.map((i) => i.fieldId)).size).toBe(6);
    expect(new Set(all.map((i) => i.level))).toEqual(new Set(["CITY", "DEPARTMENT"]));
    expect(all.some((i) => i.ownerType === "INDIVIDUALS" && i.ownerNames)).toBe(true);
    const typical = all.filter((i) => i.isTypical);
    expect(typical).toHaveLength(5);
    expect(new Set(typical.map((i) => i.typicalMarkedById))).toEqual(new Set(["demo-user-giamdoc"]));
  });

  it("loads a current-year campaign with dates relative to today and a realistic mix of states", async () => {
    const now = new Date();
    await seedDemoIfEmpty(db());
    const today = vnDayOf(now);
    const year = Number(today.slice(0, 4));
    const c = await db().campaign.findUniqueOrThrow({
      where: { id: DEMO_CAMPAIGN_IDS.sqhktCurrent },
      include: { milestones: { orderBy: { sortOrder: "asc" } }, parentCampaign: true, units: true },
    });
    expect(c.year).toBe(year);
    expect(c.title).toContain(`năm ${year}`);
    expect(c.parentCampaign?.year).toBe(year);
    expect(c.parentCampaign?.issuingUnitId).toBe("demo-city");
    expect(c.units).toHaveLength(10);
    expect(c.issuedOn.toISOString().slice(0, 10)).toBe(addDays(today, -20));
    const byKind = Object.fromEntries(c.milestones.map((m) => [m.kind, beforeDayOf(m.dueAt)]));
    expect(byKind.REGISTRATION).toBe(addDays(today, -2));
    expect(byKind.CONSOLIDATION).toBe(addDays(today, 5));
    expect(byKind.MIDTERM_REPORT).toBe(addDays(today, 60));
    // The units' award proposals fall between the final report and the council's review.
    expect(c.milestones).toHaveLength(8);
    expect(byKind.AWARD_PROPOSAL > byKind.FINAL_REPORT && byKind.AWARD_PROPOSAL < byKind.COUNCIL_REVIEW).toBe(true);
    expect(c.milestones[0].dueAt.getTime()).toBeLessThan(now.getTime());

    const regs = await db().registration.findMany({
      where: { campaignId: c.id },
      include: { initiatives: true, versions: true, reviews: { orderBy: { createdAt: "asc" } } },
    });
    const byUnit = Object.fromEntries(regs.map((r) => [r.unitId.replace("demo-", ""), r]));
    const state = (u: string) => (byUnit[u] ? [byUnit[u].status, byUnit[u].isLate] : null);
    expect(state("qhkv1")).toEqual(["DRAFT", false]);
    expect(state("qhkv2")).toEqual(["SUBMITTED", false]);
    expect(state("qhht")).toEqual(["SUBMITTED", true]);
    expect(state("kt")).toEqual(["SUBMITTED", false]);
    expect(state("qlqh")).toEqual(["ACCEPTED", false]);
    expect(state("khtc")).toEqual(["RETURNED", false]);
    expect(state("vp")).toEqual(["ACCEPTED", true]);
    expect(state("vien")).toEqual(["DRAFT", false]);
    expect(state("ttra")).toBeNull();
    expect(state("ttttdv")).toBeNull();

    expect(byUnit.qhkv1.initiatives).toHaveLength(3);
    expect(byUnit.qhkv1.createdById).toBe("demo-user-canbo.qhkv1");
    expect(byUnit.qhkv1.versions).toHaveLength(0);
    expect(byUnit.vien.initiatives).toHaveLength(1);
    expect(byUnit.khtc.returnComment).toBe("Đề nghị bổ sung dự kiến tiến độ hoàn thành cụ thể và làm rõ chủ trì thực hiện.");
    expect(byUnit.khtc.reviews.map((r) => r.action)).toEqual(["SUBMIT", "RETURN"]);
    expect(byUnit.khtc.submittedVersion).toBe(1);
    for (const r of regs) {
      expect(r.submittedVersion).toBe(r.versions.length);
      expect(r.lockVersion).toBeGreaterThanOrEqual(0);
      for (const v of r.versions) expect(v.submittedAt.getTime()).toBeLessThan(now.getTime());
    }
    // Late = at or after the deadline instant.
    const due = dueAtForBeforeDay(addDays(today, -2));
    expect(byUnit.qhht.firstSubmittedAt!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(byUnit.qhkv2.firstSubmittedAt!.getTime()).toBeLessThan(due.getTime());
  });

  it("does nothing when the database already has data", async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);
    const counts = async () => [await db().campaign.count(), await db().initiative.count(), await db().user.count()];
    const before = await counts();
    expect(await seedDemoIfEmpty(db())).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("gives the finished 2022 plan progress with figures, and the City's plans a receiving unit", async () => {
    await seedDemoIfEmpty(db());
    const city = await db().campaign.findUniqueOrThrow({ where: { id: DEMO_CAMPAIGN_IDS.city2022 }, include: { milestones: true } });
    expect(city.receivingUnitId).toBe("demo-snv");
    expect(city.milestones.map((m) => m.kind)).toEqual(["REGISTRATION"]);

    const byProgress = await db().initiative.groupBy({ by: ["progress"], where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022 }, _count: { _all: true } });
    const count = Object.fromEntries(byProgress.map((g) => [g.progress, g._count._all]));
    expect(count.COMPLETED).toBeGreaterThan(count.IN_PROGRESS);
    expect(count.DROPPED).toBeGreaterThanOrEqual(1);
    expect(count.NOT_STARTED ?? 0).toBe(0);

    const dropped = await db().initiative.findFirstOrThrow({ where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022, progress: "DROPPED" } });
    expect(dropped.droppedReason).toBeTruthy();
    const completed = await db().initiative.findMany({ where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022, progress: "COMPLETED" }, include: { results: true } });
    expect(completed.every((i) => i.completedOn !== null && i.results.length > 0)).toBe(true);
    expect(completed.flatMap((i) => i.results).every((r) => r.valueAfter !== null)).toBe(true);
  });

  it("has the offices' mid-term reports of 2022 in every state, each submitted one with a frozen version", async () => {
    await seedDemoIfEmpty(db());
    const reports = await db().report.findMany({ where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022, phase: "MIDTERM" }, include: { versions: true } });
    const statuses = new Set(reports.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(reports.filter((r) => r.isLate).map((r) => r.unitId)).toEqual(["demo-ttra"]);
    for (const r of reports) expect(r.versions.length).toBe(r.status === "DRAFT" ? 0 : 1);
    const snap = reports.find((r) => r.unitId === "demo-qhkv2")!.versions[0].snapshot as { table: { registered: number }[]; parts: unknown[] };
    expect(snap.table.length).toBe(6);
    expect(snap.parts.length).toBeGreaterThan(0);
    // Units left to report, for the demo and the journeys: at least one office has no mid-term report.
    expect(reports.length).toBeLessThan(10);
  });

  it("has the award forms, councils, proposals in every state, sessions and the 2022 decision with their fixed ids", async () => {
    await seedDemoIfEmpty(db());
    const forms = await db().awardForm.findMany({ include: { criteria: true, documents: true }, orderBy: { sortOrder: "asc" } });
    expect(forms.map((f) => f.id)).toEqual(["demo-award-form-gk", "demo-award-form-tldxs", "demo-award-form-cstdcs", "demo-award-form-bk-tp"]);
    const byId = Object.fromEntries(forms.map((f) => [f.id, f]));
    expect(byId["demo-award-form-bk-tp"].organisationUnitId).toBe("demo-city");
    expect(byId["demo-award-form-gk"].recipientTypes.sort()).toEqual(["CITIZEN", "COLLECTIVE", "INDIVIDUAL"]);
    expect(byId["demo-award-form-cstdcs"].criteria.some((c) => c.kind === "RATING_EXCELLENT" && c.hard)).toBe(true);
    for (const f of forms) {
      expect(f.criteria.some((c) => c.hard)).toBe(true);
      expect(f.documents.map((d) => d.kind)).toEqual(expect.arrayContaining(["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"]));
    }
    // The rules differ between the forms.
    const rules = forms.map((f) => `${f.quorumNumerator}/${f.quorumDenominator}${f.quorumStrict ? ">" : "≥"} ${f.thresholdNumerator}/${f.thresholdDenominator}${f.thresholdStrict ? ">" : "≥"} ${f.thresholdBase}`);
    expect(rules).toEqual(["2/3≥ 1/2> MEMBERS", "2/3≥ 2/3≥ VOTES_CAST", "2/3≥ 2/3≥ MEMBERS", "2/3≥ 9/10≥ VOTES_CAST"]);

    const council = await db().councilMember.findMany({ where: { organisationUnitId: "demo-sqhkt" }, include: { user: { include: { roles: true } } }, orderBy: { sortOrder: "asc" } });
    expect(council.map((m) => [m.user.username, m.position])).toEqual([
      ["giamdoc", "CHAIR"],
      ["phogiamdoc", "VICE_CHAIR"],
      ["chanhvanphong", "SECRETARY"],
      ["hoidong", "MEMBER"],
      ["chanhthanhtra", "MEMBER"],
      ["truongphong.khtc", "MEMBER"],
      ["congdoan", "MEMBER"],
    ]);
    for (const m of council) expect(m.user.roles.some((r) => r.role === "COUNCIL_MEMBER" && r.unitId === "demo-sqhkt")).toBe(true);
    const city = await db().councilMember.findMany({ where: { organisationUnitId: "demo-city" }, include: { user: true }, orderBy: { sortOrder: "asc" } });
    expect(city.map((m) => [m.user.username, m.position])).toEqual([["hoidong.tp1", "CHAIR"], ["hoidong.tp2", "MEMBER"], ["hoidong.tp3", "MEMBER"]]);
    expect(await db().roleAssignment.count({ where: { userId: "demo-user-noivu", role: "EMULATION_OFFICE", unitId: "demo-city" } })).toBe(1);
    // New accounts share the demo password hash.
    const giamdoc = await db().user.findUniqueOrThrow({ where: { username: "giamdoc" } });
    for (const username of ["phogiamdoc", "congdoan", "hoidong.tp1", "hoidong.tp2", "hoidong.tp3"]) {
      expect((await db().user.findUniqueOrThrow({ where: { username } })).passwordHash).toBe(giamdoc.passwordHash);
    }

    const proposals = await db().awardProposal.findMany({ include: { versions: true, reviews: true } });
    const p = Object.fromEntries(proposals.map((x) => [x.id, x]));
    const status = (id: string) => p[id]?.status;
    expect(status("demo-proposal-draft")).toBe("DRAFT");
    expect(p["demo-proposal-draft"].versions).toHaveLength(0);
    expect(status("demo-proposal-submitted")).toBe("SUBMITTED");
    expect(p["demo-proposal-submitted"].nomineeType).toBe("INDIVIDUAL");
    expect(p["demo-proposal-submitted"].failsHardCriterion).toBe(false);
    type Check = { criterionId: string; kind: string; hard: boolean; met: boolean | null; basis: string }[];
    expect((p["demo-proposal-submitted"].criteriaCheck as Check).every((c) => c.met === true)).toBe(true);
    expect(status("demo-proposal-hard")).toBe("SUBMITTED");
    expect(p["demo-proposal-hard"].declaredRating).toBe("COMPLETED");
    expect(p["demo-proposal-hard"].failsHardCriterion).toBe(true);
    expect((p["demo-proposal-hard"].criteriaCheck as Check).find((c) => c.kind === "RATING_AT_LEAST_GOOD")).toMatchObject({ hard: true, met: false });
    expect([status("demo-proposal-admitted-1"), status("demo-proposal-admitted-2")]).toEqual(["ADMITTED", "ADMITTED"]);
    expect(p["demo-proposal-admitted-1"].versions).toHaveLength(2);
    const snap = p["demo-proposal-submitted"].versions[0].snapshot as { nominee: { name: string; unitName: string }; awardForm: { withinAuthority: boolean }; criteria: unknown[] };
    expect(snap.nominee).toMatchObject({ name: "Trần Thị Thanh Tâm", unitName: "Phòng Quy hoạch khu vực 2" });
    expect(snap.awardForm.withinAuthority).toBe(true);
    expect(snap.criteria).toEqual(p["demo-proposal-submitted"].criteriaCheck);
    expect(p["demo-proposal-admitted-1"].reviews.map((r) => r.action).sort()).toEqual(["ACCEPT", "RETURN", "SUBMIT", "SUBMIT"]);
    expect(["-1", "-2", "-3"].map((n) => status(`demo-proposal-scheduled${n}`))).toEqual(["SCHEDULED", "SCHEDULED", "SCHEDULED"]);
    expect(p["demo-proposal-scheduled-3"].failsHardCriterion).toBe(true);
    expect(p["demo-proposal-scheduled-3"].admissionJustification).toBeTruthy();
    expect(status("demo-proposal-secret-1")).toBe("SCHEDULED");
    expect([status("demo-proposal-approved-1"), status("demo-proposal-approved-2"), status("demo-proposal-approved-city"), status("demo-proposal-rejected")]).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
      "REJECTED",
    ]);
    expect(p["demo-proposal-approved-city"].awardFormId).toBe("demo-award-form-bk-tp");
    for (const x of proposals) {
      expect(x.submittedVersion).toBe(x.versions.length);
      if (x.status !== "DRAFT") expect(x.criteriaCheck).not.toBeNull();
    }

    const sessions = await db().councilSession.findMany({ include: { members: true, items: { include: { votes: true }, orderBy: { sortOrder: "asc" } } } });
    const s = Object.fromEntries(sessions.map((x) => [x.id, x]));
    const voting = s["demo-session-voting"];
    expect([voting.status, voting.ballotMode, voting.chairUserId, voting.secretaryUserId]).toEqual(["VOTING", "OPEN", "demo-user-giamdoc", "demo-user-chanhvanphong"]);
    expect(voting.members).toHaveLength(7);
    expect(voting.members.filter((m) => m.presentAt).map((m) => m.userId).sort()).toEqual(["demo-user-chanhthanhtra", "demo-user-chanhvanphong", "demo-user-phogiamdoc"]);
    expect(voting.items.map((i) => i.proposalId)).toEqual(["demo-proposal-scheduled-1", "demo-proposal-scheduled-2", "demo-proposal-scheduled-3"]);
    for (const i of voting.items) {
      expect(i.votes.map((v) => [v.voterKey, v.memberUserId === v.voterKey, v.choice]).sort()).toEqual([
        ["demo-user-chanhthanhtra", true, "AGREE"],
        ["demo-user-chanhvanphong", true, "AGREE"],
        ["demo-user-phogiamdoc", true, "AGREE"],
      ]);
      expect(i.tallyFrozenAt).toBeNull();
    }
    const secret = s["demo-session-secret"];
    expect([secret.status, secret.ballotMode]).toEqual(["VOTING", "SECRET"]);
    expect(secret.members.map((m) => m.userId).sort()).toEqual(["demo-user-congdoan", "demo-user-giamdoc", "demo-user-hoidong"]);
    expect(secret.members.every((m) => m.presentAt === null && m.ballotCheck === null)).toBe(true);
    expect(secret.items.map((i) => [i.proposalId, i.votes.length])).toEqual([["demo-proposal-secret-1", 0]]);

    // The closed sessions: the frozen tallies are exactly the votes, and the outcome is the form's rule.
    const { decide } = await import("../../lib/council/rules");
    for (const id of ["demo-session-closed", "demo-session-2022"]) {
      const closed = s[id];
      expect(closed.status).toBe("CLOSED");
      expect(closed.closedAt).not.toBeNull();
      expect(closed.minutes).toBeNull();
      for (const i of closed.items) {
        const count = (c: string) => i.votes.filter((v) => v.choice === c).length;
        expect([i.invitedCount, i.presentCount, i.agreeCount, i.disagreeCount, i.abstainCount]).toEqual([
          closed.members.length,
          closed.members.filter((m) => m.presentAt).length,
          count("AGREE"),
          count("DISAGREE"),
          count("ABSTAIN"),
        ]);
        expect(i.tallyFrozenAt).not.toBeNull();
        const form = byId[p[i.proposalId].awardFormId];
        const rule = {
          quorum: { numerator: form.quorumNumerator, denominator: form.quorumDenominator, strict: form.quorumStrict },
          threshold: { numerator: form.thresholdNumerator, denominator: form.thresholdDenominator, strict: form.thresholdStrict },
          thresholdBase: form.thresholdBase,
        };
        const tally = { invited: i.invitedCount!, present: i.presentCount!, agree: i.agreeCount!, disagree: i.disagreeCount!, abstain: i.abstainCount! };
        expect(i.outcome).toBe(decide(rule, tally).outcome);
      }
    }
    expect(s["demo-session-closed"].items.map((i) => [i.proposalId, i.outcome])).toEqual([
      ["demo-proposal-approved-1", "APPROVED"],
      ["demo-proposal-approved-2", "APPROVED"],
      ["demo-proposal-approved-city", "APPROVED"],
      ["demo-proposal-rejected", "REJECTED"],
    ]);
    // The triggers hold on the seeded data: no vote on a closed session, no change to a frozen tally.
    const closedItem = s["demo-session-closed"].items[0];
    await expect(
      db().councilVote.create({ data: { id: crypto.randomUUID(), sessionId: "demo-session-closed", agendaItemId: closedItem.id, voterKey: "demo-user-congdoan", memberUserId: "demo-user-congdoan", choice: "AGREE" } }),
    ).rejects.toThrow(/COUNCIL_BALLOT_NOT_OPEN/);
    await expect(db().councilAgendaItem.update({ where: { id: closedItem.id }, data: { agreeCount: 99 } })).rejects.toThrow(/COUNCIL_TALLY_FROZEN/);

    const decision = await db().awardDecision.findUniqueOrThrow({ where: { id: "demo-decision-2022" }, include: { proposals: { orderBy: { certificateNo: "asc" } } } });
    expect([decision.number, decision.signedOn.toISOString().slice(0, 10), decision.signerName, decision.sessionId]).toEqual([
      "125/QĐ-SQHKT",
      "2022-12-28",
      "Nguyễn Thanh Nhã",
      "demo-session-2022",
    ]);
    expect(decision.proposals.map((x) => x.certificateNo)).toEqual([1, 2, 3, 4]);
    expect(decision.proposals.every((x) => x.status === "AWARDED" && x.campaignId === DEMO_CAMPAIGN_IDS.sqhkt2022)).toBe(true);
    expect(decision.proposals.some((x) => x.nomineeUnitId === "demo-qhkv1")).toBe(true);
    expect(decision.proposals.some((x) => x.nomineeUserId === "demo-user-canbo.qhkv1")).toBe(true);

    expect(await db().auditLog.count({ where: { entityType: { in: ["AwardForm", "AwardProposal", "CouncilSession", "CouncilMember", "AwardDecision"] } } })).toBeGreaterThan(40);
  });

  it("gives every submitted demo proposal its three drafted dossier documents, stored with their sha256, locked and cited by each frozen version", async () => {
    await seedDemoIfEmpty(db());
    const proposals = await db().awardProposal.findMany({
      include: { documents: { orderBy: { id: "asc" } }, versions: { orderBy: { versionNo: "asc" } } },
      orderBy: { id: "asc" },
    });
    const draft = proposals.find((x) => x.id === "demo-proposal-draft")!;
    expect(draft.documents).toHaveLength(0);

    const submitted = proposals.find((x) => x.id === "demo-proposal-submitted")!;
    expect(submitted.documents.map((d) => d.documentKind)).toEqual(["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"]);
    expect(submitted.documents.map((d) => d.fileName)).toEqual([
      "Tờ trình đề nghị khen thưởng - Trần Thị Thanh Tâm.docx",
      "Biên bản họp xét khen thưởng - Trần Thị Thanh Tâm.docx",
      "Báo cáo thành tích - Trần Thị Thanh Tâm.docx",
    ]);
    for (const d of submitted.documents) {
      // The file on disk is the recorded one: a Word document (zip) with the recorded size and sha256.
      const bytes = fs.readFileSync(pathOfKey(d.storageKey));
      expect(pathOfKey(d.storageKey).startsWith(dir + path.sep)).toBe(true);
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(bytes.length).toBe(d.sizeBytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(d.sha256);
      expect([d.mimeType, d.unitId, d.campaignId, d.uploadedById]).toEqual([
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        submitted.unitId,
        submitted.campaignId,
        submitted.createdById,
      ]);
      expect(d.lockedAt).toEqual(submitted.firstSubmittedAt);
      expect(d.supersededAt).toBeNull();
      expect(d.createdAt.getTime()).toBeLessThanOrEqual(submitted.firstSubmittedAt!.getTime());
    }

    // Every proposal past the draft: three current documents, each cited (id, kind, name, size, hash) by every submitted version.
    for (const x of proposals.filter((p) => p.status !== "DRAFT")) {
      expect(x.documents.map((d) => d.documentKind)).toEqual(["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"]);
      for (const d of x.documents) {
        expect([d.lockedAt, d.unitId, d.campaignId]).toEqual([x.firstSubmittedAt, x.unitId, x.campaignId]);
        expect(d.createdAt >= x.createdAt && d.createdAt <= x.firstSubmittedAt!).toBe(true);
        expect(fs.existsSync(pathOfKey(d.storageKey))).toBe(true);
      }
      const cited = x.documents.map((d) => ({ id: d.id, kind: d.documentKind, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256 }));
      expect(x.versions.length).toBeGreaterThan(0);
      for (const v of x.versions) expect((v.snapshot as unknown as ProposalSnapshot).documents).toEqual(cited);
    }
    expect(await db().auditLog.count({ where: { action: "evidence.upload", entityId: { in: submitted.documents.map((d) => d.id) } } })).toBe(3);
  });
  it("has the appraisal rounds, the cấp Sở decision 52/QĐ-SQHKT and the City's leadership account (issue 12)", async () => {
    await seedDemoIfEmpty(db());
    const leader = await db().user.findUniqueOrThrow({ where: { username: "lanhdao.tp" }, include: { roles: true } });
    expect([leader.unitId, leader.roles.map((r) => [r.role, r.unitId])]).toEqual(["demo-city", [["LEADERSHIP", "demo-city"]]]);

    const closed = await db().appraisalRound.findUniqueOrThrow({
      where: { id: DEMO_APPRAISAL_IDS.closed2022 },
      include: {
        criteria: true,
        evaluators: { include: { user: { select: { username: true, unit: { select: { path: true } }, roles: { select: { unit: { select: { path: true } } } } } } } },
        items: { include: { initiative: { select: { unit: { select: { path: true } } } } } },
        assignments: { include: { scores: { include: { criterion: true } } } },
      },
    });
    expect([closed.campaignId, closed.status, closed.chairUserId]).toEqual([DEMO_CAMPAIGN_IDS.sqhkt2022, "CLOSED", "demo-user-bancd"]);
    expect(closed.criteria.map((c) => c.maxPoints).reduce((a, b) => a + b, 0)).toBe(100);
    expect(closed.evaluators.map((e) => e.user.username)).toContain("noivu");
    expect(new Set(closed.items.map((i) => i.verdict))).toEqual(new Set(["RECOGNISE", "PROPOSE_UPPER", "NEEDS_SURVEY", "NOT_PASSED"]));
    for (const a of closed.assignments) {
      expect(a.status).toBe("SUBMITTED");
      expect(a.scores).toHaveLength(5);
      for (const sc of a.scores) expect(sc.points >= 0 && sc.points <= sc.criterion.maxPoints && sc.points * 2 === Math.round(sc.points * 2)).toBe(true);
      // Never an initiative of the evaluator's own unit or a unit below it.
      const ev = closed.evaluators.find((e) => e.id === a.evaluatorId)!;
      const item = closed.items.find((i) => i.id === a.itemId)!;
      const paths = conflictUnitPaths([ev.user.unit.path, ...ev.user.roles.map((r) => r.unit.path)], "/demo-city/demo-sqhkt/");
      expect(isOwnOrBelow({ unitPaths: paths }, item.initiative.unit.path)).toBe(false);
    }
    for (const it of closed.items) expect(closed.assignments.filter((a) => a.itemId === it.id)).toHaveLength(2);
    // The chair and Sở Nội vụ's officer, at or outside the Sở's level, appraise too.
    for (const who of ["bancd", "noivu"]) expect(closed.assignments.some((a) => closed.evaluators.find((e) => e.id === a.evaluatorId)!.user.username === who)).toBe(true);

    const decision = await db().recognitionDecision.findUniqueOrThrow({ where: { id: DEMO_APPRAISAL_IDS.decision2022 }, include: { items: true } });
    expect([decision.number, decision.level, decision.issuingUnitId, decision.createdById]).toEqual(["52/QĐ-SQHKT", "DEPARTMENT", "demo-sqhkt", "demo-user-giamdoc"]);
    expect(decision.items.map((i) => i.initiativeId).sort()).toEqual(closed.items.filter((i) => i.verdict === "RECOGNISE").map((i) => i.initiativeId).sort());
    // Dated after the 2022 proposals were submitted: their frozen checks (nothing recognised yet) stay true to their day.
    const proposals2022 = await db().awardProposal.findMany({ where: { campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022 }, select: { firstSubmittedAt: true } });
    for (const p of proposals2022) expect(p.firstSubmittedAt!.getTime()).toBeLessThan(decision.signedOn.getTime());
    expect(await db().auditLog.count({ where: { action: "initiative.recognise", subjectType: "Initiative" } })).toBe(decision.items.length);

    // The open round: unscored assignments, among them some of truongphong.qhkv1's, the rule kept.
    const open = await db().appraisalRound.findUniqueOrThrow({
      where: { id: DEMO_APPRAISAL_IDS.openCurrent },
      include: { assignments: { include: { evaluator: { select: { userId: true } } } } },
    });
    expect([open.status, open.campaignId]).toEqual(["OPEN", DEMO_CAMPAIGN_IDS.sqhktCurrent]);
    expect(open.assignments.length).toBeGreaterThan(0);
    expect(open.assignments.every((a) => a.status === "ASSIGNED")).toBe(true);
    for (const who of ["demo-user-bancd", "demo-user-truongphong.qhkv1"]) expect(open.assignments.filter((a) => a.evaluator.userId === who).length).toBeGreaterThan(0);

    // The City's Bằng khen criterion names cấp Thành phố.
    const bk = await db().awardCriterion.findFirstOrThrow({ where: { awardFormId: "demo-award-form-bk-tp", kind: "INITIATIVE_RECOGNISED" } });
    expect(bk.recognitionLevel).toBe("CITY");
  });

  it("has the survey plan with a closed and an announced round, the library's three models and the GIS map's replication (issue 13)", async () => {
    await seedDemoIfEmpty(db());
    const { loadSessionUser } = await import("../../lib/auth/session");
    const { loadSurveyTasks } = await import("../../lib/surveys/duties");
    const { loadReplicationTasks } = await import("../../lib/replication/duties");
    const { getRecognitionPage } = await import("../../lib/recognition/queries");
    const rounds = await db().surveyRound.findMany({ where: { planId: "demo-survey-plan" }, orderBy: { sortOrder: "asc" }, select: { status: true, _count: { select: { visits: true, proposals: true } } } });
    expect(rounds.map((r) => [r.status, r._count.visits, r._count.proposals])).toEqual([["CLOSED", 1, 1], ["ANNOUNCED", 2, 0]]);
    // truongphong.qhkv1 has the survey report and truongphong.qhht the assigned replication on Việc cần làm.
    expect(await loadSurveyTasks((await loadSessionUser("demo-user-truongphong.qhkv1"))!)).toHaveLength(1);
    expect(await loadReplicationTasks((await loadSessionUser("demo-user-truongphong.qhht"))!)).toHaveLength(1);
    expect(await loadReplicationTasks((await loadSessionUser("demo-user-truongphong.qhkv2"))!)).toHaveLength(0);
    expect(await db().recognisedModel.count()).toBe(3);
    const gis = await db().recognisedModel.findUniqueOrThrow({ where: { initiativeId: "demo-campaign-1128-2022-reg-qhkv1-i3" } });
    expect([gis.adoptionCount, await db().modelAdoption.count({ where: { modelId: gis.id } })]).toEqual([2, 2]);
    // The closed round's proposal is a candidate of the Sở director's recognition.
    const page = await getRecognitionPage((await loadSessionUser("demo-user-giamdoc"))!, DEMO_CAMPAIGN_IDS.sqhkt2022);
    expect(page!.form!.candidates.map((c) => c.id)).toContain("demo-campaign-1128-2022-reg-kt-i2");
  });
});
