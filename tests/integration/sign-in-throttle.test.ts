import { describe, expect, it } from "vitest";
import { authorizeCredentials, LOCKED_MESSAGE } from "../../lib/auth/authorize";
import { authOptions } from "../../lib/auth/options";
import { delayAfterFailures, LOCK_MS, MAX_FAILURES } from "../../lib/auth/throttle-rules";
import { db, makeUnit, makeUser, TEST_PASSWORD } from "../helpers/factories";

/** Records the delays instead of waiting them out. */
function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

async function account() {
  const unit = await makeUnit();
  return makeUser({ unit, username: "nguyenvana" });
}

describe("sign-in throttling", () => {
  it("is wired into the next-auth Credentials provider", async () => {
    const user = await account();
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (raw: unknown) => Promise<unknown> } };
    const result = await provider.options.authorize({ identifier: "nguyenvana", password: TEST_PASSWORD });
    expect(result).toMatchObject({ id: user.id, sv: 0 });
  });

  it("locks the account after 5 wrong passwords, even against the right password afterwards", async () => {
    await account();
    const { delays, sleep } = recordingSleep();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authorizeCredentials({ identifier: "nguyenvana", password: "sai-mat-khau" }, { sleep })).toBeNull();
    }
    // Slowed down from the third failure on, as the pure rule says.
    expect(delays).toEqual([3, 4, 5].map(delayAfterFailures));
    await expect(authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep })).rejects.toThrow(LOCKED_MESSAGE);
    // Upper case and spaces are the same identifier.
    await expect(authorizeCredentials({ identifier: "  NguyenVanA ", password: TEST_PASSWORD }, { sleep })).rejects.toThrow(LOCKED_MESSAGE);
  });

  it("keeps the lock in the database, so every app server sees it", async () => {
    await account();
    const { sleep } = recordingSleep();
    const before = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) await authorizeCredentials({ identifier: "nguyenvana", password: "sai" }, { sleep });
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { identifier: "nguyenvana" } });
    expect(row.failures).toBe(MAX_FAILURES);
    expect(row.lockedUntil!.getTime()).toBeGreaterThanOrEqual(before + LOCK_MS);
    expect(row.lockedUntil!.getTime()).toBeLessThanOrEqual(Date.now() + LOCK_MS);

    // A lock written by another server (only the row exists) is honoured here too.
    await db().loginThrottle.create({
      data: { identifier: "khac@example.gov.vn", failures: 5, firstFailureAt: new Date(), lastFailureAt: new Date(), lockedUntil: new Date(Date.now() + 60_000) },
    });
    await expect(authorizeCredentials({ identifier: "khac@example.gov.vn", password: "x" }, { sleep })).rejects.toThrow(LOCKED_MESSAGE);

    // Once the lock time has passed (in the shared row), the right password works again and clears the row.
    await db().loginThrottle.update({ where: { identifier: "nguyenvana" }, data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep })).not.toBeNull();
    expect(await db().loginThrottle.findUnique({ where: { identifier: "nguyenvana" } })).toBeNull();
  });

  it("counts failures typed with the e-mail and with the username on the same account", async () => {
    const user = await account();
    const { sleep } = recordingSleep();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authorizeCredentials({ identifier: user.email!, password: "sai" }, { sleep });
    await authorizeCredentials({ identifier: "nguyenvana", password: "sai" }, { sleep });
    await expect(authorizeCredentials({ identifier: user.email!, password: TEST_PASSWORD }, { sleep })).rejects.toThrow(LOCKED_MESSAGE);
    await expect(authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep })).rejects.toThrow(LOCKED_MESSAGE);
  });

  it("resets the counter after a correct password", async () => {
    const user = await account();
    const { delays, sleep } = recordingSleep();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authorizeCredentials({ identifier: "nguyenvana", password: "sai" }, { sleep });
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { identifier: "nguyenvana" } })).failures).toBe(4);

    const ok = await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep });
    expect(ok).toMatchObject({ id: user.id });
    expect(await db().loginThrottle.findUnique({ where: { identifier: "nguyenvana" } })).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();

    // The next wrong password counts from one again: no lock, no delay.
    delays.length = 0;
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: "sai" }, { sleep })).toBeNull();
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { identifier: "nguyenvana" } })).failures).toBe(1);
    expect(delays).toEqual([]);
  });

  it("counts unknown accounts and deactivated accounts as failures without saying which", async () => {
    const user = await account();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    const { sleep } = recordingSleep();
    expect(await authorizeCredentials({ identifier: "nguyenvana", password: TEST_PASSWORD }, { sleep })).toBeNull();
    expect(await authorizeCredentials({ identifier: "khong-ton-tai", password: "x" }, { sleep })).toBeNull();
    const rows = await db().loginThrottle.findMany({ orderBy: { identifier: "asc" } });
    expect(rows.map((r) => [r.identifier, r.failures])).toEqual([
      ["khong-ton-tai", 1],
      ["nguyenvana", 1],
    ]);
  });

  it("accepts the e-mail address as identifier", async () => {
    const user = await account();
    const { sleep } = recordingSleep();
    expect(await authorizeCredentials({ identifier: "NguyenVanA@example.gov.vn", password: TEST_PASSWORD }, { sleep })).toMatchObject({ id: user.id });
  });
});
