/** Base URL of the portal as users reach it (links in the calendar feed and the feed's own address). */
export function portalBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** The private feed's addresses: https:// (or http:// in development) and webcal:// for one-click subscription. */
export function calendarFeedUrls(token: string, base = portalBaseUrl()) {
  const http = `${base}/api/calendar/${encodeURIComponent(token)}`;
  return { http, webcal: http.replace(/^https?:\/\//, "webcal://") };
}
