import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { notifyPeople } from "@/lib/notifications/notify-users";
import { inputToCalendarDate } from "@/lib/time/vn";
import type { z } from "zod";
import { queuePublicEmail } from "./emails";
import { isOpen, STATUS_LABELS } from "./rules";
import type { acceptIdeaSchema, assessIdeaSchema, declineIdeaSchema, forwardIdeaSchema } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

/**
 * The office's decisions on an idea (forward to a unit, accept into the campaign, decline) and the
 * unit's assessment. The right is read from the record: the campaign's issuing unit for the office
 * (moderate:idea), the unit the idea was forwarded to for the assessment (assess:idea). Audit rows carry
 * statuses and ids only, never the submitter's name or contact.
 */
async function loadIdea(ideaId: string) {
  const db = await getDb();
  return db.publicIdea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      status: true,
      lockVersion: true,
      title: true,
      content: true,
      submitterKind: true,
      submitterName: true,
      email: true,
      emailConfirmedAt: true,
      forwardedUnitId: true,
      campaign: { select: { id: true, documentNumber: true, status: true, issuingUnit: { select: { id: true, path: true, name: true } }, fields: { select: { id: true } } } },
    },
  });
}

async function loadForOffice(actor: Actor, ideaId: string, lockVersion: number) {
  const idea = await loadIdea(ideaId);
  if (!idea || idea.status === "WITHDRAWN" || !can(actor.roles, "moderate:idea", idea.campaign.issuingUnit)) throw notFoundError();
  if (idea.email && !idea.emailConfirmedAt) throw ruleError("Người gửi chưa xác nhận thư điện tử: chưa xử lý được hiến kế này.");
  if (!isOpen(idea.status)) throw ruleError(`Hiến kế đã được xử lý (${STATUS_LABELS[idea.status]}).`);
  if (idea.lockVersion !== lockVersion) throw conflictError();
  return idea;
}

async function bump(tx: Tx, idea: { id: string; lockVersion: number }, data: Parameters<Tx["publicIdea"]["updateMany"]>[0]["data"]) {
  const res = await tx.publicIdea.updateMany({ where: { id: idea.id, lockVersion: idea.lockVersion }, data: { ...data, lockVersion: { increment: 1 } } });
  if (res.count === 0) throw conflictError();
}

const trackLine = "Anh/chị xem chi tiết bằng mã theo dõi đã nhận khi gửi, tại mục “Tra cứu hiến kế” của cổng.";

export async function forwardIdea(actor: Actor, input: z.output<typeof forwardIdeaSchema>, now = new Date()) {
  const idea = await loadForOffice(actor, input.ideaId, input.lockVersion);
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true, path: true, status: true } });
  if (!unit || unit.status !== "ACTIVE" || !unit.path.startsWith(idea.campaign.issuingUnit.path)) {
    throw ruleError("Đơn vị không thuộc phạm vi của phong trào.", { unitId: "Chọn một đơn vị đang hoạt động thuộc phạm vi của phong trào." });
  }
  await inTransaction(async (tx) => {
    await bump(tx, idea, { status: "FORWARDED", forwardedUnitId: unit.id, forwardedAt: now, forwardNote: input.note, unitAssessment: null, unitRecommendsAccept: null, unitAssessedAt: null });
    await writeAudit(tx, actor.id, {
      action: "public-idea.forward",
      entityType: "PublicIdea",
      entityId: idea.id,
      unitId: idea.campaign.issuingUnit.id,
      campaignId: idea.campaign.id,
      before: { status: idea.status, forwardedUnitId: idea.forwardedUnitId },
      after: { status: "FORWARDED", forwardedUnitId: unit.id },
      summary: `Chuyển hiến kế “${idea.title}” cho ${unit.name} đánh giá`,
    });
    await notifyPeople(
      tx,
      { unitIds: [unit.id], roles: ["UNIT_HEAD", "UNIT_STAFF"], excludeUserId: actor.id },
      {
        title: `Hiến kế của người dân, doanh nghiệp cần đơn vị đánh giá (${idea.campaign.documentNumber})`,
        lines: [`Hiến kế: “${idea.title}”.`, ...(input.note ? [`Ghi chú của Bộ phận CCHC: ${input.note}`] : []), "Vui lòng ghi ý kiến đánh giá và đề xuất ghi nhận hoặc không."],
        link: `/unit/ideas/${idea.id}`,
        campaignId: idea.campaign.id,
      },
    );
    await queuePublicEmail(tx, idea, {
      title: "Hiến kế của anh/chị đã được chuyển đơn vị chuyên môn đánh giá",
      lines: [`Hiến kế “${idea.title}” đã được chuyển ${unit.name} đánh giá.`, trackLine],
      actionText: "Tra cứu hiến kế",
      actionUrl: "/public/ideas/track",
    });
  });
}

export async function assessIdea(actor: Actor, input: z.output<typeof assessIdeaSchema>, now = new Date()) {
  const idea = await loadIdea(input.ideaId);
  const db = await getDb();
  const unit = idea?.forwardedUnitId ? await db.unit.findUnique({ where: { id: idea.forwardedUnitId }, select: { id: true, path: true, name: true } }) : null;
  if (!idea || !unit || !can(actor.roles, "assess:idea", unit)) throw notFoundError();
  if (idea.status !== "FORWARDED") throw ruleError(`Hiến kế không còn chờ đơn vị đánh giá (${STATUS_LABELS[idea.status]}).`);
  if (idea.lockVersion !== input.lockVersion) throw conflictError();
  await inTransaction(async (tx) => {
    await bump(tx, idea, { unitAssessment: input.assessment, unitRecommendsAccept: input.recommendation === "ACCEPT", unitAssessedAt: now });
    await writeAudit(tx, actor.id, {
      action: "public-idea.assess",
      entityType: "PublicIdea",
      entityId: idea.id,
      unitId: unit.id,
      campaignId: idea.campaign.id,
      after: { recommendation: input.recommendation, assessment: input.assessment },
      summary: `${unit.name} đánh giá hiến kế “${idea.title}”: ${input.recommendation === "ACCEPT" ? "đề xuất ghi nhận" : "đề xuất không ghi nhận"}`,
    });
    await notifyPeople(
      tx,
      { unitIds: [idea.campaign.issuingUnit.id], roles: ["CCHC_OFFICE"], excludeUserId: actor.id },
      {
        title: `${unit.name} đã đánh giá hiến kế “${idea.title}”`,
        lines: [`Đề xuất: ${input.recommendation === "ACCEPT" ? "ghi nhận vào phong trào" : "không ghi nhận"}.`, `Ý kiến: ${input.assessment}`],
        link: `/campaigns/${idea.campaign.id}/ideas/${idea.id}`,
        campaignId: idea.campaign.id,
      },
    );
  });
}

/**
 * Accepts the idea into the campaign: it becomes an initiative owned by the citizen or business, in the
 * list of accepted public ideas of the unit responsible for it (the unit it was forwarded to, else the
 * issuing unit), and from then on lives like any initiative (progress, appraisal, recognition, awards).
 */
export async function acceptIdea(actor: Actor, input: z.output<typeof acceptIdeaSchema>, now = new Date()) {
  const idea = await loadForOffice(actor, input.ideaId, input.lockVersion);
  if (idea.campaign.status !== "PUBLISHED") throw ruleError("Phong trào không còn mở: không ghi nhận thêm được.");
  if (!idea.campaign.fields.some((f) => f.id === input.fieldId)) throw ruleError("Lĩnh vực không thuộc phong trào.", { fieldId: "Chọn lĩnh vực của phong trào." });
  const unitId = idea.forwardedUnitId ?? idea.campaign.issuingUnit.id;
  const ownerType = idea.submitterKind === "ORGANISATION" ? "BUSINESS" : "CITIZEN";
  return inTransaction(async (tx) => {
    const registration = await tx.registration.upsert({
      where: { campaignId_unitId_ownerKey: { campaignId: idea.campaign.id, unitId, ownerKey: "PUBLIC" } },
      create: { campaignId: idea.campaign.id, unitId, ownerKey: "PUBLIC", kind: "PUBLIC", status: "ACCEPTED", acceptedAt: now, createdById: actor.id, updatedById: actor.id },
      update: {},
      select: { id: true, _count: { select: { initiatives: true } } },
    });
    const initiative = await tx.initiative.create({
      data: {
        registrationId: registration.id,
        campaignId: idea.campaign.id,
        unitId,
        fieldId: input.fieldId,
        content: input.content,
        type: input.type,
        level: input.level,
        ownerType,
        ownerNames: idea.submitterName,
        expectedCompletion: inputToCalendarDate(input.expectedCompletion),
        note: "Hiến kế của người dân, doanh nghiệp gửi qua cổng công khai",
        sortOrder: registration._count.initiatives,
      },
      select: { id: true },
    });
    await bump(tx, idea, { status: "ACCEPTED", answer: input.answer, decidedAt: now, initiativeId: initiative.id });
    await writeAudit(tx, actor.id, {
      action: "public-idea.accept",
      entityType: "PublicIdea",
      entityId: idea.id,
      unitId: idea.campaign.issuingUnit.id,
      campaignId: idea.campaign.id,
      before: { status: idea.status },
      after: { status: "ACCEPTED", initiativeId: initiative.id, unitId, type: input.type, level: input.level },
      summary: `Ghi nhận hiến kế “${idea.title}” vào phong trào`,
    });
    await queuePublicEmail(tx, idea, {
      title: "Hiến kế của anh/chị đã được ghi nhận vào phong trào thi đua",
      lines: [`Hiến kế “${idea.title}” đã được ghi nhận vào phong trào (Kế hoạch ${idea.campaign.documentNumber}).`, `Trả lời của cơ quan: ${input.answer}`, trackLine],
      actionText: "Tra cứu hiến kế",
      actionUrl: "/public/ideas/track",
    });
    return { initiativeId: initiative.id };
  });
}

export async function declineIdea(actor: Actor, input: z.output<typeof declineIdeaSchema>, now = new Date()) {
  const idea = await loadForOffice(actor, input.ideaId, input.lockVersion);
  await inTransaction(async (tx) => {
    await bump(tx, idea, { status: "DECLINED", answer: input.answer, decidedAt: now });
    await writeAudit(tx, actor.id, {
      action: "public-idea.decline",
      entityType: "PublicIdea",
      entityId: idea.id,
      unitId: idea.campaign.issuingUnit.id,
      campaignId: idea.campaign.id,
      before: { status: idea.status },
      after: { status: "DECLINED", answer: input.answer },
      summary: `Không ghi nhận hiến kế “${idea.title}”`,
    });
    await queuePublicEmail(tx, idea, {
      title: "Kết quả xem xét hiến kế của anh/chị",
      lines: [`Hiến kế “${idea.title}” chưa được ghi nhận vào phong trào.`, `Lý do: ${input.answer}`, "Cảm ơn anh/chị đã đóng góp cho công tác cải cách hành chính.", trackLine],
      actionText: "Tra cứu hiến kế",
      actionUrl: "/public/ideas/track",
    });
  });
}
