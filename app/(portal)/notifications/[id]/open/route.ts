import { NextResponse } from "next/server";
import { DomainError } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { markNotificationRead } from "@/lib/notifications/mutations";
import { safeInternalPath } from "@/lib/notifications/queries";

/** Opens a notification: marks it read (only the user's own) and redirects to its link inside the portal. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/login", request.url), 303);
  try {
    const { link } = await markNotificationRead(user, id.slice(0, 64));
    return NextResponse.redirect(new URL(safeInternalPath(link), request.url), 303);
  } catch (err) {
    if (err instanceof DomainError && err.code === "NOT_FOUND") {
      return new NextResponse("Không tìm thấy hoặc bạn không có quyền truy cập.", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    throw err;
  }
}
