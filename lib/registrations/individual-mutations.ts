import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { conflictError, DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { assertCampaignOpen, loadCampaignForUnit, loadEditContext } from "./form-context";
import { freezeSubmission, unitRegistrationDeadline, writeDraft, type SaveResult } from "./mutations";
import { canConfirm, canRequestConfirmation } from "@/lib/submissions/kinds";
import type { ConfirmIndividualInput, RegistrationForm, ReturnToOwnerInput } from "./schemas";

export const HEAD_CONFIRM_ONLY_MESSAGE = "Chỉ trưởng đơn vị mới được xác nhận đăng ký cá nhân.";

/** "Lưu nháp" of the actor's own individual registration (kind INDIVIDUAL, ownerKey = their id). */
export async function saveIndividualRegistration(actor: SessionUser, input: RegistrationForm): Promise<SaveResult> {
  const db = await getDb();
  const ctx = await loadEditContext(db, actor, input, "INDIVIDUAL");
  return inTransaction((tx) => writeDraft(tx, actor, ctx, "INDIVIDUAL"));
}

/** "Gửi trưởng đơn vị xác nhận": saves the form and sends it to the unit head (AWAITING_CONFIRMATION). */
export async function requestIndividualConfirmation(actor: SessionUser, input: RegistrationForm, now: Date = new Date()) {
  const db = await getDb();
  const ctx = await loadEditContext(db, actor, input, "INDIVIDUAL");
  return inTransaction(async (tx) => {
    const saved = await writeDraft(tx, actor, ctx, "INDIVIDUAL");
    if (!canRequestConfirmation(saved.status)) throw ruleError("Đăng ký đang chờ trưởng đơn vị xác nhận hoặc đã được nộp.");
    if (saved.rows.length === 0) throw ruleError("Chưa có nội dung đăng ký nào. Vui lòng thêm ít nhất một nội dung.");
    const reg = await tx.registration.findUniqueOrThrow({ where: { id: saved.registrationId }, select: { submittedVersion: true } });
    const { count } = await tx.registration.updateMany({
      where: { id: saved.registrationId, lockVersion: saved.lockVersion, status: saved.status },
      data: { status: "AWAITING_CONFIRMATION", lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw conflictError();
    await tx.registrationReview.create({
      data: {
        registrationId: saved.registrationId,
        versionNo: reg.submittedVersion + 1,
        action: "SUBMIT",
        comment: "Gửi trưởng đơn vị xác nhận",
        actorId: actor.id,
        createdAt: now,
      },
    });
    await writeAudit(tx, actor.id, {
      action: "registration.requestConfirmation",
      entityType: "Registration",
      entityId: saved.registrationId,
      unitId: ctx.unit.id,
      campaignId: ctx.campaign.id,
      before: { status: saved.status },
      after: { status: "AWAITING_CONFIRMATION" },
      summary: "Gửi đăng ký cá nhân để trưởng đơn vị xác nhận",
    });
    return { registrationId: saved.registrationId, lockVersion: saved.lockVersion + 1, rows: saved.rows };
  });
}

/** An individual's registration by id, authorised for the head of its own unit (read from the record). */
async function loadForHead(actor: SessionUser, registrationId: string) {
  const db = await getDb();
  const reg = await db.registration.findUnique({
    where: { id: registrationId },
    include: { unit: { select: { id: true, path: true } } },
  });
  if (!reg || reg.kind !== "INDIVIDUAL" || !can(actor.roles, "read:registration", reg.unit)) throw notFoundError();
  if (!can(actor.roles, "confirm:registration", reg.unit)) throw new DomainError("FORBIDDEN", HEAD_CONFIRM_ONLY_MESSAGE);
  const campaign = await loadCampaignForUnit(db, reg.campaignId, reg.unitId);
  assertCampaignOpen(campaign);
  if (!canConfirm(reg.status)) throw ruleError("Đăng ký này không ở trạng thái chờ xác nhận.");
  return { reg, campaign };
}

/** The unit head confirms an individual's registration: it becomes SUBMITTED, version n+1 (review CONFIRM). */
export async function confirmIndividualRegistration(actor: SessionUser, input: ConfirmIndividualInput, now: Date = new Date()) {
  const { reg, campaign } = await loadForHead(actor, input.registrationId);
  return inTransaction(async (tx) =>
    freezeSubmission(tx, actor, {
      registrationId: reg.id,
      lockVersion: input.lockVersion,
      fields: campaign.fields,
      // The unit's effective deadline (extension included); refused past its hard cut-off.
      dueAt: await unitRegistrationDeadline(tx, campaign.milestones[0], reg.unitId, now),
      now,
      action: "CONFIRM",
      allowed: ["AWAITING_CONFIRMATION"],
    }),
  );
}

/** The unit head returns an individual's registration to its owner with a comment (RETURNED). */
export async function returnIndividualToOwner(actor: SessionUser, input: ReturnToOwnerInput, now: Date = new Date()) {
  const { reg } = await loadForHead(actor, input.registrationId);
  const comment = input.comment.trim();
  return inTransaction(async (tx) => {
    const { count } = await tx.registration.updateMany({
      where: { id: reg.id, lockVersion: input.lockVersion, status: "AWAITING_CONFIRMATION" },
      data: { status: "RETURNED", returnComment: comment, lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw conflictError();
    await tx.registrationReview.create({
      data: { registrationId: reg.id, versionNo: reg.submittedVersion + 1, action: "RETURN", comment, actorId: actor.id, createdAt: now },
    });
    await writeAudit(tx, actor.id, {
      action: "registration.returnToOwner",
      entityType: "Registration",
      entityId: reg.id,
      unitId: reg.unitId,
      campaignId: reg.campaignId,
      before: { status: reg.status },
      after: { status: "RETURNED", returnComment: comment },
      summary: "Trưởng đơn vị trả lại đăng ký cá nhân để chỉnh sửa",
    });
    return { registrationId: reg.id, lockVersion: input.lockVersion + 1 };
  });
}
