import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Tracking codes, confirmation tokens and the form's fill-time stamp of public ideas (pure, no database).
 *
 * A tracking code is 20 symbols of Crockford's base 32 (100 random bits), shown as five groups of four
 * ("7KQ2-M9XD-…"): unguessable, yet short enough to read over the phone. Only its SHA-256 is stored, so a
 * copy of the database does not give anyone access to a submitter's page. Typing is forgiving: case,
 * spaces and dashes are ignored, and the letters people confuse (O/I/L) read as 0/1/1.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TRACKING_CODE_SYMBOLS = 20;

export function newTrackingCode(): string {
  const bytes = randomBytes(TRACKING_CODE_SYMBOLS);
  let s = "";
  for (let i = 0; i < TRACKING_CODE_SYMBOLS; i++) s += ALPHABET[bytes[i] & 31];
  return s.replace(/(.{4})(?!$)/g, "$1-");
}

/** The canonical form of what someone typed, or null when it cannot be a code (wrong length or symbols). */
export function normaliseTrackingCode(raw: string): string | null {
  const s = raw
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (s.length !== TRACKING_CODE_SYMBOLS) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}

export function sha256Hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** What the database keeps of a code: the hash of its canonical form. */
export function trackingCodeHash(code: string): string | null {
  const c = normaliseTrackingCode(code);
  return c ? sha256Hex(`idea:${c}`) : null;
}

/** A confirmation token for the e-mail link (256 bits, URL-safe); the database keeps its hash. */
export function newConfirmToken(): string {
  return randomBytes(32).toString("base64url");
}

export function confirmTokenHash(token: string): string | null {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? sha256Hex(`confirm:${token}`) : null;
}

function secret(): string {
  return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || "dev-only-form-secret";
}

/**
 * The stamp a public form carries from the moment the page was rendered: "<ms>.<hmac>". The server
 * checks it was made here (a bot cannot forge a stamp from the past) and how long the person took.
 */
export function signFormStamp(now: number): string {
  const mac = createHmac("sha256", secret()).update(`form:${now}`).digest("base64url").slice(0, 32);
  return `${now}.${mac}`;
}

/** Milliseconds since the stamp was made, or null when it is missing, forged or malformed. */
export function formStampAge(stamp: string, now: number): number | null {
  const m = /^(\d{10,16})\.([A-Za-z0-9_-]{32})$/.exec(stamp);
  if (!m) return null;
  const expected = createHmac("sha256", secret()).update(`form:${m[1]}`).digest("base64url").slice(0, 32);
  const a = Buffer.from(expected);
  const b = Buffer.from(m[2]);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  return now - Number(m[1]);
}

/** The stamp of a form rendered now (the idea form's page). */
export function newFormStamp(): string {
  return signFormStamp(Date.now());
}
