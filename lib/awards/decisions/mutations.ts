import "server-only";
import { DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { formatCalendarDate, formatDateVN, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { notifyAwardees } from "./notify";
import { awardeeOrder } from "./rules";
import type { RecordDecisionInput } from "./schemas";

export const decideForbiddenMessage = (orgName: string) => `Chỉ Lãnh đạo của ${orgName} được ghi nhận quyết định khen thưởng.`;
export const FUTURE_DATE_MESSAGE = "Ngày ký không được sau ngày hôm nay.";

const duplicateNumberMessage = (number: string, orgName: string, signedOn: Date | null) =>
  `Số ${number} đã được dùng cho một quyết định khác của ${orgName}${signedOn ? ` (ký ngày ${formatCalendarDate(signedOn)})` : ""}. Kiểm tra lại số, ký hiệu.`;

/** The campaign of a decision with the user's rights on its issuing unit (the organisation). */
export async function loadDecisionCampaign(actor: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, year: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(actor.roles, "read:award", campaign.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "decide:award", campaign.issuingUnit)) throw new DomainError("FORBIDDEN", decideForbiddenMessage(campaign.issuingUnit.name));
  return { db, campaign };
}

/**
 * "Ghi nhận quyết định": the head of the organisation records the decision (number, date, signer,
 * summary, optional council session) naming approved proposals within its authority. In one
 * transaction: the decision, each proposal AWARDED with the decision and its certificate number
 * (1..n in the decision's order), audit rows, and notices to the proposing units and the nominees.
 */
export async function recordDecision(actor: SessionUser, input: RecordDecisionInput, now: Date = new Date()) {
  const { db, campaign } = await loadDecisionCampaign(actor, input.campaignId);
  const org = campaign.issuingUnit;
  const number = input.number.replace(/\s+/g, "");

  if (input.signedOn > vnDayOf(now)) throw ruleError(FUTURE_DATE_MESSAGE, { signedOn: `${FUTURE_DATE_MESSAGE} (hôm nay: ${formatDateVN(now)}).` });

  const same = await db.awardDecision.findFirst({
    where: { organisationUnitId: org.id, number: { equals: number, mode: "insensitive" } },
    select: { signedOn: true },
  });
  if (same) throw ruleError(duplicateNumberMessage(number, org.name, same.signedOn), { number: duplicateNumberMessage(number, org.name, same.signedOn) });

  let sessionId: string | null = null;
  if (input.sessionId) {
    const s = await db.councilSession.findUnique({ where: { id: input.sessionId }, select: { id: true, campaignId: true, status: true, meetingAt: true } });
    if (!s || s.campaignId !== campaign.id || s.status !== "CLOSED") {
      throw ruleError("Phiên họp không hợp lệ.", { sessionId: "Chọn một phiên họp Hội đồng đã kết thúc của kế hoạch này." });
    }
    if (input.signedOn < vnDayOf(s.meetingAt)) {
      const msg = `Ngày ký không được trước ngày họp Hội đồng (${formatDateVN(s.meetingAt)}).`;
      throw ruleError(msg, { signedOn: msg });
    }
    sessionId = s.id;
  }

  const proposals = await db.awardProposal.findMany({
    where: { id: { in: input.proposalIds } },
    select: {
      id: true,
      campaignId: true,
      status: true,
      unitId: true,
      nomineeType: true,
      nomineeName: true,
      nomineeUserId: true,
      originProposalId: true,
      awardForm: { select: { name: true, sortOrder: true, organisationUnitId: true } },
      decision: { select: { number: true } },
    },
  });
  const refuse = (msg: string) => ruleError(msg, { proposalIds: msg });
  if (proposals.length !== input.proposalIds.length || proposals.some((p) => p.campaignId !== campaign.id)) {
    throw refuse("Một số đề nghị không thuộc kế hoạch này hoặc không còn tồn tại. Hãy tải lại trang.");
  }
  for (const p of proposals) {
    if (p.status === "AWARDED") throw refuse(`“${p.nomineeName}” đã có Quyết định số ${p.decision?.number ?? ""}.`);
    if (p.status !== "APPROVED") {
      throw refuse(`“${p.nomineeName}” chưa được Hội đồng tán thành (${PROPOSAL_STATUS_LABELS[p.status].toLowerCase()}): không khen thưởng được.`);
    }
    if (p.awardForm.organisationUnitId !== org.id) {
      throw refuse(
        `“${p.nomineeName}” được đề nghị ${p.awardForm.name}, vượt thẩm quyền của ${org.name}: Thường trực Thi đua trình cấp trên, không ghi vào quyết định của ${org.name}.`,
      );
    }
  }
  const ordered = [...proposals].sort(awardeeOrder);
  const signedOn = inputToCalendarDate(input.signedOn);

  const write = async (tx: Tx) => {
    const decision = await tx.awardDecision.create({
      data: {
        organisationUnitId: org.id,
        campaignId: campaign.id,
        sessionId,
        number,
        signedOn,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        summary: input.summary,
        createdById: actor.id,
      },
      select: { id: true },
    });
    for (const [i, p] of ordered.entries()) {
      // A decision recorded meanwhile by someone else took this proposal: nothing is saved.
      const res = await tx.awardProposal.updateMany({
        where: { id: p.id, status: "APPROVED", decisionId: null },
        data: { status: "AWARDED", decisionId: decision.id, certificateNo: i + 1, lockVersion: { increment: 1 }, updatedById: actor.id },
      });
      if (res.count !== 1) throw refuse(`“${p.nomineeName}” vừa được ghi vào một quyết định khác. Hãy tải lại trang.`);
      await writeAudit(tx, actor.id, {
        action: "award.decide",
        entityType: "AwardProposal",
        entityId: p.id,
        unitId: p.unitId,
        campaignId: campaign.id,
        before: { status: "APPROVED" },
        after: { status: "AWARDED", decisionId: decision.id, certificateNo: i + 1 },
        summary: `Khen thưởng “${p.nomineeName}” (${p.awardForm.name}) theo Quyết định số ${number}, Giấy khen số ${i + 1}`,
      });
    }
    await writeAudit(tx, actor.id, {
      action: "award-decision.create",
      entityType: "AwardDecision",
      entityId: decision.id,
      unitId: org.id,
      campaignId: campaign.id,
      after: { number, signedOn: input.signedOn, signerName: input.signerName, signerTitle: input.signerTitle, summary: input.summary, sessionId, proposalIds: ordered.map((p) => p.id) },
      summary: `Ghi nhận Quyết định khen thưởng số ${number} ngày ${formatCalendarDate(signedOn)}: ${ordered.length} tập thể, cá nhân`,
    });
    await notifyAwardees(tx, {
      excludeUserId: actor.id,
      decision: { id: decision.id, number, signedOn, organisationName: org.name },
      campaign: { id: campaign.id, documentNumber: campaign.documentNumber },
      awardees: ordered,
    });
    return { decisionId: decision.id, number, count: ordered.length };
  };

  // Two decisions with the same number at once: the unique (organisation, number) refused the second.
  return inTransaction(write, {
    onUniqueViolation: () => {
      const msg = duplicateNumberMessage(number, org.name, null);
      return ruleError(msg, { number: msg });
    },
  });
}
