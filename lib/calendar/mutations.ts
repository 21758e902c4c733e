import "server-only";
import { ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db/transaction";
import type { CalendarTokenInput } from "./schemas";
import { hashCalendarToken, newCalendarToken } from "./token";

export { newCalendarToken } from "./token";

const SUMMARIES = {
  create: "Tạo liên kết lịch công việc (iCalendar)",
  rotate: "Tạo liên kết lịch công việc mới (liên kết cũ ngừng hoạt động)",
  revoke: "Thu hồi liên kết lịch công việc",
} as const;

/**
 * Creates, rotates or revokes the actor's OWN calendar token (there is no way to touch another user's).
 * Only the token's sha256 is stored; the token itself is returned here ONCE, for the owner to copy, and
 * never goes into the database or the audit row.
 */
export async function changeCalendarToken(actor: SessionUser, input: CalendarTokenInput): Promise<{ token: string | null }> {
  const token = input.op === "revoke" ? null : newCalendarToken();
  await inTransaction(async (tx) => {
    const res = await tx.user.updateMany({
      where: { id: actor.id, calendarTokenHash: input.op === "create" ? null : { not: null } },
      data: { calendarTokenHash: token === null ? null : hashCalendarToken(token) },
    });
    if (res.count === 0) {
      throw ruleError(
        input.op === "create"
          ? "Bạn đã có liên kết lịch. Dùng “Tạo liên kết mới” nếu muốn thay liên kết cũ."
          : "Bạn chưa có liên kết lịch. Hãy bấm “Tạo liên kết”.",
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
