import { buildCalendarFeed } from "@/lib/calendar/feed";

// The token in the address is the only credential: no session, no cookies.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await buildCalendarFeed(token);
  if (body === null) {
    return new Response("Không tìm thấy lịch.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  }
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="thi-dua-cchc.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
