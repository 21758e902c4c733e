/**
 * Secret ballot without a link between a member and their votes (issue 5: "nobody, the
 * administrator included, can tell how a member voted, yet each member votes once and may change
 * the vote until the ballot closes"; issue 10: not even by reading the database with its system
 * columns).
 *
 * What is stored
 * - At sign-in the member's ballot key is derived from their password (scrypt, salted with the user
 *   id) and kept only inside the encrypted session cookie: the database never holds it.
 * - Per session the key gives a token: HMAC(key, session id).
 * - The member's row of the session stores ballotCheck = sha256("check:" + token): it lets the server
 *   recognise the same member's token again (one ballot per member; a changed password cannot mint a
 *   second one), but cannot be turned into the token.
 * - Each vote is stored under voterKey = sha256("vote:" + agenda item + ":" + token), without the
 *   member's id or any time. Votes on different items of one member do not even share a key.
 *
 * How it is written (lib/council/voting/secret-ballot.ts, castSecretVotes)
 * - "This member voted" (the ballot check on their row, the one "ballot-received" audit row) and the
 *   votes are written by two different transactions. The vote transaction touches no row that names
 *   anyone: it takes a transaction-scoped advisory lock (not a row lock, which would leave its
 *   transaction id in the locked row's xmax) and writes only CouncilVote.
 * - Every ballot that changes something deletes all the session's vote rows and inserts them again,
 *   with fresh random ids, in a crypto-random order, with one INSERT. So every vote row carries the
 *   same xmin and cmin (the last writer's), and the physical order (ctid, and the order of a dump) is
 *   random: neither the transaction id, nor the order, nor the ids tell whose a row is or when it was
 *   cast. A ballot that changes nothing writes nothing.
 *
 * Reading the database (its tables, system columns, audit log, or a dump) therefore cannot tell whose
 * vote a row is: that needs the token, and the token needs the member's password. What it does not
 * protect against — someone controlling the server while the ballot is open (watching requests or
 * memory, the statement log, WAL and not yet vacuumed dead row versions, or the table between two
 * ballots) — is described in the note of issue 10.
 */
import { createHash, createHmac, scrypt, scryptSync } from "node:crypto";

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;

/** The member's ballot key (base64url), derived from the password they signed in with. */
export function deriveBallotKey(password: string, userId: string): string {
  return scryptSync(password.normalize("NFC"), `cchc-ballot:${userId}`, 32, SCRYPT).toString("base64url");
}

/**
 * The same key, derived on libuv's thread pool: sign-in uses it, so that the ~40 ms of scrypt per sign-in
 * does not hold every other request of the process (a morning rush of sign-ins before a deadline).
 */
export function deriveBallotKeyAsync(password: string, userId: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), `cchc-ballot:${userId}`, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key.toString("base64url")))),
  );
}

/** The member's token for one session. */
export function sessionBallotToken(ballotKey: string, sessionId: string): string {
  return createHmac("sha256", Buffer.from(ballotKey, "base64url")).update(`session:${sessionId}`).digest("base64url");
}

/** What the member's session row stores: recognises the token, does not reveal it. */
export function ballotCheckOf(token: string): string {
  return createHash("sha256").update(`check:${token}`).digest("hex");
}

/** The key one secret vote is stored under. */
export function secretVoterKey(token: string, agendaItemId: string): string {
  return createHash("sha256").update(`vote:${agendaItemId}:${token}`).digest("hex");
}
