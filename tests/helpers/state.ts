import type { Db } from "../../lib/db/open";

/**
 * Shared between the setup file and the tests of one file. `ballotKey`: what getBallotKey() returns
 * to server actions (the secret-ballot key a real sign-in keeps in the session cookie).
 */
export const testState: { db: Db; session: { uid: string; sv: number; sid: string } | null; ballotKey: string | null } = {
  db: undefined as unknown as Db,
  session: null,
  ballotKey: null,
};
