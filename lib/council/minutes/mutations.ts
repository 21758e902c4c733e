import "server-only";
import { conflictError, DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { loadMinutesSession, minutesAccess } from "./access";
import { generatedMinutes } from "./queries";
import type { FinaliseMinutesInput, GenerateMinutesInput, SaveMinutesInput } from "./schemas";

export const MINUTES_NOT_CLOSED_MESSAGE = "Chỉ lập biên bản sau khi Chủ tịch Hội đồng kết thúc biểu quyết (phiên họp chưa kết thúc).";
export const MINUTES_FINALISED_MESSAGE = "Biên bản đã hoàn tất: không sửa được nữa.";
export const MINUTES_FORBIDDEN_MESSAGE = "Chỉ Ủy viên thư ký của phiên họp hoặc Thường trực Thi đua được lập và sửa biên bản.";
export const MINUTES_OVERWRITE_MESSAGE =
  "Biên bản đã được chỉnh sửa sau khi tạo dự thảo. Xác nhận nếu muốn thay toàn bộ nội dung đã sửa bằng dự thảo mới.";

/** The session for a write on its minutes: outsiders → not found; readers who may not write → forbidden; open or finalised → the rule. */
async function loadForWrite(actor: SessionUser, sessionId: string) {
  const db = await getDb();
  const s = await loadMinutesSession(db, sessionId);
  if (!s) throw notFoundError();
  const access = minutesAccess(actor, s);
  if (!access.canRead) throw notFoundError();
  if (!access.canEdit) throw new DomainError("FORBIDDEN", MINUTES_FORBIDDEN_MESSAGE);
  if (s.status !== "CLOSED") throw ruleError(MINUTES_NOT_CLOSED_MESSAGE);
  if (s.minutesFinalisedAt) throw ruleError(MINUTES_FINALISED_MESSAGE);
  return { db, s };
}

/** "Tạo dự thảo biên bản": the text composed from the frozen data, saved; an edited text is replaced only when confirmed. */
export async function generateMinutes(actor: SessionUser, input: GenerateMinutesInput) {
  const { db, s } = await loadForWrite(actor, input.sessionId);
  const text = await generatedMinutes(db, s);
  if (s.minutes && s.minutes.trim() && s.minutes !== text && !input.overwrite) {
    throw ruleError(MINUTES_OVERWRITE_MESSAGE, { overwrite: MINUTES_OVERWRITE_MESSAGE });
  }
  return inTransaction(async (tx) => {
    const res = await tx.councilSession.updateMany({
      where: { id: s.id, lockVersion: input.lockVersion, minutesFinalisedAt: null },
      data: { minutes: text, lockVersion: { increment: 1 } },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "council.minutes.generate",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnit.id,
      campaignId: s.campaign.id,
      summary: `Tạo dự thảo biên bản phiên họp “${s.title}”${s.minutes ? " (thay nội dung trước)" : ""}`,
      before: s.minutes ? { minutes: s.minutes } : undefined,
    });
    return { lockVersion: input.lockVersion + 1, minutes: text };
  });
}

async function write(actor: SessionUser, input: SaveMinutesInput, finalise: boolean, now: Date) {
  const { s } = await loadForWrite(actor, input.sessionId);
  return inTransaction(async (tx) => {
    const res = await tx.councilSession.updateMany({
      where: { id: s.id, lockVersion: input.lockVersion, minutesFinalisedAt: null },
      data: { minutes: input.minutes, lockVersion: { increment: 1 }, ...(finalise ? { minutesFinalisedAt: now } : {}) },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: finalise ? "council.minutes.finalise" : "council.minutes.save",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: s.organisationUnit.id,
      campaignId: s.campaign.id,
      summary: finalise ? `Hoàn tất biên bản phiên họp “${s.title}”` : `Lưu biên bản phiên họp “${s.title}”`,
      ...(finalise ? { after: { minutes: input.minutes, minutesFinalisedAt: now } } : {}),
    });
    return { lockVersion: input.lockVersion + 1, savedAt: now };
  });
}

/** "Lưu": the secretary's edited text. */
export function saveMinutes(actor: SessionUser, input: SaveMinutesInput, now: Date = new Date()) {
  return write(actor, input, false, now);
}

/** "Hoàn tất biên bản": the text shown is saved and frozen (read-only from then on). */
export function finaliseMinutes(actor: SessionUser, input: FinaliseMinutesInput, now: Date = new Date()) {
  return write(actor, input, true, now);
}
