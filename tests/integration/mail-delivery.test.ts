import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resendEmailAction } from "../../lib/mail/actions";
import { CLAIM_LEASE_MS, deliverPendingEmails, MAX_ATTEMPTS } from "../../lib/mail/deliver";
import { sendDailyDigests } from "../../lib/mail/digest";
import { getOutboxMessage, listOutbox } from "../../lib/mail/outbox";
import { queueEmail } from "../../lib/mail/queue";
import type { MailTransport, OutgoingMail } from "../../lib/mail/transport";
import { setDigestModeAction } from "../../lib/notifications/actions";
import { createNotification } from "../../lib/notifications/create";
import { actAs, db, makeOrganisation } from "../helpers/factories";
import { loadSessionUser } from "../../lib/auth/session";

const T0 = new Date("2026-04-10T01:00:00.000Z");
const MIN = 60_000;

function recorder(): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { sent, async send(mail) { sent.push(mail); } };
}
const broken: MailTransport = {
  async send() {
    throw new Error("ECONNREFUSED 127.0.0.1:587");
  },
};

async function queue(to: string, subject = "Nhắc việc", createdAt = T0) {
  const id = await db().$transaction((tx) => queueEmail(tx, { to, subject, text: `Nội dung ${subject}`, html: `<p>${subject}</p>` }));
  await db().emailMessage.update({ where: { id }, data: { createdAt, nextAttemptAt: createdAt } });
  return id;
}
const mail = (id: string) => db().emailMessage.findUniqueOrThrow({ where: { id } });

let savedSmtp: string | undefined;
beforeEach(() => {
  savedSmtp = process.env.SMTP_URL;
  delete process.env.SMTP_URL;
});
afterEach(() => {
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
});

describe("e-mail delivery", () => {
  it("keeps mails in the local outbox without SMTP, and sends them with a transport", async () => {
    const a = await queue("a@example.gov.vn");
    const later = await queue("later@example.gov.vn", "Sau", new Date(T0.getTime() + 10 * MIN));
    expect(await deliverPendingEmails({ now: T0 })).toMatchObject({ picked: 1, local: 1, sent: 0 });
    expect(await mail(a)).toMatchObject({ status: "LOCAL" });
    expect((await mail(a)).sentAt).not.toBeNull();
    expect(await mail(later)).toMatchObject({ status: "PENDING" });

    const t = recorder();
    const b = await queue("b@example.gov.vn", "Thư B");
    expect(await deliverPendingEmails({ now: new Date(T0.getTime() + 11 * MIN), transport: t })).toMatchObject({ picked: 2, sent: 2 });
    expect(t.sent.map((m) => m.to)).toEqual(["b@example.gov.vn", "later@example.gov.vn"]); // oldest first
    expect(t.sent[0]).toMatchObject({ subject: "Thư B", text: "Nội dung Thư B", html: "<p>Thư B</p>" });
    expect(await mail(b)).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(await mail(a)).toMatchObject({ status: "LOCAL" }); // never re-sent
  });

  it("retries failures with backoff 1 min, 5 min, 30 min, 2 h and gives up after 5 attempts", async () => {
    const id = await queue("x@example.gov.vn");
    let now = T0;
    const waits = [1, 5, 30, 120];
    for (let i = 0; i < 4; i++) {
      expect(await deliverPendingEmails({ now, transport: broken })).toMatchObject({ picked: 1, retried: 1 });
      const m = await mail(id);
      expect(m).toMatchObject({ status: "PENDING", attempts: i + 1, lastError: "ECONNREFUSED 127.0.0.1:587" });
      expect(m.nextAttemptAt.getTime() - now.getTime()).toBe(waits[i] * MIN);
      // Not due yet: nothing is picked a minute early.
      expect(await deliverPendingEmails({ now: new Date(m.nextAttemptAt.getTime() - 1), transport: broken })).toMatchObject({ picked: 0 });
      now = m.nextAttemptAt;
    }
    expect(await deliverPendingEmails({ now, transport: broken })).toMatchObject({ failed: 1 });
    expect(await mail(id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverPendingEmails({ now: new Date(now.getTime() + 10 * 3600_000), transport: broken })).toMatchObject({ picked: 0 });

    // "Gửi lại": only the administrator; back to PENDING with the attempts kept; audited.
    const org = await makeOrganisation();
    await actAs(org.office);
    expect(await resendEmailAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await mail(id)).toMatchObject({ status: "FAILED" });
    await actAs(org.admin);
    expect(await resendEmailAction({ id })).toMatchObject({ ok: true });
    expect(await mail(id)).toMatchObject({ status: "PENDING", attempts: MAX_ATTEMPTS });
    expect(await resendEmailAction({ id })).toMatchObject({ ok: false, code: "RULE" });
    const audit = await db().auditLog.findMany({ where: { entityType: "EmailMessage", entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["email.resend"]);
    const t = recorder();
    expect(await deliverPendingEmails({ transport: t })).toMatchObject({ sent: 1 });
    expect(await mail(id)).toMatchObject({ status: "SENT", attempts: MAX_ATTEMPTS + 1 });
  });

  it("never sends a mail twice, even when two runs overlap", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await queue(`u${i}@example.gov.vn`, `Thư ${i}`));
    const t = recorder();
    const [r1, r2] = await Promise.all([deliverPendingEmails({ now: T0, transport: t }), deliverPendingEmails({ now: T0, transport: t })]);
    expect(r1.sent + r2.sent).toBe(5);
    expect(await deliverPendingEmails({ now: T0, transport: t })).toMatchObject({ picked: 0 });
    expect(t.sent.map((m) => m.to).sort()).toEqual(ids.map((_, i) => `u${i}@example.gov.vn`));
    // A run that claimed mails and died: they are retried after the lease, not before.
    const stuck = await queue("stuck@example.gov.vn");
    await db().emailMessage.update({ where: { id: stuck }, data: { nextAttemptAt: new Date(T0.getTime() + CLAIM_LEASE_MS) } });
    expect(await deliverPendingEmails({ now: T0, transport: t })).toMatchObject({ picked: 0 });
    expect(await deliverPendingEmails({ now: new Date(T0.getTime() + CLAIM_LEASE_MS), transport: t })).toMatchObject({ sent: 1 });
  });
});

describe("daily digest", () => {
  it("sends one e-mail per user with all waiting notifications, once", async () => {
    const org = await makeOrganisation();
    await db().user.update({ where: { id: org.staffA.id }, data: { email: null } });
    await db().$transaction(async (tx) => {
      await createNotification(tx, { userId: org.headA.id, title: "Còn 3 ngày: nộp Mẫu 1", body: "x", link: "/todo", digestMode: "DAILY" });
      await createNotification(tx, { userId: org.headA.id, title: "Còn 1 ngày: <b>nộp</b> Mẫu 2", body: "y", link: "/unit", digestMode: "DAILY" });
      await createNotification(tx, { userId: org.headA.id, title: "Ngay lập tức", body: "z", link: "/todo", digestMode: "IMMEDIATE" });
      await createNotification(tx, { userId: org.headB.id, title: "Còn 7 ngày", body: "w", link: "/todo", digestMode: "DAILY" });
      await createNotification(tx, { userId: org.staffA.id, title: "Không có e-mail", body: "v", link: "/todo", digestMode: "DAILY" });
    });

    const now = new Date(Date.now() + 1000);
    expect(await sendDailyDigests({ now })).toEqual({ users: 3, emails: 2, notifications: 4, withoutEmail: 1 });
    const mails = await db().emailMessage.findMany({ orderBy: { toAddress: "asc" } });
    expect(mails.map((m) => m.toAddress)).toEqual([org.headA.email, org.headB.email]);
    const a = mails[0];
    expect(a.toUserId).toBe(org.headA.id);
    expect(a.subject).toMatch(/^Tổng hợp nhắc việc ngày \d{2}\/\d{2}\/\d{4}: 2 thông báo$/);
    expect(a.textBody).toContain("Còn 3 ngày: nộp Mẫu 1");
    expect(a.textBody).toContain("Còn 1 ngày: <b>nộp</b> Mẫu 2");
    expect(a.textBody).not.toContain("Ngay lập tức");
    expect(a.htmlBody).toContain("&lt;b&gt;nộp&lt;/b&gt;");
    expect(a.htmlBody).toMatch(/href="http:\/\/localhost:3000\/notifications\/[^"]+\/open"/);

    const pending = await db().notification.count({ where: { wantsDigest: true, digestedAt: null } });
    expect(pending).toBe(0);
    expect(await db().notification.count({ where: { wantsDigest: false, digestedAt: { not: null } } })).toBe(0);

    expect(await sendDailyDigests({ now: new Date(now.getTime() + 1000) })).toEqual({ users: 0, emails: 0, notifications: 0, withoutEmail: 0 });
    expect(await db().emailMessage.count()).toBe(2);
  });

  it("runs twice at once without a second e-mail", async () => {
    const org = await makeOrganisation();
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await createNotification(tx, { userId: org.headA.id, title: `N${i}`, body: "x", digestMode: "DAILY" });
    });
    const now = new Date(Date.now() + 1000);
    const [r1, r2] = await Promise.all([sendDailyDigests({ now }), sendDailyDigests({ now })]);
    expect(r1.emails + r2.emails).toBe(1);
    expect(await db().emailMessage.count()).toBe(1);
  });

  it("lets a user choose the daily digest, with an audit row", async () => {
    const org = await makeOrganisation();
    await actAs(org.headA);
    expect(await setDigestModeAction({ digestMode: "WEEKLY" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await setDigestModeAction({ digestMode: "DAILY" })).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: org.headA.id } })).digestMode).toBe("DAILY");
    expect(await setDigestModeAction({ digestMode: "DAILY" })).toMatchObject({ ok: true }); // no change, no row
    expect(await setDigestModeAction({ digestMode: "IMMEDIATE" })).toMatchObject({ ok: true });
    const audit = await db().auditLog.findMany({ where: { entityType: "User", entityId: org.headA.id, action: "user.digest_mode" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.after as { digestMode: string }).digestMode)).toEqual(["DAILY", "IMMEDIATE"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: org.headB.id } })).digestMode).toBe("IMMEDIATE");
    await actAs(null);
    expect(await setDigestModeAction({ digestMode: "DAILY" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("outbox", () => {
  it("is readable by the administrator only", async () => {
    const org = await makeOrganisation();
    const id = await queue("a@example.gov.vn", "Thư <script>");
    await queue("b@example.gov.vn", "Thư khác");
    await deliverPendingEmails({ now: T0, limit: 1 });
    const admin = (await loadSessionUser(org.admin.id))!;
    const all = await listOutbox(admin, {});
    expect(all.total).toBe(2);
    expect(all.rows[0].subject).toBe("Thư khác"); // newest first
    expect((await listOutbox(admin, { status: "LOCAL" })).rows.map((r) => r.id)).toEqual([id]);
    expect((await listOutbox(admin, { status: "FAILED" })).total).toBe(0);
    expect((await getOutboxMessage(admin, id)).htmlBody).toBe("<p>Thư <script></p>");
    for (const u of [org.office, org.headA, org.leader]) {
      const s = (await loadSessionUser(u.id))!;
      await expect(listOutbox(s, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getOutboxMessage(s, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
