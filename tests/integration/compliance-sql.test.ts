import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { getCampaignCompliance } from "../../lib/compliance/queries";
import { isProblem } from "../../lib/compliance/rules";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeCampaign, makeOrganisation, makeUnit } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * The compliance page lets the database count and rank ~2,000 units (lib/compliance/standings-sql.ts).
 * Its SQL restates the deadline rules of lib/compliance/rules.ts; these tests hold it equal to them, the
 * reference, at the boundaries and in every order the page shows.
 */

const vn = (s: string) => new Date(`${s}+07:00`);
const DUE = dueAtForBeforeDay("2022-04-18"); // 18/04/2022 00:00 Vietnam time
const MID_DUE = dueAtForBeforeDay("2022-06-10");
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const DAY = 86_400_000;

async function cityOfEdgeCases() {
  const org = await makeOrganisation();
  // Names that only a Vietnamese collation orders right (Ă after A, Đ after D, Ủ after U), many in one standing.
  const names = ["Phòng Ă", "Phòng A", "Phòng Â", "Phòng Đ", "Phòng D", "Phòng Z", "Ủy ban phường", "Uỷ ban xã", "Phòng B", "Phòng Ơ", "Phòng O", "Phòng E"];
  const units: Awaited<ReturnType<typeof makeUnit>>[] = [];
  for (const name of names) units.push(await makeUnit({ name, parent: org.dept }));
  const campaign = await makeCampaign({ issuingUnit: org.dept, units, registrationBeforeDay: "2022-04-18", year: 2022 });
  const mid = await db().milestone.create({
    data: { campaignId: campaign.id, kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết", responsibleRole: "UNIT_HEAD", dueAt: MID_DUE, sortOrder: 3 },
  });
  const registration = campaign.milestones[0];
  const submit = async (i: number, at: Date | null, status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED" = "SUBMITTED") => {
    const { registration: r } = await makeRegistration({ campaign, unit: units[i], status, submittedBy: org.headA, rows: [{ field: 0, content: `Nội dung của ${names[i]}` }] });
    await db().registration.update({ where: { id: r.id }, data: { firstSubmittedAt: at, lastSubmittedAt: at } });
  };
  await submit(0, ms(DUE, -1)); // 1 ms before: on time
  await submit(1, DUE); // at the due instant: late, 1 day
  await submit(2, ms(DUE, DAY)); // exactly one day after: 1 day
  await submit(3, ms(DUE, DAY + 1), "ACCEPTED"); // a day and 1 ms: 2 days
  await submit(4, ms(DUE, -5 * DAY), "RETURNED"); // returned for correction, first submitted early: on time
  await submit(5, null, "DRAFT");
  await submit(8, ms(DUE, -DAY));
  await submit(9, ms(DUE, -DAY));
  await submit(10, ms(DUE, 3 * DAY + 7));
  // Extensions: unit 2's makes it on time; unit 10 got two (the newest counts); unit 11's was revoked.
  const grant = (unit: number, dueAt: Date, createdAt: Date, revokedAt: Date | null = null) =>
    db().milestoneExtension.create({ data: { milestoneId: registration.id, unitId: units[unit].id, dueAt, reason: `Gia hạn ${unit}`, grantedById: org.office.id, createdAt, revokedAt } });
  await grant(2, dueAtForBeforeDay("2022-04-20"), vn("2022-04-10T08:00:00"));
  await grant(10, dueAtForBeforeDay("2022-04-19"), vn("2022-04-10T08:00:00"));
  await grant(10, dueAtForBeforeDay("2022-04-21"), vn("2022-04-11T08:00:00"));
  await grant(11, dueAtForBeforeDay("2022-05-30"), vn("2022-04-10T08:00:00"), vn("2022-04-12T08:00:00"));
  await db().milestoneExtension.create({ data: { milestoneId: mid.id, unitId: units[6].id, dueAt: dueAtForBeforeDay("2022-06-15"), reason: "Sáp nhập", grantedById: org.office.id } });
  const report = (i: number, status: "DRAFT" | "SUBMITTED" | "RETURNED", at: Date | null) =>
    db().report.create({ data: { campaignId: campaign.id, unitId: units[i].id, phase: "MIDTERM", status, firstSubmittedAt: at, lastSubmittedAt: at, submittedVersion: at ? 1 : 0 } });
  await report(0, "SUBMITTED", ms(MID_DUE, -1));
  await report(1, "RETURNED", ms(MID_DUE, 2 * DAY));
  await report(2, "DRAFT", null);
  await report(6, "SUBMITTED", ms(MID_DUE, 2 * DAY));
  return { org, campaign };
}

describe("compliance computed by the database", () => {
  it("gives every milestone the same statistics, the same rows in the same worst-first order and the same filter as the rules", async () => {
    const { org, campaign } = await cityOfEdgeCases();
    const user = (await loadSessionUser(org.office.id))!;
    const instants = [
      vn("2022-04-10T00:00:00"), // before every deadline
      ms(DUE, -1),
      DUE, // the deadline instant: missing forms become overdue, 1 day
      vn("2022-04-18T23:59:59"),
      vn("2022-04-19T00:00:00"), // the next Vietnam day: 1 day
      vn("2022-06-12T07:00:00"),
      vn("2023-01-01T00:00:00"),
    ];
    for (const now of instants) {
      const reference = (await getCampaignCompliance(user, campaign.id, now))!;
      for (const m of reference.milestones.filter((x) => x.tracked)) {
        for (const problemsOnly of [false, true]) {
          const expected = problemsOnly ? m.units.filter((u) => isProblem(u.standing)) : m.units;
          const pages = [];
          for (let page = 1; page <= 5; page++) {
            const paged = (await getCampaignCompliance(user, campaign.id, now, { rowsOf: m.id, page, pageSize: 3, problemsOnly }))!;
            expect(paged.milestones.map((x) => x.summary), `statistics at ${now.toISOString()}`).toEqual(reference.milestones.map((x) => x.summary));
            const shown = paged.milestones.find((x) => x.id === m.id)!;
            expect(shown.rowsLoaded).toBe(true);
            expect(shown.listed).toBe(expected.length);
            expect(shown.problems).toBe(m.units.filter((u) => isProblem(u.standing)).length);
            pages.push(...shown.units);
          }
          expect(pages, `${m.kind} at ${now.toISOString()}${problemsOnly ? ", problems only" : ""}`).toEqual(expected);
        }
      }
    }
  });

  it("counts the days of an overdue form in Vietnam calendar days, as the rules do", async () => {
    const { org, campaign } = await cityOfEdgeCases();
    const user = (await loadSessionUser(org.office.id))!;
    const rowOf = async (now: Date, name: string) => {
      const paged = (await getCampaignCompliance(user, campaign.id, now, { page: 1, pageSize: 50 }))!;
      return paged.milestones[0].units.find((u) => u.name === name)!;
    };
    // Phòng Z (a draft) is overdue from 18/04 00:00: 1 day on the 18th and the 19th at 06:59 (still the 19th at 23:59 UTC+7 - 1 ms).
    expect((await rowOf(DUE, "Phòng Z")).standing).toEqual({ status: "OVERDUE", daysLate: 1 });
    expect((await rowOf(vn("2022-04-19T23:59:59"), "Phòng Z")).standing).toEqual({ status: "OVERDUE", daysLate: 1 });
    expect((await rowOf(vn("2022-04-20T00:00:00"), "Phòng Z")).standing).toEqual({ status: "OVERDUE", daysLate: 2 });
    // Submitted at the due instant: late by 1 day.
    expect((await rowOf(vn("2022-05-01T00:00:00"), "Phòng A")).standing).toEqual({ status: "LATE", daysLate: 1 });
    // Submitted a day after the milestone's deadline, within its extension: on time, with the extension shown.
    const a = await rowOf(vn("2022-05-01T00:00:00"), "Phòng Â");
    expect(a.standing).toEqual({ status: "ON_TIME", daysLate: 0 });
    expect(a.extension).toEqual({ dueAt: dueAtForBeforeDay("2022-04-20"), reason: "Gia hạn 2" });
    // The revoked extension of Phòng E is not applied.
    expect((await rowOf(vn("2022-05-01T00:00:00"), "Phòng E")).extension).toBeNull();
  });
});
