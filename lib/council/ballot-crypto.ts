/**
 * Secret ballot without a link between a member and their votes (issue 5: "nobody, the
 * administrator included, can tell how a member voted, yet each member votes once and may change
 * the vote until the ballot closes").
 *
 * - At sign-in the member's ballot key is derived from their password (scrypt, salted with the user
 *   id) and kept only inside the encrypted session cookie: the database never holds it.
 * - Per session the key gives a token: HMAC(key, session id).
 * - The member's row of the session stores ballotCheck = sha256("check:" + token): it lets the server
 *   recognise the same member's token again (one ballot per member; a changed password cannot mint a
 *   second one), but cannot be turned into the token.
 * - Each vote is stored under voterKey = sha256("vote:" + agenda item + ":" + token), without the
 *   member's id or any time. Votes on different items of one member do not even share a key.
 * Reading the database (or its audit log) therefore cannot tell whose vote a row is: that needs the
 * token, and the token needs the member's password.
 */
import { createHash, createHmac, scryptSync } from "node:crypto";

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;

/** The member's ballot key (base64url), derived from the password they signed in with. */
export function deriveBallotKey(password: string, userId: string): string {
  return scryptSync(password.normalize("NFC"), `cchc-ballot:${userId}`, 32, SCRYPT).toString("base64url");
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
