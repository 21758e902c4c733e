// The docs call it unstable_doesProxyMatch; the installed Next still exports the old name.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, contentSecurityPolicy, hostMatches, proxy } from "../../proxy";

function request(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(url), { method: init.method ?? "GET", headers: init.headers });
}

/** The request headers NextResponse.next({ request: { headers } }) hands to the page. */
function forwarded(res: Response, name: string): string | null {
  return res.headers.get(`x-middleware-request-${name}`);
}

const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy: Content-Security-Policy", () => {
  it("gives each page request its own nonce, in the response's CSP and in the request's CSP and x-nonce for Next.js", () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const first = proxy(request("http://localhost:3000/login"));
    const second = proxy(request("http://localhost:3000/login"));
    const csp = first.headers.get("content-security-policy");
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(forwarded(first, "x-nonce")).toBe(nonce);
    expect(forwarded(first, "content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-next")).toBe("1");
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; ` +
        "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  it("allows 'unsafe-eval' only in development", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval';");
    expect(contentSecurityPolicy("n", { dev: false })).not.toContain("unsafe-eval");
    vi.stubEnv("NODE_ENV", "development");
    expect(proxy(request("http://localhost:3000/todo")).headers.get("content-security-policy")).toContain("'unsafe-eval'");
    vi.stubEnv("NODE_ENV", "production");
    expect(proxy(request("http://localhost:3000/todo")).headers.get("content-security-policy")).not.toContain("'unsafe-eval'");
  });

  it("leaves route handlers' own headers alone (no page CSP on files and feeds)", () => {
    const res = proxy(request("http://localhost:3000/api/evidence/abc"));
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(forwarded(res, "x-nonce")).toBeNull();
  });

  it("runs on pages, route handlers and every server action, not on static files, images, the favicon or prefetches", () => {
    const matches = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });
    expect(matches("/login")).toBe(true);
    expect(matches("/")).toBe(true);
    expect(matches("/campaigns/abc/summary")).toBe(true);
    expect(matches("/api/calendar/tok")).toBe(true);
    expect(matches("/_next/static/chunks/main.js")).toBe(false);
    expect(matches("/_next/image?url=%2Fa.png&w=64&q=75")).toBe(false);
    expect(matches("/favicon.ico")).toBe(false);
    expect(matches("/logo.svg")).toBe(false);
    expect(matches("/todo", { "next-router-prefetch": "1" })).toBe(false);
    expect(matches("/logo.svg", { "next-action": "abc" })).toBe(true);
  });
});

describe("proxy: Strict-Transport-Security", () => {
  it("is sent when the request came over https, not over plain http", () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const viaProxy = proxy(request("http://127.0.0.1:3000/login", { headers: { "x-forwarded-proto": "https" } }));
    expect(viaProxy.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(viaProxy.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(proxy(request("https://thidua.example.gov.vn/login")).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    // Route handlers too.
    expect(proxy(request("http://127.0.0.1:3000/api/calendar/t", { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).not.toBeNull();

    const plain = proxy(request("http://localhost:3000/login"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(proxy(request("http://localhost:3000/login", { headers: { "x-forwarded-proto": "http" } })).headers.get("strict-transport-security")).toBeNull();
  });

  it("is sent when the portal's public address is https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://thidua.example.gov.vn");
    expect(proxy(request("http://127.0.0.1:3000/login")).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("proxy: origin of server actions", () => {
  const action = (headers: Record<string, string>, path = "/login") =>
    proxy(request(`http://127.0.0.1:3000${path}`, { method: "POST", headers: { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", ...headers } }));

  it("answers 403 with a short Vietnamese text to an action posted from another site", async () => {
    const res = action({ host: "127.0.0.1:3000", origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toMatch(/^Yêu cầu bị từ chối/);
    // Behind the reverse proxy the public host is in X-Forwarded-Host: another site is still refused.
    expect(action({ host: "127.0.0.1:3000", "x-forwarded-host": "thidua.example.gov.vn", origin: "https://evil.example" }).status).toBe(403);
    // …and so is the internal host when the public one is forwarded.
    expect(action({ host: "127.0.0.1:3000", "x-forwarded-host": "thidua.example.gov.vn", origin: "http://127.0.0.1:3000" }).status).toBe(403);
  });

  it("answers 403 when the Origin is missing or opaque", () => {
    expect(action({ host: "127.0.0.1:3000" }).status).toBe(403);
    expect(action({ host: "127.0.0.1:3000", origin: "null" }).status).toBe(403);
  });

  it("answers 403 to a cross-site form post to a page (an action without JavaScript), not to route handlers", () => {
    const form = (path: string) =>
      proxy(request(`http://127.0.0.1:3000${path}`, { method: "POST", headers: { host: "127.0.0.1:3000", origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" } }));
    expect(form("/account").status).toBe(403);
    expect(form("/api/evidence").status).not.toBe(403);
  });

  it("lets a same-origin action through, directly or behind the reverse proxy", () => {
    const direct = action({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" });
    expect(direct.status).toBe(200);
    expect(direct.headers.get("x-middleware-next")).toBe("1");
    const behindProxy = action({ host: "127.0.0.1:3000", "x-forwarded-host": "thidua.example.gov.vn", "x-forwarded-proto": "https", origin: "https://thidua.example.gov.vn" });
    expect(behindProxy.headers.get("x-middleware-next")).toBe("1");
    expect(behindProxy.headers.get("strict-transport-security")).not.toBeNull();
    // A plain GET of a page has nothing to check.
    expect(proxy(request("http://127.0.0.1:3000/login", { headers: { origin: "https://evil.example" } })).headers.get("x-middleware-next")).toBe("1");
  });

  it("accepts the hosts listed in ALLOWED_ORIGINS, with Next's wildcards", () => {
    vi.stubEnv("ALLOWED_ORIGINS", "cong.example.gov.vn, *.sonoivu.example.gov.vn");
    expect(action({ host: "127.0.0.1:3000", origin: "https://cong.example.gov.vn" }).headers.get("x-middleware-next")).toBe("1");
    expect(action({ host: "127.0.0.1:3000", origin: "https://thidua.sonoivu.example.gov.vn" }).headers.get("x-middleware-next")).toBe("1");
    expect(action({ host: "127.0.0.1:3000", origin: "https://sonoivu.example.gov.vn" }).status).toBe(403);
    expect(action({ host: "127.0.0.1:3000", origin: "https://cong.example.gov.vn:8443" }).status).toBe(403);
  });

  it("matches hosts as Next's serverActions.allowedOrigins does", () => {
    expect(hostMatches("a.b.com", "*.b.com")).toBe(true);
    expect(hostMatches("b.com", "*.b.com")).toBe(false);
    expect(hostMatches("x.a.b.com", "*.b.com")).toBe(false);
    expect(hostMatches("x.a.b.com", "**.b.com")).toBe(true);
    expect(hostMatches("B.com", "b.COM")).toBe(true);
    expect(hostMatches("evil.com", "*")).toBe(false);
    expect(hostMatches("evil.com", "**")).toBe(false);
  });
});
