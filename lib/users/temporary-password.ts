import "server-only";
import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I): the password is read off the screen and typed by hand.
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const ALL = LETTERS + DIGITS;

/** A random temporary password like "Tk7m-Pq3r-Hz9a": 12 random characters (~68 bits), with letters and digits. */
export function generateTemporaryPassword(): string {
  for (;;) {
    const chars = Array.from({ length: 12 }, () => ALL[randomInt(ALL.length)]);
    const text = chars.join("");
    if (!/\d/.test(text) || !/[A-Za-z]/.test(text)) continue;
    return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
  }
}
