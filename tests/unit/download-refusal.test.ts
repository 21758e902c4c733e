import { describe, expect, it } from "vitest";
import { isBrowserNavigation, withRefusalPage } from "../../lib/http/refusal";

const req = (headers: Record<string, string>) => new Request("http://localhost/api/evidence/x", { headers });
const plain = (status: number) => new Response("Không tìm thấy", { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

describe("refused downloads", () => {
  it("treats a tab opening the link as a navigation, not fetch, an <img> or an <iframe>", () => {
    expect(isBrowserNavigation(new Headers({ "sec-fetch-mode": "navigate", "sec-fetch-dest": "document", accept: "text/html,*/*" }))).toBe(true);
    expect(isBrowserNavigation(new Headers({ "sec-fetch-mode": "cors", "sec-fetch-dest": "empty", accept: "text/html" }))).toBe(false);
    expect(isBrowserNavigation(new Headers({ "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image", accept: "image/*" }))).toBe(false);
    expect(isBrowserNavigation(new Headers({ "sec-fetch-mode": "navigate", "sec-fetch-dest": "iframe" }))).toBe(false);
    // No Fetch Metadata: Accept decides.
    expect(isBrowserNavigation(new Headers({ accept: "text/html,application/xhtml+xml" }))).toBe(true);
    expect(isBrowserNavigation(new Headers({ accept: "*/*" }))).toBe(false);
    expect(isBrowserNavigation(new Headers())).toBe(false);
  });

  it("redirects a navigation's 403/404 to the portal page (303, no-store) and keeps every other answer", () => {
    const nav = req({ "sec-fetch-mode": "navigate", "sec-fetch-dest": "document", accept: "text/html" });
    for (const status of [403, 404]) {
      const res = withRefusalPage(nav, plain(status));
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/download-refused");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(withRefusalPage(nav, plain(200)).status).toBe(200);
    expect(withRefusalPage(nav, plain(401)).status).toBe(401);
    expect(withRefusalPage(req({ "sec-fetch-mode": "cors", accept: "*/*" }), plain(404)).status).toBe(404);
    expect(withRefusalPage(req({ accept: "application/json" }), plain(403)).status).toBe(403);
  });
});
