import { createHash, randomBytes } from "node:crypto";

/** A token looks like 32 random bytes in base64url (43 characters); anything else is not looked up. */
export const CALENDAR_TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,64}$/;

/** 32 random bytes, base64url: the only credential of the feed. Only its hash is stored. */
export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What the database keeps instead of the token: sha256 of its UTF-8 bytes, lower-case hex (64 characters) —
 * the same as the migration that hashed the tokens existing before (`encode(sha256(convert_to(t,'UTF8')),'hex')`).
 * The token carries 256 random bits, so a fast unsalted hash is enough: it cannot be guessed from the hash.
 */
export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
