import "server-only";
import { compareVi } from "@/lib/text/collate";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import type { ProposalSnapshot, SnapshotDocument } from "@/lib/awards/proposals/snapshot";
import { describeRule } from "@/lib/council/rules";
import { getDb, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import { formatDateVN } from "@/lib/time/vn";
import type { ForwardProposalsInput } from "./schemas";

/**
 * Sending approved proposals beyond the organisation's authority (a form of an organisation above,
 * e.g. Bằng khen of the City's chairman) up to the parent campaign's council: each becomes a
 * SUBMITTED proposal there, proposed by this campaign's issuing unit, keeping the nominee, the
 * dossier (read through the chain, never copied), the criteria checked and the office's
 * justification, with its lineage (forwardedFromId, originProposalId) and a frozen version 1 like a
 * unit's own submission. The original becomes FORWARDED. A unique index (campaign, forwarded-from)
 * refuses forwarding the same proposal twice, even for two requests at once.
 */

export const forwardForbiddenMessage = (orgName: string) => `Chỉ Thường trực Thi đua của ${orgName} được trình đề nghị khen thưởng lên cấp trên.`;
export const NO_PARENT_MESSAGE = "Kế hoạch này không thực hiện kế hoạch cấp trên nào: không trình Hội đồng cấp trên trên cổng được.";

const alreadyMessage = (name: string, documentNumber: string, at: Date | null) =>
  `“${name}” đã được trình lên Kế hoạch ${documentNumber}${at ? ` ngày ${formatDateVN(at)}` : ""}: mỗi đề nghị chỉ trình một lần.`;

async function loadForwardCampaign(actor: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      parentCampaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          issuingUnit: { select: { id: true, name: true } },
          milestones: { where: { kind: "AWARD_PROPOSAL" }, orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }], take: 1, select: { dueAt: true } },
        },
      },
    },
  });
  if (!campaign || !can(actor.roles, "read:award", campaign.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "forward:award", campaign.issuingUnit)) throw new DomainError("FORBIDDEN", forwardForbiddenMessage(campaign.issuingUnit.name));
  if (!campaign.parentCampaign) throw ruleError(NO_PARENT_MESSAGE);
  return { db, campaign, org: campaign.issuingUnit, parent: campaign.parentCampaign };
}

const originalSelect = {
  id: true,
  campaignId: true,
  unitId: true,
  status: true,
  submittedVersion: true,
  awardFormId: true,
  nomineeType: true,
  nomineeUnitId: true,
  nomineeUserId: true,
  nomineeName: true,
  nomineeDetail: true,
  nomineeIsBusiness: true,
  achievements: true,
  declaredRating: true,
  declaredNoDiscipline: true,
  declarations: true,
  criteriaCheck: true,
  failsHardCriterion: true,
  admissionJustification: true,
  originProposalId: true,
  nomineeUser: { select: { unit: { select: { name: true } } } },
  awardForm: {
    select: {
      id: true,
      name: true,
      organisationUnitId: true,
      organisationUnit: { select: { name: true } },
      quorumNumerator: true,
      quorumDenominator: true,
      quorumStrict: true,
      thresholdNumerator: true,
      thresholdDenominator: true,
      thresholdStrict: true,
      thresholdBase: true,
    },
  },
} satisfies Prisma.AwardProposalSelect;

type Original = Prisma.AwardProposalGetPayload<{ select: typeof originalSelect }>;

export async function forwardProposals(actor: SessionUser, input: ForwardProposalsInput, now: Date = new Date()) {
  const { db, campaign, org, parent } = await loadForwardCampaign(actor, input.campaignId);
  const originals = await db.awardProposal.findMany({
    where: { id: { in: input.proposalIds }, campaignId: campaign.id },
    select: { ...originalSelect, forwards: { where: { campaignId: parent.id }, select: { forwardedAt: true } } },
  });
  if (originals.length !== input.proposalIds.length) throw notFoundError();
  const refuse = (msg: string) => ruleError(msg, { proposalIds: msg });
  for (const o of originals) {
    if (o.forwards.length || o.status === "FORWARDED") throw refuse(alreadyMessage(o.nomineeName, parent.documentNumber, o.forwards[0]?.forwardedAt ?? null));
    if (o.awardForm.organisationUnitId === org.id) {
      throw refuse(`“${o.nomineeName}” được đề nghị ${o.awardForm.name}, thuộc thẩm quyền của ${org.name}: Lãnh đạo ghi nhận quyết định, không trình cấp trên.`);
    }
    if (o.status !== "APPROVED") {
      throw refuse(`“${o.nomineeName}” chưa được Hội đồng tán thành (${PROPOSAL_STATUS_LABELS[o.status].toLowerCase()}): không trình cấp trên được.`);
    }
  }

  // What each original's dossier was when its unit last submitted it (the copy cites the same files).
  const versions = await db.awardProposalVersion.findMany({
    where: { OR: originals.map((o) => ({ proposalId: o.id, versionNo: o.submittedVersion })) },
    select: { proposalId: true, snapshot: true },
  });
  const snapshotOf = new Map(versions.map((v) => [v.proposalId, v.snapshot as unknown as ProposalSnapshot]));
  const missingDocs = originals.filter((o) => !snapshotOf.get(o.id)?.documents);
  const files = missingDocs.length
    ? await db.evidenceFile.findMany({
        where: { awardProposalId: { in: missingDocs.map((o) => o.originProposalId ?? o.id) }, supersededAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, awardProposalId: true, documentKind: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
      })
    : [];

  const dueAt = parent.milestones[0]?.dueAt ?? null;
  const isLate = !!dueAt && now.getTime() >= dueAt.getTime();
  const ordered = [...originals].sort((a, b) => compareVi(a.nomineeName, b.nomineeName) || a.id.localeCompare(b.id));

  const write = async (tx: Tx) => {
    const copies: { originalId: string; copyId: string }[] = [];
    for (const o of ordered) {
      // The original still waits to be sent (a concurrent request may have sent it meanwhile).
      const moved = await tx.awardProposal.updateMany({
        where: { id: o.id, status: "APPROVED" },
        data: { status: "FORWARDED", lockVersion: { increment: 1 }, updatedById: actor.id },
      });
      if (moved.count !== 1) throw refuse(alreadyMessage(o.nomineeName, parent.documentNumber, null));
      const documents: SnapshotDocument[] =
        snapshotOf.get(o.id)?.documents ??
        files
          .filter((f) => f.awardProposalId === (o.originProposalId ?? o.id))
          .map((f) => ({ id: f.id, kind: f.documentKind ?? "OTHER", fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, sha256: f.sha256 }));
      const originProposalId = o.originProposalId ?? o.id;
      const copy = await tx.awardProposal.create({
        data: {
          campaignId: parent.id,
          unitId: org.id,
          awardFormId: o.awardFormId,
          nomineeType: o.nomineeType,
          nomineeUnitId: o.nomineeUnitId,
          nomineeUserId: o.nomineeUserId,
          nomineeName: o.nomineeName,
          nomineeDetail: o.nomineeDetail,
          nomineeIsBusiness: o.nomineeIsBusiness,
          achievements: o.achievements,
          declaredRating: o.declaredRating,
          declaredNoDiscipline: o.declaredNoDiscipline,
          ...(o.declarations === null ? {} : { declarations: o.declarations as Prisma.InputJsonValue }),
          ...(o.criteriaCheck === null ? {} : { criteriaCheck: o.criteriaCheck as Prisma.InputJsonValue }),
          failsHardCriterion: o.failsHardCriterion,
          admissionJustification: o.admissionJustification,
          status: "SUBMITTED",
          submittedVersion: 1,
          firstSubmittedAt: now,
          lastSubmittedAt: now,
          isLate,
          forwardedFromId: o.id,
          originProposalId,
          forwardedAt: now,
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: { id: true },
      });
      await tx.awardProposalVersion.create({
        data: {
          proposalId: copy.id,
          versionNo: 1,
          snapshot: copySnapshot(o, snapshotOf.get(o.id) ?? null, { parent, org, actor, now, dueAt, documents }) as unknown as Prisma.InputJsonValue,
          submittedAt: now,
          submittedById: actor.id,
          isLate,
        },
      });
      await tx.awardProposalReview.create({
        data: { proposalId: copy.id, versionNo: 1, action: "SUBMIT", actorId: actor.id, comment: `Trình từ Kế hoạch ${campaign.documentNumber} của ${org.name}` },
      });
      await writeAudit(tx, actor.id, {
        action: "award.forward",
        entityType: "AwardProposal",
        entityId: o.id,
        unitId: o.unitId,
        campaignId: campaign.id,
        before: { status: "APPROVED" },
        after: { status: "FORWARDED", copyId: copy.id, parentCampaignId: parent.id },
        summary: `Trình “${o.nomineeName}” (${o.awardForm.name}) lên Kế hoạch ${parent.documentNumber}`,
      });
      await writeAudit(tx, actor.id, {
        action: "award.forwarded-copy",
        entityType: "AwardProposal",
        entityId: copy.id,
        unitId: org.id,
        campaignId: parent.id,
        after: { status: "SUBMITTED", forwardedFromId: o.id, originProposalId, isLate },
        summary: `Nhận đề nghị “${o.nomineeName}” (${o.awardForm.name}) do ${org.name} trình từ Kế hoạch ${campaign.documentNumber}${isLate ? " (trễ hạn)" : ""}`,
      });
      copies.push({ originalId: o.id, copyId: copy.id });
    }
    // The parent organisation's standing office has new dossiers to check.
    await notifyReviewOutcome(tx, {
      unitId: parent.issuingUnit.id,
      roles: ["EMULATION_OFFICE"],
      excludeUserId: actor.id,
      title: `${org.name} trình ${copies.length} đề nghị khen thưởng (Kế hoạch ${parent.documentNumber})`,
      lines: [
        `${org.name} đã trình ${copies.length} đề nghị khen thưởng đã được Hội đồng Thi đua - Khen thưởng của đơn vị tán thành:`,
        ...ordered.map((o) => `- ${o.nomineeName}: ${o.awardForm.name}`),
        "Hồ sơ chờ Thường trực kiểm tra.",
      ],
      link: `/campaigns/${parent.id}/awards`,
      campaignId: parent.id,
    });
    return copies;
  };

  try {
    const copies = await db.$transaction(write);
    return { copies, parentCampaignId: parent.id, parentDocumentNumber: parent.documentNumber, isLate };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const done = await db.awardProposal.findFirst({
      where: { campaignId: parent.id, forwardedFromId: { in: input.proposalIds } },
      select: { forwardedAt: true, nomineeName: true },
    });
    throw refuse(alreadyMessage(done?.nomineeName ?? "", parent.documentNumber, done?.forwardedAt ?? null));
  }
}

/** Version 1 of the copy: the origin's last submitted content, now in the parent campaign as the organisation's proposal. */
function copySnapshot(
  o: Original,
  origin: ProposalSnapshot | null,
  ctx: {
    parent: { id: string; documentNumber: string; title: string; issuingUnit: { id: string; name: string } };
    org: { id: string; name: string };
    actor: SessionUser;
    now: Date;
    dueAt: Date | null;
    documents: SnapshotDocument[];
  },
): ProposalSnapshot {
  const f = o.awardForm;
  const withinAuthority = f.organisationUnitId === ctx.parent.issuingUnit.id;
  const rule = describeRule({
    quorum: { numerator: f.quorumNumerator, denominator: f.quorumDenominator, strict: f.quorumStrict },
    threshold: { numerator: f.thresholdNumerator, denominator: f.thresholdDenominator, strict: f.thresholdStrict },
    thresholdBase: f.thresholdBase,
  });
  return {
    campaign: { id: ctx.parent.id, documentNumber: ctx.parent.documentNumber, title: ctx.parent.title, issuingUnitName: ctx.parent.issuingUnit.name },
    unit: { id: ctx.org.id, name: ctx.org.name },
    nominee: origin?.nominee ?? {
      type: o.nomineeType,
      name: o.nomineeName,
      detail: o.nomineeDetail,
      isBusiness: o.nomineeIsBusiness,
      unitId: o.nomineeUnitId,
      userId: o.nomineeUserId,
      unitName: o.nomineeType === "INDIVIDUAL" ? (o.nomineeUser?.unit.name ?? null) : o.nomineeType === "COLLECTIVE" ? o.nomineeName : null,
    },
    awardForm: {
      id: o.awardForm.id,
      name: o.awardForm.name,
      organisationName: o.awardForm.organisationUnit.name,
      withinAuthority,
      quorum: rule.quorum,
      threshold: rule.threshold,
    },
    achievements: origin?.achievements ?? o.achievements ?? "",
    declaredRating: origin?.declaredRating ?? o.declaredRating,
    declaredNoDiscipline: origin?.declaredNoDiscipline ?? o.declaredNoDiscipline,
    facts: origin?.facts ?? null,
    criteria: origin?.criteria ?? (Array.isArray(o.criteriaCheck) ? (o.criteriaCheck as unknown as ProposalSnapshot["criteria"]) : []),
    failsHardCriterion: o.failsHardCriterion,
    documents: ctx.documents,
    dueAt: ctx.dueAt?.toISOString() ?? null,
    confirmedBy: { id: ctx.actor.id, name: ctx.actor.fullName, at: ctx.now.toISOString() },
  };
}
