import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/calendar/[token]/route";
import { changeCalendarTokenAction } from "../../lib/calendar/actions";
import { hashCalendarToken } from "../../lib/calendar/token";
import { actAs, db, makeCampaign, makeOrganisation } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";

async function feed(token: string) {
  const res = await GET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });
  const text = await res.text();
  return { res, text, unfolded: text.replace(/\r\n[ \t]/g, "") };
}

/** What the database holds for the user: the hash of the secret, never the secret. */
async function hashOf(user: { id: string }) {
  return (await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarTokenHash: true } })).calendarTokenHash;
}

/** Creates or rotates the signed-in user's link and returns the token, handed out once in the action's answer. */
async function issue(op: "create" | "rotate"): Promise<string> {
  const res = await changeCalendarTokenAction({ op });
  if (!res.ok || !res.data) throw new Error(`calendar ${op} failed: ${JSON.stringify(res)}`);
  return res.data.token;
}

describe("private calendar link", () => {
  it("is created, rotated and revoked by its owner only, with an audit row that never holds the token", async () => {
    const org = await makeOrganisation();
    await actAs(org.headA);
    expect(await changeCalendarTokenAction({ op: "rotate" })).toMatchObject({ ok: false, code: "RULE" });
    const created = await changeCalendarTokenAction({ op: "create" });
    expect(created).toMatchObject({ ok: true, message: "Đã tạo liên kết lịch công việc." });
    const first = created.ok ? created.data!.token : "";
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The link is handed out once, in the answer; the database keeps only its hash.
    expect(created.ok && created.data).toMatchObject({ http: expect.stringMatching(new RegExp(`/api/calendar/${first}$`)), webcal: expect.stringMatching(/^webcal:\/\//) });
    expect(await hashOf(org.headA)).toBe(hashCalendarToken(first));
    expect(await changeCalendarTokenAction({ op: "create" })).toMatchObject({ ok: false, code: "RULE" });
    const second = await issue("rotate");
    expect(second).not.toBe(first);
    expect(await hashOf(org.headA)).toBe(hashCalendarToken(second));
    expect(await changeCalendarTokenAction({ op: "revoke" })).toMatchObject({ ok: true, data: null });
    expect(await hashOf(org.headA)).toBeNull();
    expect(await changeCalendarTokenAction({ op: "bogus" })).toMatchObject({ ok: false, code: "VALIDATION" });
    // Nobody else's token changed.
    expect(await hashOf(org.headB)).toBeNull();

    const audit = await db().auditLog.findMany({ where: { entityType: "User", entityId: org.headA.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["calendar.token.create", "calendar.token.rotate", "calendar.token.revoke"]);
    const dump = JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(dump).not.toContain(first);
    expect(dump).not.toContain(second);
    expect(dump).not.toContain(hashCalendarToken(first));

    await actAs(null);
    expect(await changeCalendarTokenAction({ op: "create" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("is never stored in clear: no column of any table holds the token, only its sha256", async () => {
    const org = await makeOrganisation();
    await actAs(org.headA);
    const token = await issue("create");
    expect(hashCalendarToken(token)).toMatch(/^[0-9a-f]{64}$/);
    // Search every text-like column of every table in the public schema for the token.
    const columns = await db().$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
    );
    expect(columns.length).toBeGreaterThan(10);
    const hits: string[] = [];
    for (const c of columns) {
      const rows = await db().$queryRawUnsafe<{ n: bigint | number }[]>(
        `SELECT count(*) AS n FROM "${c.table_name}" WHERE strpos("${c.column_name}"::text, $1) > 0`,
        token,
      );
      if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
    }
    expect(hits).toEqual([]);
    // …while the feed answers for it.
    expect((await feed(token)).res.status).toBe(200);
  });

  it("serves the owner's obligations as all-day events on the last day to submit; old or unknown tokens get 404", async () => {
    const org = await makeOrganisation();
    const past = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: "2022-04-18" });
    await db().registration.create({
      data: { campaignId: org.campaign.id, unitId: org.officeA.id, kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", isLate: false, submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() },
    });
    await actAs(org.headA);
    const token = await issue("create");
    await actAs(org.headB);
    const tokenB = await issue("create");

    const { res, text, unfolded } = await feed(token);
    const pastReg = past.milestones[0];
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(unfolded).toContain(`X-WR-CALNAME:Thi đua CCHC – Người dùng head-a`);
    // RFC 5545 as an independent validator reads it: every line ends with CRLF (the last one too), DTSTAMP
    // is UTC, no TZID without its VTIMEZONE, no unregistered property outside the X- namespace.
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
    for (const stamp of unfolded.match(/^DTSTAMP:.*$/gm) ?? []) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r?$/);
    expect(unfolded).not.toMatch(/TZID|TIMEZONE-ID|X-WR-TIMEZONE/);
    const KNOWN = new Set(["BEGIN", "END", "VERSION", "PRODID", "METHOD", "NAME", "DESCRIPTION", "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL", "STATUS", "LOCATION", "ACTION", "TRIGGER", "REFRESH-INTERVAL", "SOURCE", "CALSCALE", "TRANSP", "CLASS", "ORGANIZER", "ATTENDEE", "LAST-MODIFIED", "CREATED"]);
    const props = new Set(unfolded.split(/\r\n/).filter(Boolean).map((l) => l.split(/[:;]/)[0]));
    expect([...props].filter((p) => !KNOWN.has(p) && !p.startsWith("X-"))).toEqual([]);
    // An independent parser (Mozilla's ical.js) reads it: every event with its UID, a UTC stamp and whole days.
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.uid).toMatch(/@thidua-cchc$/);
      expect((e.component.getFirstPropertyValue("dtstamp") as ICAL.Time).zone?.tzid).toBe("UTC");
      expect(e.startDate.isDate).toBe(true);
    }
    const parsed = events.find((e) => e.uid === `${pastReg.id}.${org.officeA.id}@thidua-cchc`)!;
    expect(parsed.startDate.toString()).toBe("2022-04-17");
    expect(parsed.endDate.toString()).toBe("2022-04-18");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    // "trước ngày 18/4/2022": the last day to submit is 17/4.
    const event = unfolded.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${pastReg.id}.${org.officeA.id}@`))!;
    expect(event).toContain("DTSTART;VALUE=DATE:20220417");
    expect(event).toContain("DTEND;VALUE=DATE:20220418");
    expect(event).toContain(`SUMMARY:Mẫu 1: Đăng ký mô hình\\, giải pháp\\, sáng kiến (Mẫu 1) (${past.documentNumber})`);
    expect(event).toContain("Phòng A");
    expect(event).toContain(`/unit/campaigns/${past.id}?unit=${org.officeA.id}`);
    expect(event).toContain("BEGIN:VALARM");
    expect(event).toContain("TRIGGER:-P2D");
    // The submitted one is there, marked.
    expect(unfolded).toContain(`SUMMARY:[Đã nộp] Mẫu 1`);
    // Another unit's obligations never appear.
    expect(unfolded).not.toContain(org.officeB.id);
    expect(unfolded).not.toContain("Phòng B");

    // Rotation: the old token stops working at once.
    await actAs(org.headA);
    const rotated = await issue("rotate");
    expect((await feed(token)).res.status).toBe(404);
    expect((await feed(rotated)).res.status).toBe(200);
    // The stored hash is no credential: used as the token it is not found.
    expect((await feed((await hashOf(org.headA))!)).res.status).toBe(404);
    expect((await feed("khong-ton-tai-token-nao-ca-1234567890")).res.status).toBe(404);
    expect((await feed("")).res.status).toBe(404);
    // A deactivated account's feed is gone too.
    await db().user.update({ where: { id: org.headA.id }, data: { active: false } });
    expect((await feed(rotated)).res.status).toBe(404);
    // Revoked: 404.
    expect((await feed(tokenB)).res.status).toBe(200);
    await actAs(org.headB);
    await changeCalendarTokenAction({ op: "revoke" });
    expect((await feed(tokenB)).res.status).toBe(404);
  });
});

describe("report obligations in the calendar feed", () => {
  it("lists the unit's reports with their link, marks a submitted one, and says when a phase opens", async () => {
    const org = await makeOrganisation(); // registration falls due in 30 days: the mid-term report is not open yet
    const ms = await addReportMilestones(org.campaign, { finalInDays: 60 });
    const past = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], registrationBeforeDay: "2022-04-18" });
    const pastMs = await addReportMilestones(past, { midtermInDays: -5, midtermSummaryInDays: -2, finalInDays: 60, finalSummaryInDays: 70 });
    await db().report.create({ data: { campaignId: past.id, unitId: org.officeA.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date() } });
    await actAs(org.headA);
    const { unfolded } = await feed(await issue("create"));
    const eventOf = (milestoneId: string) => unfolded.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${milestoneId}.${org.officeA.id}@`))!;

    const submitted = eventOf(pastMs.MIDTERM_REPORT.id);
    expect(submitted).toContain("SUMMARY:[Đã nộp] Mẫu 2 + Đề cương");
    expect(submitted).toContain(`/unit/campaigns/${past.id}/reports/so-ket?unit=${org.officeA.id}`);
    const final = eventOf(pastMs.FINAL_REPORT.id);
    expect(final).toContain(`/unit/campaigns/${past.id}/reports/tong-ket?unit=${org.officeA.id}`);
    expect(final).toContain("BEGIN:VALARM");
    const notOpen = eventOf(ms.MIDTERM_REPORT.id);
    expect(notOpen).toContain("Tình trạng: Chưa mở nhận");
    expect(notOpen).toMatch(/Mở nhận từ \d{2}\/\d{2}\/\d{4}/);
    // The office's summary milestones are not the unit's.
    expect(unfolded).not.toContain(`UID:${pastMs.MIDTERM_SUMMARY.id}.`);
  });
});
