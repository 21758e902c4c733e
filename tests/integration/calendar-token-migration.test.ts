import type { PGlite } from "@electric-sql/pglite";
import { openPglite } from "../../lib/db/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "../../app/api/calendar/[token]/route";
import { hashCalendarToken, newCalendarToken } from "../../lib/calendar/token";
import { setDbForTests } from "../../lib/db/client";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";
import { pgliteRunner, prismaOnPglite, type Db } from "../../lib/db/open";
import { testState } from "../helpers/state";

/** The migration that replaced User.calendarToken by its sha256 (calendarTokenHash). */
const HASHING = "20261206050117_security_sessions_throttle_calendar_hash";

const opened: { pglite: PGlite; prisma?: Db }[] = [];
afterEach(async () => {
  setDbForTests(testState.db);
  while (opened.length) {
    const o = opened.pop()!;
    await o.prisma?.$disconnect();
    await o.pglite.close();
  }
});

describe("calendar token hashing migration", () => {
  it("keeps the links made before it working, stores no token in clear, and a wrong token still gets 404", async () => {
    const files = readMigrations();
    const at = files.findIndex((f) => f.name === HASHING);
    expect(at).toBeGreaterThan(0);

    const pglite = openPglite();
    opened.push({ pglite });
    await pglite.waitReady;
    const runner = pgliteRunner(pglite);
    await applyMigrations(runner, files.slice(0, at));

    // A user with a link made before the migration (the token stored in clear then), and one without.
    const token = newCalendarToken();
    await pglite.exec(`
      INSERT INTO "Unit" (id, code, name, kind, path, "updatedAt") VALUES ('u1', 'U1', 'Sở Thử nghiệm', 'DEPARTMENT', '/u1/', now());
      INSERT INTO "User" (id, username, "fullName", "passwordHash", "unitId", "updatedAt", "calendarToken")
        VALUES ('a', 'nguoi-a', 'Người dùng A', 'x', 'u1', now(), '${token}'),
               ('b', 'nguoi-b', 'Người dùng B', 'x', 'u1', now(), NULL);`);

    expect(await applyMigrations(runner, files)).toEqual(files.slice(at).map((f) => f.name));

    const rows = await pglite.query<{ id: string; calendarTokenHash: string | null }>(`SELECT id, "calendarTokenHash" FROM "User" ORDER BY id`);
    expect(rows.rows).toEqual([
      { id: "a", calendarTokenHash: hashCalendarToken(token) },
      { id: "b", calendarTokenHash: null },
    ]);
    const columns = await pglite.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'User' AND column_name ILIKE 'calendar%'`,
    );
    expect(columns.rows.map((c) => c.column_name)).toEqual(["calendarTokenHash"]);

    // The feed, served from the migrated database, still answers the old link.
    const prisma = prismaOnPglite(pglite);
    opened[0].prisma = prisma;
    setDbForTests(prisma);
    const get = (t: string) => GET(new Request(`http://localhost/api/calendar/${t}`), { params: Promise.resolve({ token: t }) });
    const res = await get(token);
    expect(res.status).toBe(200);
    expect((await res.text()).replace(/\r\n[ \t]/g, "")).toContain("X-WR-CALNAME:Thi đua CCHC – Người dùng A");
    expect((await get(newCalendarToken())).status).toBe(404);
    expect((await get(hashCalendarToken(token))).status).toBe(404);
  });
});
