/**
 * Refused downloads (403/404 of evidence files and certificates): a browser that navigated to the
 * link (opened it in a tab) is sent to /download-refused, a page in the portal's shell; fetch()/API
 * callers keep the plain answer. Nothing tells whether the file exists.
 */
export const DOWNLOAD_REFUSED_PATH = "/download-refused";

/** A top-level browser navigation (not fetch/XHR, not an <img> or <iframe> load). Pure. */
export function isBrowserNavigation(headers: Headers): boolean {
  const mode = headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate" && (headers.get("sec-fetch-dest") ?? "document") === "document";
  // Browsers without Fetch Metadata: a navigation asks for HTML first.
  return (headers.get("accept") ?? "").split(",").some((t) => t.trim().toLowerCase().startsWith("text/html"));
}

/** The refusal as the caller should see it: a redirect to the shell page for navigations, else `plain`. */
export function withRefusalPage(req: Request, plain: Response): Response {
  if ((plain.status !== 403 && plain.status !== 404) || !isBrowserNavigation(req.headers)) return plain;
  return new Response(null, { status: 303, headers: { Location: DOWNLOAD_REFUSED_PATH, "Cache-Control": "no-store" } });
}
