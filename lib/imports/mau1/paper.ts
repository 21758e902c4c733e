import "server-only";
import { DomainError, MESSAGES, notFoundError, zodFieldErrors, type FieldErrors } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import { assertCampaignOpen, campaignRules, loadCampaignForUnit, UNIT_OWNER_KEY } from "@/lib/registrations/form-context";
import { paperReceiptText, type PaperReceipt } from "@/lib/registrations/labels";
import { freezeSubmission, toSavedRow, writeDraft } from "@/lib/registrations/mutations";
import { MAX_ROWS, registrationFormSchema, type RegistrationForm } from "@/lib/registrations/schemas";
import { submissionDeadline } from "@/lib/submissions/deadline";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { calendarDateToInput, dueAtForBeforeDay, formatCalendarDate, formatDateVN, formatDeadline, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { readMau1File, type ImportOutcome } from "./import";
import { contentKey } from "./parse";
import { paperReceiptSchema } from "./paper-schema";

/**
 * "Nhận Mẫu 1 bản giấy": a unit sent its Mẫu 1 on paper (signed by its head), and the office of the
 * campaign's issuing unit enters it on the unit's behalf from the same Excel template. This is the one
 * place where the level above writes a unit's form, so it is narrow and marked:
 * - only the office that reviews the campaign's forms (review:registration on the ISSUING unit, read
 *   from the database), only for a unit taking part, only while the unit's form is not submitted
 *   (none yet, a draft, or returned);
 * - the form becomes exactly the paper's rows (a draft begun on the portal is replaced only when the
 *   office says so) and is frozen at once as a submitted version, dated the day the paper was received:
 *   lateness and the hard cut-off are those of a submission made that day;
 * - the version records the paper's number, day and signer, and who entered it; the history, the audit
 *   row and the unit's notice say it came on paper.
 * Everything happens in one transaction through the form's own save and submit, so the form's rules
 * (rows, fields, levels, rows with a life elsewhere) hold as they do on the portal.
 */

export type PaperOutcome =
  | { ok: true; added: number; skippedExisting: number; registrationId: string; versionNo: number; isLate: boolean }
  | (Extract<ImportOutcome, { ok: false }> & { fieldErrors?: FieldErrors });

const refuse = (message: string, fieldErrors?: FieldErrors): PaperOutcome => ({ ok: false, issues: [], valid: 0, message, ...(fieldErrors && { fieldErrors }) });

export async function recordPaperMau1(actor: SessionUser, input: { campaignId: string; bytes: Buffer; fields: unknown }, now: Date = new Date()): Promise<PaperOutcome> {
  const db = await getDb();
  const owner = await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, issuingUnit: { select: { id: true, path: true } } } });
  if (!owner || !can(actor.roles, "review:registration", owner.issuingUnit)) throw notFoundError();

  const meta = paperReceiptSchema.safeParse(input.fields);
  if (!meta.success) return refuse(MESSAGES.VALIDATION, zodFieldErrors(meta.error));
  const { unitId, reference, receivedOn, signedBy, replaceDraft } = meta.data;

  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true } });
  if (!unit) return refuse(MESSAGES.VALIDATION, { unitId: "Đơn vị không tham gia kế hoạch này." });
  const campaign = await loadCampaignForUnit(db, owner.id, unit.id);
  try {
    assertCampaignOpen(campaign);
  } catch (err) {
    // A unit outside the plan is a wrong choice in the list, not a missing page.
    if (err instanceof DomainError && err.code === "RULE" && campaign?.status === "PUBLISHED") return refuse(MESSAGES.VALIDATION, { unitId: "Đơn vị không tham gia kế hoạch này." });
    throw err;
  }
  const today = vnDayOf(now);
  if (receivedOn > today) return refuse(MESSAGES.VALIDATION, { receivedOn: "Ngày nhận không được sau ngày hôm nay." });
  const startsOn = calendarDateToInput(campaign.startsOn);
  if (receivedOn < startsOn) return refuse(MESSAGES.VALIDATION, { receivedOn: `Ngày nhận không được trước ngày bắt đầu kế hoạch (${formatCalendarDate(campaign.startsOn)}).` });

  const registration = await db.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: campaign.id, unitId: unit.id, ownerKey: UNIT_OWNER_KEY } },
    include: { initiatives: { include: { field: { select: { sortOrder: true } } } }, reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
  });
  if (registration && !REGISTRATION.isEditable(registration.status)) {
    return refuse(
      `Mẫu 1 của ${unit.name} đang ở trạng thái “${SUBMISSION_STATUS_LABELS[registration.status]}” (phiên bản ${registration.submittedVersion}): không nhập lại. ` +
        (registration.status === "SUBMITTED" ? "Nếu bản giấy thay thế bản đã nộp, hãy trả lại biểu mẫu cho đơn vị trước." : ""),
    );
  }

  // A paper answering a return arrives after it: the history stays in the order things happened.
  const lastEvent = registration?.reviews[0]?.createdAt;
  if (lastEvent && receivedOn < vnDayOf(lastEvent)) {
    return refuse(MESSAGES.VALIDATION, { receivedOn: `Ngày nhận không được trước lần xử lý gần nhất của biểu mẫu (${formatDateVN(lastEvent)}).` });
  }

  const parsed = await readMau1File(input.bytes, campaign, unit.id, MAX_ROWS);
  if (!("rows" in parsed)) return parsed;
  // A form signed on paper is recorded whole or not at all: no "valid rows only".
  if (parsed.issues.length || parsed.rows.length === 0) {
    return {
      ok: false,
      issues: parsed.issues,
      valid: parsed.rows.length,
      message: parsed.issues.length ? `Tệp có ${parsed.issues.length} lỗi: chưa ghi nhận. Sửa các ô được nêu cho đúng bản giấy rồi tải lên lại.` : "Tệp không có dòng nội dung nào.",
    };
  }

  const existing = (registration?.initiatives ?? []).sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder).map(toSavedRow);
  const byKey = new Map(existing.map((r) => [contentKey(r.fieldId, r.content), r]));
  const fileKeys = new Set(parsed.rows.map((r) => contentKey(String(r.values.fieldId), String(r.values.content))));
  const dropped = existing.filter((r) => !fileKeys.has(contentKey(r.fieldId, r.content)));
  if (dropped.length && !replaceDraft) {
    const why = `Đơn vị đã soạn trên cổng ${dropped.length} nội dung không có trong bản giấy. Đánh dấu “Thay thế bản nháp của đơn vị” để ghi nhận đúng bản giấy (các nội dung đó bị xoá khỏi bản nháp).`;
    return refuse(why, { replaceDraft: why });
  }
  // A row the draft already holds keeps its initiative (and whatever hangs on it); the paper's wording wins.
  const rows = parsed.rows.map((r) => ({ ...r.values, initiativeId: byKey.get(contentKey(String(r.values.fieldId), String(r.values.content)))?.initiativeId ?? "", replicatesModelId: null }));
  const form = registrationFormSchema(campaignRules(campaign)).safeParse({
    campaignId: campaign.id,
    unitId: unit.id,
    registrationId: registration?.id ?? null,
    lockVersion: registration?.lockVersion ?? 0,
    rows,
    confirmed: true,
  } satisfies Record<keyof RegistrationForm, unknown>);
  if (!form.success) return refuse(MESSAGES.VALIDATION);

  const receivedAt = dueAtForBeforeDay(receivedOn); // 00:00 of that day, Vietnam time
  const paper: PaperReceipt = { reference, receivedOn: inputToCalendarDate(receivedOn), signedBy };
  const milestone = campaign.milestones[0];
  const result = await inTransaction(async (tx) => {
    const due = milestone
      ? await submissionDeadline(tx, milestone, unit.id, receivedAt, (cutoffAt) => `Bản giấy nhận ngày ${formatCalendarDate(paper.receivedOn)}, sau hạn cuối cùng (${formatDeadline(cutoffAt)}): gia hạn cho đơn vị trước khi ghi nhận.`)
      : null;
    const saved = await writeDraft(tx, actor, { unit, campaign, form: form.data, dueAt: due?.dueAt ?? null }, "UNIT");
    const frozen = await freezeSubmission(tx, actor, {
      registrationId: saved.registrationId,
      lockVersion: saved.lockVersion,
      fields: campaign.fields,
      dueAt: due?.dueAt ?? null,
      now: receivedAt,
      action: "SUBMIT",
      allowed: REGISTRATION.editable,
      paper,
    });
    await notifyReviewOutcome(tx, {
      unitId: unit.id,
      roles: ["UNIT_HEAD", "UNIT_STAFF"],
      excludeUserId: actor.id,
      title: `Bộ phận CCHC đã ghi nhận Mẫu 1 bản giấy của đơn vị (${campaign.documentNumber})`,
      lines: [`${unit.name}: ${paperReceiptText(paper)}`, `Mẫu 1 phiên bản ${frozen.versionNo} đã được ghi nhận với ${saved.rows.length} nội dung${frozen.isLate ? ", trễ hạn" : ""}.`],
      link: `/unit/campaigns/${campaign.id}?unit=${unit.id}`,
      campaignId: campaign.id,
    });
    return frozen;
  });
  return { ok: true, added: rows.filter((r) => !r.initiativeId).length, skippedExisting: rows.filter((r) => r.initiativeId).length, registrationId: result.registrationId, versionNo: result.versionNo, isLate: result.isLate };
}

/** The refusals of the domain (cut-off, conflict) as the upload's answer. */
export function paperRefusal(err: unknown): PaperOutcome | null {
  if (err instanceof DomainError && (err.code === "RULE" || err.code === "CONFLICT" || err.code === "VALIDATION")) return refuse(err.message, err.fieldErrors);
  return null;
}
