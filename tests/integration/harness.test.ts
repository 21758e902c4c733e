import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { loadSessionUser } from "../../lib/auth/session";
import { actAs, db, makeOrganisation } from "../helpers/factories";

describe("test harness", () => {
  it("gives each test an empty migrated database that the app code also uses", async () => {
    expect(await db().unit.count()).toBe(0);
    const org = await makeOrganisation();
    const appDb = await getDb();
    expect(await appDb.unit.count()).toBe(5);
    await actAs(org.headA);
    const user = await loadSessionUser(org.headA.id);
    expect(user?.roles.map((r) => r.role)).toEqual(["UNIT_HEAD"]);
  });

  it("starts the next test from an empty database again", async () => {
    expect(await db().user.count()).toBe(0);
  });
});
