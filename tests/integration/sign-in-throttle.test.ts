import { describe, expect, it } from "vitest";
import { authorizeCredentials, LOCKED_MESSAGE, UNAVAILABLE_MESSAGE } from "../../lib/auth/authorize";
import { authOptions } from "../../lib/auth/options";
import { loadSessionUser } from "../../lib/auth/session";
import { delayAfterFailures, POLICIES } from "../../lib/auth/throttle-rules";
import { setDbForTests } from "../../lib/db/client";
import { prismaOnPostgres } from "../../lib/db/open";
import { unlockSignInAction } from "../../lib/users/sign-in-throttle-actions";
import { actAs, db, makeUnit, makeUser, TEST_PASSWORD } from "../helpers/factories";
import { testState } from "../helpers/state";

/** Records the delays instead of waiting them out. */
function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}
const from = (ip: string) => ({ "x-forwarded-for": ip });
const ATTACKER = from("203.0.113.66");
const OFFICE = from("198.51.100.10");

async function account() {
  const unit = await makeUnit();
  return makeUser({ unit, username: "nguyenvana" });
}

async function failMany(n: number, identifier: string, headers: Record<string, string>, sleep: (ms: number) => Promise<void>) {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await authorizeCredentials({ identifier, password: "sai-mat-khau" }, { sleep, headers }).catch((e: Error) => e.message));
  }
  return out;
}

describe("sign-in throttling", () => {
  it("is wired into the next-auth Credentials provider, with the request's headers", async () => {
    const user = await account();
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> } };
    const result = await provider.options.authorize({ identifier: "nguyenvana", password: TEST_PASSWORD }, { headers: OFFICE });
    expect(result).toMatchObject({ id: user.id, sv: 0 });
    // A wrong password through the provider is counted for that client.
    await provider.options.authorize({ identifier: "nguyenvana", password: "sai" }, { headers: OFFICE });
    expect(await db().loginThrottle.findUnique({ where: { identifier: "p:198.51.100.10|nguyenvana" } })).toMatchObject({ failures: 1 });
  });

  it("lets the right password in from another client while an attacker's client is blocked on the same account", async () => {
    const user = await account();
    const { delays, sleep } = recordingSleep();
    const results = await failMany(6, "nguyenvana", ATTACKER, sleep);
    // Slowed down from the third failure on; blocked from the sixth try.
    expect(results.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(results[5]).toMatch(new RegExp(`^${LOCKED_MESSAGE}:\\d+$`));
    expect(delays).toEqual([3, 4, 5].map((n) => delayAfterFailures(POLICIES.pair, n)));
    // The attacker's client is refused even with the right password...
    await expect(authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: ATTACKER })).rejects.toThrow(LOCKED_MESSAGE);
    // ...and so is the e-mail form of the same account from that client.
    await expect(authorizeCredentials({ identifier: user.email!, password: TEST_PASSWORD }, { sleep, headers: ATTACKER })).rejects.toThrow(LOCKED_MESSAGE);
    // The unit head at the office signs in at once.
    delays.length = 0;
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: OFFICE })).toMatchObject({ id: user.id });
    expect(delays).toEqual([]);
  });

  it("does not let many clients together lock the account: failures from everywhere only slow the failing answers", async () => {
    const user = await account();
    const { delays, sleep } = recordingSleep();
    for (let i = 0; i < 25; i++) await failMany(1, "nguyenvana", from(`192.0.2.${i + 1}`), sleep);
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { identifier: "a:nguyenvana" } })).failures).toBe(25);
    expect(delays.at(-1)).toBeGreaterThan(0);
    delays.length = 0;
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: OFFICE })).toMatchObject({ id: user.id });
    expect(delays).toEqual([]);
    // A right password clears the account's own count.
    expect(await db().loginThrottle.findUnique({ where: { identifier: "a:nguyenvana" } })).toBeNull();
  });

  it("slows and then blocks one client spraying one password across many accounts", async () => {
    const unit = await makeUnit();
    const victims = await Promise.all(Array.from({ length: 31 }, (_, i) => makeUser({ unit, username: `nguoi${i}` })));
    const { delays, sleep } = recordingSleep();
    for (const v of victims.slice(0, 30)) await failMany(1, v.username, ATTACKER, sleep);
    expect(delays.filter((d) => d > 0).length).toBeGreaterThanOrEqual(20);
    await expect(authorizeCredentials({ identifier: victims[30].username, password: TEST_PASSWORD }, { sleep, headers: ATTACKER })).rejects.toThrow(LOCKED_MESSAGE);
    // Everyone else still signs in.
    expect(await authorizeCredentials({ identifier: victims[30].username, password: TEST_PASSWORD }, { sleep, headers: OFFICE })).toMatchObject({ id: victims[30].id });
  });

  it("counts unknown accounts and deactivated accounts as failures without saying which, and removes rows a day old", async () => {
    const user = await account();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    const { sleep } = recordingSleep();
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: OFFICE })).toBeNull();
    expect(await authorizeCredentials({ identifier: "khong-ton-tai", password: "x" }, { sleep, headers: OFFICE })).toBeNull();
    const keys = (await db().loginThrottle.findMany({ orderBy: { identifier: "asc" } })).map((r) => [r.identifier, r.failures]);
    expect(keys).toEqual([
      ["a:khong-ton-tai", 1],
      ["a:nguyenvana", 1],
      ["c:198.51.100.10", 2],
      ["p:198.51.100.10|khong-ton-tai", 1],
      ["p:198.51.100.10|nguyenvana", 1],
    ]);
    // Rows whose last failure is over a day old (and that block nothing) go at the next failure.
    const old = new Date(Date.now() - 25 * 3600_000);
    await db().loginThrottle.updateMany({ where: { account: "khong-ton-tai" }, data: { lastFailureAt: old, firstFailureAt: old } });
    await failMany(1, "ai-do", ATTACKER, sleep);
    expect(await db().loginThrottle.count({ where: { account: "khong-ton-tai" } })).toBe(0);
  });

  it("lets the administrator lift every block of an account without changing its password", async () => {
    const unit = await makeUnit();
    const user = await makeUser({ unit, username: "nguyenvana" });
    const admin = await makeUser({ unit, username: "quantri", roles: [{ role: "ADMIN", unit }] });
    const { sleep } = recordingSleep();
    await failMany(5, "nguyenvana", OFFICE, sleep);
    await expect(authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: OFFICE })).rejects.toThrow(LOCKED_MESSAGE);
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });

    // Another unit's user cannot; the administrator can.
    const outsider = await makeUser({ unit: await makeUnit(), username: "nguoingoai" });
    await actAs(outsider);
    expect(await unlockSignInAction({ id: user.id })).toMatchObject({ ok: false });
    await actAs(admin);
    expect(await unlockSignInAction({ id: user.id })).toMatchObject({ ok: true, data: { cleared: 2 } });

    const afterUnlock = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(afterUnlock.passwordHash).toBe(before.passwordHash);
    expect(afterUnlock.sessionVersion).toBe(before.sessionVersion);
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep, headers: OFFICE })).toMatchObject({ id: user.id });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.sign-in.unlock" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityId: user.id });
  });

  it("accepts the e-mail address as identifier", async () => {
    const user = await account();
    const { sleep } = recordingSleep();
    expect(await authorizeCredentials({ identifier: "NguyenVanA@example.gov.vn", password: TEST_PASSWORD }, { sleep })).toMatchObject({ id: user.id });
  });

  it("says the system is unavailable, not that the password is wrong, when the database cannot be reached", async () => {
    await account();
    const unreachable = prismaOnPostgres("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
    setDbForTests(unreachable);
    try {
      await expect(authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep: async () => {} })).rejects.toThrow(UNAVAILABLE_MESSAGE);
    } finally {
      setDbForTests(testState.db);
      await unreachable.$disconnect().catch(() => {});
    }
  });
});

describe("server-side sessions", () => {
  it("opens a session at sign-in and ends it at sign-out, so a copied cookie stops working", async () => {
    const user = await account();
    const signedIn = (await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep: async () => {} }))!;
    expect(await db().userSession.count({ where: { userId: user.id } })).toBe(1);
    expect(await loadSessionUser(user.id, signedIn.sv, signedIn.sid)).toMatchObject({ id: user.id });

    // next-auth's JWT callback puts the session id into the cookie; its signOut event ends it.
    const token = await authOptions.callbacks!.jwt!({ token: {}, user: signedIn as never } as never);
    expect(token.sid).toBe(signedIn.sid);
    await authOptions.events!.signOut!({ token } as never);
    expect(await db().userSession.count({ where: { userId: user.id } })).toBe(0);
    // The same cookie (same uid, sv and sid) is no longer a session.
    expect(await loadSessionUser(user.id, signedIn.sv, signedIn.sid)).toBeNull();
  });

  it("refuses a forged session id, another user's session id and an expired one", async () => {
    const user = await account();
    const a = (await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep: async () => {} }))!;
    expect(await loadSessionUser(user.id, a.sv, "forged-session-id")).toBeNull();
    // Another user's session id does not open this account.
    const other = await makeUser({ unit: await makeUnit(), username: "khac" });
    const b = (await authorizeCredentials({ identifier: "khac", password: TEST_PASSWORD }, { sleep: async () => {} }))!;
    expect(await loadSessionUser(user.id, a.sv, b.sid)).toBeNull();
    expect(await loadSessionUser(other.id, b.sv, b.sid)).toMatchObject({ id: other.id });
    await db().userSession.update({ where: { id: a.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSessionUser(user.id, a.sv, a.sid)).toBeNull();
  });
});
