import "server-only";
import { conflictError, DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { SELECTABLE_STATUSES } from "@/lib/consolidation/filters";
import { getDb, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/transaction";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { initiativeLives } from "@/lib/registrations/initiative-lives";
import { freezeSubmission, unitRegistrationDeadline } from "@/lib/registrations/mutations";
import { formatDateVN } from "@/lib/time/vn";
import { clampDate, forwardBlocker, forwardLevel, mapFields, originOf, shortContent } from "./rules";
import type { ForwardInitiativesInput, ResubmitForwardInput, WithdrawForwardInput } from "./schemas";

/**
 * Forwarding the leadership's typical initiatives to the parent campaign: they become the
 * organisation's registration there (Registration(parent, issuing unit of this campaign, UNIT)),
 * one copy per initiative keeping its lineage and figures, frozen as a submitted version exactly
 * like a unit's own Mẫu 1 submission (snapshot, review event, lateness against the parent's
 * registration milestone and the organisation's extensions and cut-off).
 */

/** A submitted or accepted registration in the parent gets a new version; so does a returned one or a draft. */
const ANY_STATUS: SubmissionStatus[] = ["DRAFT", "AWAITING_CONFIRMATION", "SUBMITTED", "RETURNED", "ACCEPTED"];

export const forwardForbiddenMessage = (orgName: string) =>
  `Chỉ Bộ phận CCHC và Lãnh đạo của ${orgName} được gửi mô hình, giải pháp, sáng kiến lên kế hoạch cấp trên.`;

const alreadyForwardedMessage = (content: string, documentNumber: string, at: Date | null) =>
  `“${shortContent(content)}” đã được gửi lên kế hoạch ${documentNumber}${at ? ` ngày ${formatDateVN(at)}` : ""}: mỗi nội dung chỉ gửi lên một lần.`;

/**
 * The campaign and its parent for an action of the forward page: outsiders → not found, readers
 * without forward:initiative on the issuing unit → forbidden, a parent that cannot receive → the rule.
 */
async function loadForwardCampaign(actor: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      fields: { select: { id: true, name: true, sortOrder: true } },
      parentCampaign: {
        select: {
          id: true,
          documentNumber: true,
          status: true,
          startsOn: true,
          endsOn: true,
          registrationLevels: true,
          fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
          milestones: {
            where: { kind: "REGISTRATION" },
            orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }],
            take: 1,
            select: { id: true, dueAt: true, hardCutoffAt: true },
          },
        },
      },
    },
  });
  // Records outside the user's scope look as if they did not exist.
  if (!campaign || !can(actor.roles, "read:registration", campaign.issuingUnit)) throw notFoundError();
  const org = campaign.issuingUnit;
  if (!can(actor.roles, "forward:initiative", org)) throw new DomainError("FORBIDDEN", forwardForbiddenMessage(org.name));

  const parent = campaign.parentCampaign;
  const isParticipant =
    !!parent && !!(await db.campaignUnit.findUnique({ where: { campaignId_unitId: { campaignId: parent.id, unitId: org.id } }, select: { unitId: true } }));
  const blocker = forwardBlocker({ organisationName: org.name, parent, isParticipant });
  if (blocker || !parent) throw ruleError(blocker ?? "");
  return { db, campaign, org, parent };
}

export async function forwardInitiatives(actor: SessionUser, input: ForwardInitiativesInput, now: Date = new Date()) {
  const { db, campaign, org, parent } = await loadForwardCampaign(actor, input.campaignId);
  const mapping = mapFields(campaign.fields, parent.fields);
  if (!mapping) throw ruleError(`Kế hoạch cấp trên ${parent.documentNumber} chưa có lĩnh vực đăng ký nào nên chưa gửi được.`);

  const originals = await loadOriginals(input.initiativeIds, campaign.id, parent.id);
  if (originals.length !== input.initiativeIds.length) throw notFoundError();
  for (const o of originals) {
    if (!o.isTypical) throw ruleError(`“${shortContent(o.content)}” chưa được Lãnh đạo chọn là tiêu biểu nên không gửi lên cấp trên được.`);
    if (o.forwards.length) throw ruleError(alreadyForwardedMessage(o.content, parent.documentNumber, o.forwards[0].forwardedAt));
    if (!(SELECTABLE_STATUSES as readonly string[]).includes(o.registration.status)) {
      throw ruleError(`“${shortContent(o.content)}” thuộc biểu mẫu đang trả lại cho đơn vị chỉnh sửa nên chưa gửi lên cấp trên được.`);
    }
  }
  originals.sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));

  const write = (tx: Tx) => writeForward(tx, actor, { campaign, org, parent, mapping, originals, now });
  try {
    return await db.$transaction(write);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Two requests raced: the same initiative forwarded by both (unique (campaignId, forwardedFromId)),
    // or both creating the organisation's registration. Report the first; retry the second once.
    const done = await db.initiative.findFirst({
      where: { campaignId: parent.id, forwardedFromId: { in: input.initiativeIds } },
      select: { forwardedAt: true, forwardedFrom: { select: { content: true } } },
    });
    if (done) throw ruleError(alreadyForwardedMessage(done.forwardedFrom?.content ?? "", parent.documentNumber, done.forwardedAt));
    try {
      return await db.$transaction(write);
    } catch (again) {
      if (isUniqueViolation(again)) {
        const raced = await db.initiative.findFirst({
          where: { campaignId: parent.id, forwardedFromId: { in: input.initiativeIds } },
          select: { forwardedAt: true, forwardedFrom: { select: { content: true } } },
        });
        if (raced) throw ruleError(alreadyForwardedMessage(raced.forwardedFrom?.content ?? "", parent.documentNumber, raced.forwardedAt));
      }
      throw again;
    }
  }
}

/** The selected initiatives of this campaign (only its own: ids of another campaign are not found). */
async function loadOriginals(ids: string[], campaignId: string, parentId: string) {
  const db = await getDb();
  return db.initiative.findMany({
    where: { id: { in: ids }, campaignId },
    include: {
      field: { select: { sortOrder: true } },
      registration: { select: { status: true } },
      results: { orderBy: { sortOrder: "asc" } },
      forwards: { where: { campaignId: parentId }, select: { forwardedAt: true } },
    },
  });
}

type Loaded = {
  campaign: { id: string; documentNumber: string };
  org: { id: string; name: string };
  parent: {
    id: string;
    documentNumber: string;
    startsOn: Date;
    endsOn: Date;
    registrationLevels: Parameters<typeof forwardLevel>[0];
    fields: { id: string; name: string; sortOrder: number }[];
    milestones: { id: string; dueAt: Date; hardCutoffAt: Date | null }[];
  };
  mapping: NonNullable<ReturnType<typeof mapFields>>;
  originals: Awaited<ReturnType<typeof loadOriginals>>;
  now: Date;
};
async function writeForward(tx: Tx, actor: SessionUser, { campaign, org, parent, mapping, originals, now }: Loaded) {
  // The organisation's effective deadline in the parent (extension, hard cut-off), as for a unit's own Mẫu 1.
  const dueAt = await unitRegistrationDeadline(tx, parent.milestones[0], org.id, now);

  let reg = await tx.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: parent.id, unitId: org.id, ownerKey: "UNIT" } },
    select: { id: true, status: true },
  });
  const created = !reg;
  if (!reg) {
    reg = await tx.registration.create({
      data: { campaignId: parent.id, unitId: org.id, kind: "UNIT", ownerKey: "UNIT", status: "DRAFT", createdById: actor.id, updatedById: actor.id },
      select: { id: true, status: true },
    });
  }
  // Row lock on the form: a concurrent forward into the same registration waits here.
  const locked = await tx.registration.update({
    where: { id: reg.id },
    data: { lockVersion: { increment: 1 }, updatedById: actor.id },
    select: { lockVersion: true },
  });
  // A forward committed while this one waited.
  const already = await tx.initiative.findFirst({
    where: { campaignId: parent.id, forwardedFromId: { in: originals.map((o) => o.id) } },
    select: { forwardedAt: true, forwardedFromId: true },
  });
  if (already) {
    const o = originals.find((x) => x.id === already.forwardedFromId);
    throw ruleError(alreadyForwardedMessage(o?.content ?? "", parent.documentNumber, already.forwardedAt));
  }

  const maxOrders = await tx.initiative.groupBy({ by: ["fieldId"], where: { registrationId: reg.id }, _max: { sortOrder: true } });
  const nextOrder = new Map(maxOrders.map((m) => [m.fieldId, m._max.sortOrder ?? 0]));
  const copies: { originalId: string; copyId: string; fieldId: string; level: string }[] = [];
  for (const o of originals) {
    const target = mapping.get(o.fieldId)!.to;
    const sortOrder = (nextOrder.get(target.id) ?? 0) + 1;
    nextOrder.set(target.id, sortOrder);
    const level = forwardLevel(parent.registrationLevels, o.level);
    const copy = await tx.initiative.create({
      data: {
        registrationId: reg.id,
        campaignId: parent.id,
        unitId: org.id,
        fieldId: target.id,
        content: o.content,
        type: o.type,
        ownerType: o.ownerType,
        ownerNames: o.ownerNames,
        expectedCompletion: clampDate(o.expectedCompletion, parent.startsOn, parent.endsOn),
        note: o.note,
        level,
        sortOrder,
        progress: o.progress,
        completedOn: o.completedOn,
        droppedReason: o.droppedReason,
        progressNote: o.progressNote,
        progressUpdatedAt: o.progressUpdatedAt,
        forwardedFromId: o.id,
        ...originOf(o),
        forwardedAt: now,
        forwardedById: actor.id,
        results: {
          create: o.results.map((r) => ({
            indicator: r.indicator,
            unitOfMeasure: r.unitOfMeasure,
            valueBefore: r.valueBefore,
            valueAfter: r.valueAfter,
            source: r.source,
            sortOrder: r.sortOrder,
          })),
        },
      },
      select: { id: true },
    });
    copies.push({ originalId: o.id, copyId: copy.id, fieldId: target.id, level });
  }

  const frozen = await freezeSubmission(tx, actor, {
    registrationId: reg.id,
    lockVersion: locked.lockVersion,
    fields: parent.fields,
    dueAt,
    now,
    action: "SUBMIT",
    allowed: ANY_STATUS,
  });

  await writeAudit(tx, actor.id, {
    action: "registration.forward",
    entityType: "Registration",
    entityId: reg.id,
    unitId: org.id,
    campaignId: parent.id,
    before: created ? undefined : { status: reg.status },
    after: { fromCampaignId: campaign.id, versionNo: frozen.versionNo, initiatives: copies },
    summary: `${org.name} gửi ${copies.length} mô hình, giải pháp, sáng kiến tiêu biểu từ Kế hoạch ${campaign.documentNumber} (phiên bản ${frozen.versionNo})`,
  });
  for (const [i, o] of originals.entries()) {
    await writeAudit(tx, actor.id, {
      action: "initiative.forward",
      entityType: "Initiative",
      entityId: o.id,
      unitId: o.unitId,
      campaignId: campaign.id,
      after: { parentCampaignId: parent.id, registrationId: reg.id, copyId: copies[i].copyId, fieldId: copies[i].fieldId, level: copies[i].level },
      summary: `Gửi lên kế hoạch ${parent.documentNumber}: ${shortContent(o.content, 120)}`,
    });
    // the copy's own history starts with where it came from
    await writeAudit(tx, actor.id, {
      action: "initiative.forwarded",
      entityType: "Initiative",
      entityId: copies[i].copyId,
      unitId: org.id,
      campaignId: parent.id,
      after: { forwardedFromId: o.id, fromCampaignId: campaign.id, registrationId: reg.id, fieldId: copies[i].fieldId, level: copies[i].level },
      summary: `${org.name} gửi lên từ Kế hoạch ${campaign.documentNumber}: ${shortContent(o.content, 120)}`,
    });
  }
  return {
    parentCampaignId: parent.id,
    parentDocumentNumber: parent.documentNumber,
    registrationId: reg.id,
    versionNo: frozen.versionNo,
    isLate: frozen.isLate,
    copies,
  };
}

export const notReturnedMessage = (orgName: string, documentNumber: string) =>
  `Mẫu 1 của ${orgName} ở kế hoạch ${documentNumber} không ở trạng thái bị trả lại: chỉ rút bớt nội dung hoặc nộp lại được khi cấp trên trả lại.`;

/**
 * "Rút khỏi danh sách gửi lên": while the parent has RETURNED the organisation's registration, one
 * copy forwarded from this campaign is taken out of it (the copy row is deleted; the registration's
 * frozen versions keep citing it). The origin shows "chưa gửi" again and may be forwarded later.
 * Refused when the copy has a life of its own at the parent (forwarded further, cited by a submitted
 * report, evidence of its own). The copy's figures are its own copies and go with it.
 */
export async function withdrawForwardedCopy(actor: SessionUser, input: WithdrawForwardInput) {
  const { db, campaign, org, parent } = await loadForwardCampaign(actor, input.campaignId);
  const copy = await db.initiative.findUnique({
    where: { id: input.copyId },
    select: {
      id: true,
      content: true,
      campaignId: true,
      unitId: true,
      fieldId: true,
      registrationId: true,
      registration: { select: { unitId: true, ownerKey: true, campaignId: true } },
      forwardedFrom: { select: { id: true, campaignId: true, unitId: true } },
    },
  });
  // Only a copy sent from THIS campaign into the organisation's own registration in the parent.
  if (
    !copy ||
    copy.campaignId !== parent.id ||
    copy.registration.campaignId !== parent.id ||
    copy.registration.unitId !== org.id ||
    copy.registration.ownerKey !== "UNIT" ||
    copy.forwardedFrom?.campaignId !== campaign.id
  ) {
    throw notFoundError();
  }
  const origin = copy.forwardedFrom;

  return db.$transaction(async (tx) => {
    // Row lock on the form, and the status read under it: a resubmission or review racing this waits.
    const { count } = await tx.registration.updateMany({
      where: { id: copy.registrationId, status: "RETURNED" },
      data: { lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw ruleError(notReturnedMessage(org.name, parent.documentNumber));

    const life = (await initiativeLives(tx, [copy.id], { campaignId: parent.id, unitId: org.id })).get(copy.id)!;
    const name = `“${shortContent(copy.content)}”`;
    if (life.forwardedTo.length) throw ruleError(`${name} đã được gửi tiếp lên kế hoạch ${life.forwardedTo.join(", ")} nên không rút được.`);
    if (life.inSubmittedReport) throw ruleError(`${name} đã có trong báo cáo đã nộp ở kế hoạch ${parent.documentNumber} nên không rút được.`);
    if (life.evidence) throw ruleError(`${name} đã có minh chứng riêng ở kế hoạch ${parent.documentNumber} nên không rút được.`);
    if (life.recognisedBy) throw ruleError(`${name} đã được công nhận tại Quyết định số ${life.recognisedBy.number} ngày ${life.recognisedBy.signedOnText} nên không rút được.`);

    const deleted = await tx.initiative.deleteMany({ where: { id: copy.id, registrationId: copy.registrationId } });
    if (deleted.count === 0) throw ruleError(`${name} đã được rút khỏi danh sách gửi lên.`);
    const remaining = await tx.initiative.count({ where: { registrationId: copy.registrationId } });

    await writeAudit(tx, actor.id, {
      action: "registration.forward-withdraw",
      entityType: "Registration",
      entityId: copy.registrationId,
      unitId: org.id,
      campaignId: parent.id,
      before: { copyId: copy.id, forwardedFromId: origin.id, fieldId: copy.fieldId, content: copy.content },
      after: { fromCampaignId: campaign.id, remaining },
      summary: `${org.name} rút khỏi Mẫu 1 (đang bị trả lại) nội dung gửi lên từ Kế hoạch ${campaign.documentNumber}: ${shortContent(copy.content, 120)}`,
    });
    await writeAudit(tx, actor.id, {
      action: "initiative.forward-withdraw",
      entityType: "Initiative",
      entityId: origin.id,
      unitId: origin.unitId,
      campaignId: campaign.id,
      before: { parentCampaignId: parent.id, registrationId: copy.registrationId, copyId: copy.id },
      summary: `Rút khỏi danh sách gửi lên kế hoạch ${parent.documentNumber}: ${shortContent(copy.content, 120)}`,
    });
    return { parentCampaignId: parent.id, parentDocumentNumber: parent.documentNumber, originId: origin.id, remaining };
  });
}

/**
 * "Nộp lại kế hoạch <cấp trên>": the organisation's RETURNED registration in the parent is frozen
 * again as it stands (after copies were withdrawn, or unchanged), exactly like a forward: a new
 * submitted version, lateness against the parent's registration milestone and the organisation's
 * extensions, refused at or after its hard cut-off.
 */
export async function resubmitForwardedRegistration(actor: SessionUser, input: ResubmitForwardInput, now: Date = new Date()) {
  const { db, campaign, org, parent } = await loadForwardCampaign(actor, input.campaignId);
  const reg = await db.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: parent.id, unitId: org.id, ownerKey: "UNIT" } },
    select: { id: true, status: true, lockVersion: true },
  });
  if (!reg || reg.id !== input.registrationId) throw notFoundError();

  return db.$transaction(async (tx) => {
    const dueAt = await unitRegistrationDeadline(tx, parent.milestones[0], org.id, now);
    // Row lock on the form: the version the user looked at, still returned.
    const { count } = await tx.registration.updateMany({
      where: { id: reg.id, lockVersion: input.lockVersion, status: "RETURNED" },
      data: { lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) {
      const current = await tx.registration.findUniqueOrThrow({ where: { id: reg.id }, select: { status: true } });
      if (current.status !== "RETURNED") throw ruleError(notReturnedMessage(org.name, parent.documentNumber));
      throw conflictError();
    }
    const rows = await tx.initiative.count({ where: { registrationId: reg.id } });
    if (rows === 0) {
      throw ruleError(
        `Mẫu 1 của ${org.name} ở kế hoạch ${parent.documentNumber} không còn nội dung nào: hãy gửi lên ít nhất một mô hình, giải pháp, sáng kiến tiêu biểu (việc gửi lên cũng nộp lại Mẫu 1).`,
      );
    }
    const frozen = await freezeSubmission(tx, actor, {
      registrationId: reg.id,
      lockVersion: input.lockVersion + 1,
      fields: parent.fields,
      dueAt,
      now,
      action: "SUBMIT",
      allowed: ["RETURNED"],
    });
    await writeAudit(tx, actor.id, {
      action: "registration.forward-resubmit",
      entityType: "Registration",
      entityId: reg.id,
      unitId: org.id,
      campaignId: parent.id,
      before: { status: "RETURNED" },
      after: { fromCampaignId: campaign.id, versionNo: frozen.versionNo, initiatives: rows, isLate: frozen.isLate },
      summary: `${org.name} nộp lại Mẫu 1 ở Kế hoạch ${parent.documentNumber} (phiên bản ${frozen.versionNo}, ${rows} nội dung) từ Kế hoạch ${campaign.documentNumber}`,
    });
    return { parentCampaignId: parent.id, parentDocumentNumber: parent.documentNumber, registrationId: reg.id, versionNo: frozen.versionNo, isLate: frozen.isLate, count: rows };
  });
}
