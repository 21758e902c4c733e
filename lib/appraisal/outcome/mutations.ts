import "server-only";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { loadRoundAccess } from "../access";
import { verdictLabel } from "./labels";
import type { RecordVerdictInput, SaveRoundMinutesInput } from "./schemas";

export const VERDICT_FORBIDDEN_MESSAGE = "Chỉ Chủ trì đợt thẩm định được ghi kết luận.";
export const VERDICT_NOT_OPEN_MESSAGE = "Chỉ ghi kết luận khi đợt thẩm định đã mở chấm hoặc đã kết thúc.";
export const MINUTES_FORBIDDEN_MESSAGE = "Chỉ Chủ trì đợt thẩm định được ghi thông tin biên bản.";

/**
 * "Ghi kết luận": the chair's verdict on one item, while the round is OPEN or CLOSED. Someone with no
 * part in the round learns nothing (not found); a reader of the results who is not the chair is
 * refused. A change of an earlier verdict keeps the before and after in the audit log.
 */
export async function recordVerdict(actor: SessionUser, input: RecordVerdictInput, now: Date = new Date()) {
  const db = await getDb();
  const item = await db.appraisalItem.findUnique({ where: { id: input.itemId }, select: { roundId: true } });
  if (!item) throw notFoundError();
  const access = await loadRoundAccess(actor, item.roundId, db);
  if (!access || !access.canReadResults) throw notFoundError();
  if (!access.isChair) throw new DomainError("FORBIDDEN", VERDICT_FORBIDDEN_MESSAGE);
  if (access.round.status !== "OPEN" && access.round.status !== "CLOSED") throw ruleError(VERDICT_NOT_OPEN_MESSAGE);
  const kind = access.campaign.issuingUnit.kind;
  return inTransaction(async (tx) => {
    const before = await tx.appraisalItem.findUniqueOrThrow({
      where: { id: input.itemId },
      select: { verdict: true, verdictReason: true, verdictAt: true, initiative: { select: { content: true } } },
    });
    await tx.appraisalItem.update({
      where: { id: input.itemId },
      data: { verdict: input.verdict, verdictReason: input.reason, verdictAt: now, verdictById: actor.id },
    });
    const changed = before.verdict != null;
    const label = verdictLabel(input.verdict, kind);
    await writeAudit(tx, actor.id, {
      action: changed ? "appraisal.verdict.change" : "appraisal.verdict.record",
      entityType: "AppraisalItem",
      entityId: input.itemId,
      unitId: access.campaign.issuingUnit.id,
      campaignId: access.campaign.id,
      summary: changed
        ? `Đổi kết luận thẩm định “${before.initiative.content.slice(0, 200)}”: ${verdictLabel(before.verdict!, kind)} → ${label}`
        : `Kết luận thẩm định “${before.initiative.content.slice(0, 200)}”: ${label}`,
      before: changed ? { verdict: before.verdict, verdictReason: before.verdictReason, verdictAt: before.verdictAt } : undefined,
      after: { verdict: input.verdict, verdictReason: input.reason, verdictAt: now },
    });
    return { verdict: input.verdict, label, verdictAt: now };
  });
}

/** "Lưu thông tin biên bản": place and free note of the appraisal minutes, by the chair. */
export async function saveRoundMinutes(actor: SessionUser, input: SaveRoundMinutesInput) {
  const db = await getDb();
  const access = await loadRoundAccess(actor, input.roundId, db);
  if (!access || !access.canReadResults) throw notFoundError();
  if (!access.isChair) throw new DomainError("FORBIDDEN", MINUTES_FORBIDDEN_MESSAGE);
  if (access.round.status === "DRAFT") throw ruleError(VERDICT_NOT_OPEN_MESSAGE);
  return inTransaction(async (tx) => {
    const before = await tx.appraisalRound.findUniqueOrThrow({ where: { id: input.roundId }, select: { minutesPlace: true, minutesNote: true } });
    const after = { minutesPlace: input.place || null, minutesNote: input.note || null };
    await tx.appraisalRound.update({ where: { id: input.roundId }, data: after });
    await writeAudit(tx, actor.id, {
      action: "appraisal.minutes.save",
      entityType: "AppraisalRound",
      entityId: input.roundId,
      unitId: access.campaign.issuingUnit.id,
      campaignId: access.campaign.id,
      summary: `Ghi thông tin biên bản thẩm định “${access.round.name}”`,
      before,
      after,
    });
    return after;
  });
}
