import type { Db } from "../../lib/db/open";

/** Shared between the setup file and the tests of one file. */
export const testState: { db: Db; session: { uid: string; sv: number } | null } = {
  db: undefined as unknown as Db,
  session: null,
};
