/**
 * Where to send a user after sign-in. The target is resolved as a browser would resolve it against the
 * portal's own origin (`/\host`, `/<TAB>/host`, `/.//host` and the like all become another host), and
 * only a path of the same origin is kept; anything else falls back to the home page. Used by the sign-in
 * page on the server and again by the sign-in form in the browser, and by next-auth's redirect callback.
 */
const PLACEHOLDER_ORIGIN = "https://portal.invalid";

export function safeCallbackPath(raw: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return "/";
  // Only a path: an absolute URL, even of our own origin, is refused (simpler to reason about).
  if (!raw.startsWith("/")) return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that a browser would read as protocol-relative ("//host") or with a backslash is never returned.
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return "/";
  return path;
}
