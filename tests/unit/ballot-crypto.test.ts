import { describe, expect, it } from "vitest";
import { ballotCheckOf, deriveBallotKey, deriveBallotKeyAsync, secretVoterKey, sessionBallotToken } from "../../lib/council/ballot-crypto";

describe("secret ballot keys", () => {
  it("derives the same key at sign-in (off the event loop) as everywhere else", async () => {
    expect(await deriveBallotKeyAsync("Mật khẩu@2026", "user-1")).toBe(deriveBallotKey("Mật khẩu@2026", "user-1"));
    expect(await deriveBallotKeyAsync("Mật khẩu@2026", "user-2")).not.toBe(deriveBallotKey("Mật khẩu@2026", "user-1"));
  });

  it("gives a member the same key each time they sign in with the same password", () => {
    expect(deriveBallotKey("Demo@2026", "user-1")).toBe(deriveBallotKey("Demo@2026", "user-1"));
  });

  it("gives two members with the same password different keys", () => {
    expect(deriveBallotKey("Demo@2026", "user-1")).not.toBe(deriveBallotKey("Demo@2026", "user-2"));
  });

  it("gives a member a new key after a password change, so the old ballot check no longer matches", () => {
    const before = ballotCheckOf(sessionBallotToken(deriveBallotKey("Cu@12345678", "user-1"), "s1"));
    const after = ballotCheckOf(sessionBallotToken(deriveBallotKey("Moi@12345678", "user-1"), "s1"));
    expect(after).not.toBe(before);
  });

  it("gives a member a different token in each session", () => {
    const key = deriveBallotKey("Demo@2026", "user-1");
    expect(sessionBallotToken(key, "s1")).not.toBe(sessionBallotToken(key, "s2"));
  });

  it("stores one member's votes on different agenda items under unrelated keys, none equal to the ballot check", () => {
    const token = sessionBallotToken(deriveBallotKey("Demo@2026", "user-1"), "s1");
    const a = secretVoterKey(token, "item-a");
    const b = secretVoterKey(token, "item-b");
    expect(a).not.toBe(b);
    expect([a, b]).not.toContain(ballotCheckOf(token));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it("treats the same password typed in composed or decomposed Unicode as the same", () => {
    // "ỡ" precomposed vs o + horn + tilde
    expect(deriveBallotKey("M\u1EE1i2026!", "u")).toBe(deriveBallotKey("Mo\u031B\u0303i2026!", "u"));
  });
});
