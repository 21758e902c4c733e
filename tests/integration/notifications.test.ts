import { describe, expect, it } from "vitest";
import { GET as openNotification } from "../../app/(portal)/notifications/[id]/open/route";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../../lib/notifications/actions";
import { createNotification } from "../../lib/notifications/create";
import { countUnread, listNotifications, safeInternalPath } from "../../lib/notifications/queries";
import { actAs, db, makeOrganisation } from "../helpers/factories";

async function notify(userId: string, title: string, link: string | null = "/todo", createdAt?: Date) {
  const id = await db().$transaction((tx) => createNotification(tx, { userId, title, body: `Nội dung: ${title}`, link, digestMode: "IMMEDIATE" }));
  if (createdAt) await db().notification.update({ where: { id }, data: { createdAt } });
  return id;
}

async function open(id: string) {
  return openNotification(new Request(`http://localhost:3000/notifications/${id}/open`), { params: Promise.resolve({ id }) });
}

describe("notification centre", () => {
  it("lists a user's own notifications newest first, 20 a page, with a cheap unread count", async () => {
    const org = await makeOrganisation();
    const base = Date.UTC(2026, 3, 1, 1, 0, 0);
    for (let i = 0; i < 23; i++) await notify(org.headA.id, `Thông báo ${i}`, "/todo", new Date(base + i * 60_000));
    await notify(org.headB.id, "Của người khác");

    expect(await countUnread(org.headA)).toBe(23);
    expect(await countUnread(org.headB)).toBe(1);
    const first = await listNotifications(org.headA, 1);
    expect(first.total).toBe(23);
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0].title).toBe("Thông báo 22");
    const second = await listNotifications(org.headA, 2);
    expect(second.rows.map((r) => r.title)).toEqual(["Thông báo 2", "Thông báo 1", "Thông báo 0"]);
    expect([...first.rows, ...second.rows].every((r) => r.title !== "Của người khác")).toBe(true);
  });

  it("marks one and then all read; another user's notification is not found and unchanged", async () => {
    const org = await makeOrganisation();
    const a1 = await notify(org.headA.id, "A1");
    await notify(org.headA.id, "A2");
    await notify(org.headA.id, "A3");
    const b1 = await notify(org.headB.id, "B1");

    await actAs(org.headA);
    expect(await markNotificationReadAction({ id: a1 })).toMatchObject({ ok: true });
    expect(await countUnread(org.headA)).toBe(2);
    // Marking it again changes nothing and still succeeds.
    expect(await markNotificationReadAction({ id: a1 })).toMatchObject({ ok: true });

    expect(await markNotificationReadAction({ id: b1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await markNotificationReadAction({ id: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db().notification.findUniqueOrThrow({ where: { id: b1 } })).readAt).toBeNull();

    const all = await markAllNotificationsReadAction();
    expect(all).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await countUnread(org.headA)).toBe(0);
    expect(await countUnread(org.headB)).toBe(1);

    await actAs(null);
    expect(await markAllNotificationsReadAction()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await countUnread(org.headB)).toBe(1);
  });

  it("opening marks read and redirects only to paths of this site", async () => {
    const org = await makeOrganisation();
    const good = await notify(org.headA.id, "Nộp Mẫu 1", "/unit?x=1");
    const evil = await notify(org.headA.id, "Lạ", "https://evil.example/phish");
    const evil2 = await notify(org.headA.id, "Lạ 2", "//evil.example/x");
    const none = await notify(org.headA.id, "Không liên kết", null);
    const other = await notify(org.headB.id, "Của B", "/unit");

    await actAs(null);
    const anon = await open(good);
    expect(anon.headers.get("location")).toBe("http://localhost:3000/login");
    expect((await db().notification.findUniqueOrThrow({ where: { id: good } })).readAt).toBeNull();

    await actAs(org.headA);
    const res = await open(good);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost:3000/unit?x=1");
    expect((await db().notification.findUniqueOrThrow({ where: { id: good } })).readAt).not.toBeNull();

    for (const id of [evil, evil2, none]) {
      const r = await open(id);
      expect(r.headers.get("location")).toBe("http://localhost:3000/notifications");
    }

    const notMine = await open(other);
    expect(notMine.status).toBe(404);
    expect((await db().notification.findUniqueOrThrow({ where: { id: other } })).readAt).toBeNull();
    expect(await countUnread(org.headA)).toBe(0);
  });

  it("accepts only same-site paths as link targets", () => {
    expect(safeInternalPath("/todo")).toBe("/todo");
    expect(safeInternalPath("//evil.example")).toBe("/notifications");
    expect(safeInternalPath("/\\evil.example")).toBe("/notifications");
    expect(safeInternalPath("javascript:alert(1)")).toBe("/notifications");
    expect(safeInternalPath("https://evil.example")).toBe("/notifications");
    expect(safeInternalPath(null)).toBe("/notifications");
  });
});
