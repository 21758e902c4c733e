import "server-only";
import { forbiddenError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { SELECTABLE_STATUSES } from "./filters";
import type { SetTypicalInput } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

/**
 * The leadership marks (or unmarks) an initiative as typical (tiêu biểu). Allowed to whoever holds
 * "select:initiative" on the campaign's issuing unit; the office, which can read the list, is told it
 * may not change it; anyone else gets "not found". Marking needs a form that is with the office
 * (submitted or accepted); unmarking is always possible.
 */
export async function setInitiativeTypical(actor: Actor, input: SetTypicalInput) {
  const db = await getDb();
  const ini = await db.initiative.findUnique({
    where: { id: input.initiativeId },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      content: true,
      isTypical: true,
      registration: { select: { status: true } },
      campaign: { select: { status: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!ini) throw notFoundError();
  const unit = ini.campaign.issuingUnit;
  if (!can(actor.roles, "select:initiative", unit)) {
    throw can(actor.roles, "read:registration", unit) ? forbiddenError() : notFoundError();
  }
  if (ini.campaign.status === "CLOSED") throw ruleError("Kế hoạch đã kết thúc: không thay đổi danh sách tiêu biểu được nữa.");
  if (input.typical && !(SELECTABLE_STATUSES as readonly string[]).includes(ini.registration.status)) {
    throw ruleError("Chỉ chọn được mô hình, giải pháp, sáng kiến của biểu mẫu đã nộp hoặc đã tiếp nhận.");
  }
  if (ini.isTypical === input.typical) return { isTypical: ini.isTypical, changed: false };

  const now = new Date();
  return inTransaction(async (tx) => {
    // Conditional update: two leaders clicking at once change it once, and audit it once.
    const updated = await tx.initiative.updateMany({
      where: { id: ini.id, isTypical: !input.typical },
      data: input.typical
        ? { isTypical: true, typicalMarkedAt: now, typicalMarkedById: actor.id }
        : { isTypical: false, typicalMarkedAt: null, typicalMarkedById: null },
    });
    if (updated.count === 0) return { isTypical: input.typical, changed: false };
    const short = ini.content.length > 120 ? `${ini.content.slice(0, 117)}…` : ini.content;
    await writeAudit(tx, actor.id, {
      action: input.typical ? "initiative.mark-typical" : "initiative.unmark-typical",
      entityType: "Initiative",
      entityId: ini.id,
      unitId: ini.unitId,
      campaignId: ini.campaignId,
      before: { isTypical: ini.isTypical },
      after: { isTypical: input.typical },
      summary: input.typical ? `Chọn là tiêu biểu: ${short}` : `Bỏ chọn tiêu biểu: ${short}`,
    });
    return { isTypical: input.typical, changed: true };
  });
}
