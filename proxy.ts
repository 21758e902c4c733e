import { NextResponse, type NextRequest } from "next/server";

/**
 * Security headers and the origin check of server actions, in front of every page.
 *
 * - Content-Security-Policy with a fresh nonce per request. The policy is also put on the REQUEST: Next.js
 *   reads the nonce from it while rendering and puts it on its own inline and bundle scripts
 *   (https://nextjs.org/docs/app/guides/content-security-policy). Pages are rendered per request (they read
 *   the session), so every page gets the nonce.
 * - Strict-Transport-Security when the portal is reached over https (X-Forwarded-Proto from the reverse
 *   proxy, or an https NEXTAUTH_URL).
 * - A server-action POST from another origin answers 403 with a short text, instead of the 500 Next.js
 *   gives when it aborts such a request itself. The host compared is the one Next.js compares: the first
 *   X-Forwarded-Host, else Host — so the reverse proxy must set X-Forwarded-Host to the public host.
 *   Hosts listed in ALLOWED_ORIGINS (comma-separated, same syntax as Next's serverActions.allowedOrigins,
 *   which next.config.js fills from the same variable) are accepted too.
 */
export function proxy(request: NextRequest): NextResponse {
  const https = servedOverHttps(request);
  if (isServerActionPost(request) && !originAllowed(request)) {
    return withHsts(
      new NextResponse("Yêu cầu bị từ chối: thao tác phải được gửi từ chính trang của cổng thông tin.", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      }),
      https,
    );
  }

  // Route handlers (files, the calendar feed, sign-in) render no HTML and set their own headers (the
  // evidence download its own sandboxing CSP): only HSTS is added there.
  if (isRouteHandler(request)) return withHsts(NextResponse.next(), https);

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withHsts(response, https);
}

export const config = {
  matcher: [
    // Everything but the build's static files, image optimisation, the favicon, public files (by extension)
    // and router prefetches (no HTML, so no nonce needed). Route handlers (/api/...) pass too, for HSTS.
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:ico|png|jpg|jpeg|gif|svg|webp|avif|txt|xml|webmanifest|woff2?|css|js|map)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Every server-action call, whatever its path, for the origin check.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};

export const HSTS = "max-age=31536000; includeSubDomains";

/** 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy. Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic').
 * Styles: 'unsafe-inline' because React writes style attributes (a nonce would disable 'unsafe-inline').
 * `next dev` needs 'unsafe-eval' for React's debugging aids; production does not.
 */
export function contentSecurityPolicy(nonce: string, opts: { https?: boolean; dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function firstValue(header: string | null): string | undefined {
  const v = header?.split(",")[0]?.trim();
  return v ? v : undefined;
}

export function servedOverHttps(request: NextRequest): boolean {
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  if (proto) return proto.toLowerCase() === "https";
  return request.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}

function isRouteHandler(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  return path === "/api" || path.startsWith("/api/");
}

function withHsts(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/**
 * A request Next.js would treat as a server action: a POST with the Next-Action header (calls from the
 * client), or a form POST to a page (the progressive-enhancement form submission, without JavaScript).
 */
function isServerActionPost(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  if (isRouteHandler(request)) return false; // route handlers check their own callers
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/** The host (hostname[:port]) of the Origin header, "null" for an opaque origin, undefined when absent. */
function originHost(request: NextRequest): string | undefined {
  const origin = request.headers.get("origin");
  if (!origin) return undefined;
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return "null";
  }
}

/** Same-origin, or listed in ALLOWED_ORIGINS. A POST without Origin is refused: browsers always send it. */
export function originAllowed(request: NextRequest): boolean {
  const origin = originHost(request);
  if (!origin) return false;
  const host = firstValue(request.headers.get("x-forwarded-host")) ?? firstValue(request.headers.get("host"));
  if (host && origin.toLowerCase() === host.toLowerCase()) return true;
  return allowedOrigins().some((pattern) => hostMatches(origin, pattern));
}

/** ALLOWED_ORIGINS: extra hosts allowed to call server actions, comma-separated (e.g. "cchc.example.gov.vn,*.example.gov.vn"). */
export function allowedOrigins(env: string | undefined = process.env.ALLOWED_ORIGINS): string[] {
  return (env ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Next's rule for allowedOrigins entries: exact host, "*" for one label, "**" (leading only) for one or more. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().split(".");
  const p = pattern.toLowerCase().split(".");
  if (p.join(".") === h.join(".")) return true;
  if (p.length === 1 && (p[0] === "*" || p[0] === "**")) return false;
  if (h.length < p.length) return false;
  while (p.length) {
    const part = p.pop()!;
    const label = h.pop();
    if (part === "") return false;
    if (part === "*") {
      if (!label) return false;
      continue;
    }
    if (part === "**") return p.length === 0 && label !== undefined;
    if (label !== part) return false;
  }
  return h.length === 0;
}
