import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "../../lib/auth/client-address";
import { safeCallbackPath } from "../../lib/auth/safe-redirect";
import { signInErrorMessage } from "../../lib/auth/schemas";

const ORIGIN = "https://thidua.example.gov.vn";

describe("where sign-in sends the user", () => {
  it.each([
    ["/\\evil.example/phish"],
    ["/\tevil.example"],
    ["/\t/evil.example"],
    ["/\\\\evil.example"],
    ["//evil.example"],
    ["/.//evil.example"],
    ["/%5Cevil.example/phish"], // stays encoded in the path: still our origin, kept only as a path
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["\\\\evil.example"],
    [" /evil"],
  ])("never leaves the portal for %j", (raw) => {
    const out = safeCallbackPath(raw, ORIGIN);
    expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
    expect(out.startsWith("/")).toBe(true);
    expect(out.startsWith("//")).toBe(false);
    expect(out).not.toContain("\\");
  });

  it("keeps a path of the portal with its query", () => {
    expect(safeCallbackPath("/campaigns/abc?tab=units#x", ORIGIN)).toBe("/campaigns/abc?tab=units#x");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("", ORIGIN)).toBe("/");
  });

  it("sends the decoded forms of the reported attacks home", () => {
    // What searchParams gives for /login?callbackUrl=/%5Cevil.example/phish, /%09/evil.example, /%5C%5Cevil.example
    for (const decoded of ["/\\evil.example/phish", "/\t/evil.example", "/\\\\evil.example"]) {
      expect(safeCallbackPath(decoded, ORIGIN)).toBe("/");
    }
  });
});

describe("the client a sign-in comes from", () => {
  it("takes the address the nearest proxy saw, not what the client wrote further left", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" })).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress({})).toBe("unknown");
  });

  it("groups IPv6 clients by /64 and reads IPv4-mapped addresses as IPv4", () => {
    expect(normaliseAddress("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(normaliseAddress("2001:db8:1:2:bbbb::9")).toBe("2001:0db8:0001:0002::/64");
    expect(normaliseAddress("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(normaliseAddress("<script>")).toBe("unknown");
  });
});

describe("what the sign-in form says", () => {
  it("tells a blocked client how long to wait, and says the system is unavailable when it is", () => {
    expect(signInErrorMessage("LOCKED:3")).toContain("3 phút");
    expect(signInErrorMessage("UNAVAILABLE")).toContain("tạm thời không khả dụng");
    expect(signInErrorMessage("CredentialsSignin")).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
  });
});
