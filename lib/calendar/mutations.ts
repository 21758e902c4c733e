import "server-only";
import { randomBytes } from "node:crypto";
import { ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { CalendarTokenInput } from "./schemas";

/** 32 random bytes, base64url: the only credential of the feed. */
export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

const SUMMARIES = {
  create: "Tạo đường dẫn lịch công việc (iCalendar)",
  rotate: "Tạo đường dẫn lịch công việc mới (đường dẫn cũ ngừng hoạt động)",
  revoke: "Thu hồi đường dẫn lịch công việc",
} as const;

/**
 * Creates, rotates or revokes the actor's OWN calendar token (there is no way to touch another user's).
 * The token itself never goes into the audit row.
 */
export async function changeCalendarToken(actor: SessionUser, input: CalendarTokenInput): Promise<{ token: string | null }> {
  const db = await getDb();
  const token = input.op === "revoke" ? null : newCalendarToken();
  await db.$transaction(async (tx) => {
    const res = await tx.user.updateMany({
      where: { id: actor.id, calendarToken: input.op === "create" ? null : { not: null } },
      data: { calendarToken: token },
    });
    if (res.count === 0) {
      throw ruleError(
        input.op === "create"
          ? "Bạn đã có đường dẫn lịch. Dùng “Tạo đường dẫn mới” nếu muốn thay đường dẫn cũ."
          : "Bạn chưa có đường dẫn lịch. Hãy bấm “Tạo đường dẫn”.",
      );
    }
    await writeAudit(tx, actor.id, {
      action: `calendar.token.${input.op}`,
      entityType: "User",
      entityId: actor.id,
      unitId: actor.unitId,
      after: { hasCalendarFeed: token !== null },
      summary: SUMMARIES[input.op],
    });
  });
  return { token };
}
