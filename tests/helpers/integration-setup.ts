import fs from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { openPglite } from "../../lib/db/pglite";
import { afterAll, beforeAll, beforeEach, inject, vi } from "vitest";
import { setDbForTests } from "../../lib/db/client";
import { prismaOnPglite, prismaOnPostgres, type Db } from "../../lib/db/open";
import { testState } from "./state";

// next-auth reads the session from the request cookies; tests choose the signed-in user instead.
vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth")>();
  return {
    ...actual,
    getServerSession: async () => (testState.session ? { ...testState.session } : null),
  };
});
// The secret-ballot key lives in the session cookie; tests set it in testState.ballotKey.
vi.mock("../../lib/auth/ballot-key", () => ({
  getBallotKey: async () => testState.ballotKey,
}));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));

let pglite: PGlite | undefined;
let prisma: Db;

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    prisma = prismaOnPostgres(process.env.TEST_DATABASE_URL);
  } else {
    const template = fs.readFileSync(inject("pgliteTemplate"));
    pglite = openPglite(undefined, { loadDataDir: new Blob([template]) });
    await pglite.waitReady;
    prisma = prismaOnPglite(pglite);
  }
  setDbForTests(prisma);
  testState.db = prisma;
});

// Each test starts from an empty database (schema kept).
beforeEach(async () => {
  testState.session = null;
  testState.ballotKey = null;
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
});

afterAll(async () => {
  setDbForTests(undefined);
  await prisma?.$disconnect();
  await pglite?.close();
});
