import "server-only";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { AWARD_PROPOSAL } from "@/lib/submissions/kinds";
import { acceptSubmission, assertReviewable, returnSubmission } from "@/lib/submissions/review";
import { justificationProblem, type AdmitProposalInput, type ReturnProposalInput } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

/**
 * Loads a proposal for the standing office's check. Permission review:award on the campaign's
 * ISSUING unit, read from the database: anyone else (another organisation's office, unit heads,
 * council members) gets "not found". Only a SUBMITTED proposal can be checked.
 */
async function loadForReview(actor: Actor, campaignId: string, proposalId: string, lockVersion: number) {
  const db = await getDb();
  const p = await db.awardProposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      status: true,
      lockVersion: true,
      submittedVersion: true,
      failsHardCriterion: true,
      forwardedFromId: true,
      nomineeName: true,
      unit: { select: { name: true } },
      awardForm: { select: { name: true } },
      campaign: { select: { documentNumber: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!p || p.campaignId !== campaignId || !can(actor.roles, "review:award", p.campaign.issuingUnit)) throw notFoundError();
  if (p.status === "DRAFT") throw notFoundError(); // the unit's own work: the office does not see it
  assertReviewable(AWARD_PROPOSAL, p, lockVersion, () => `Chỉ kiểm tra được hồ sơ đã nộp và đang chờ Thường trực kiểm tra (hồ sơ này đang ở trạng thái “${PROPOSAL_STATUS_LABELS[p.status]}”).`);
  return p;
}

type Loaded = Awaited<ReturnType<typeof loadForReview>>;

/**
 * Who hears of the outcome: the proposing unit's head and staff. A proposal forwarded up from a lower
 * campaign was sent by that organisation's standing office, which hears of it too.
 */
function recipientsOf(p: Loaded, actorId: string) {
  const roles: Role[] = p.forwardedFromId ? ["UNIT_HEAD", "UNIT_STAFF", "EMULATION_OFFICE"] : ["UNIT_HEAD", "UNIT_STAFF"];
  return { unitId: p.unitId, roles, excludeUserId: actorId, link: `/awards/proposals/${p.id}`, campaignId: p.campaignId };
}

/** The standing office returns a submitted proposal to its unit with a comment saying what to correct. */
export async function returnProposal(actor: Actor, input: ReturnProposalInput) {
  const p = await loadForReview(actor, input.campaignId, input.proposalId, input.lockVersion);
  return returnSubmission(AWARD_PROPOSAL, actor.id, p, {
    comment: input.comment,
    summary: `Trả lại hồ sơ đề nghị khen thưởng “${p.awardForm.name}” cho ${p.nomineeName} (${p.unit.name}, lần nộp ${p.submittedVersion}): ${input.comment}`,
    notice: {
      ...recipientsOf(p, actor.id),
      title: `Thường trực Thi đua trả lại hồ sơ đề nghị khen thưởng (${p.campaign.documentNumber})`,
      lines: [
        `${p.unit.name}: hồ sơ đề nghị “${p.awardForm.name}” cho ${p.nomineeName} được trả lại để chỉnh sửa.`,
        `Nội dung cần chỉnh sửa: ${input.comment}`,
        "Chỉnh sửa rồi xác nhận và nộp lại; các lần nộp trước vẫn được lưu.",
      ],
    },
  });
}

/**
 * The standing office admits a submitted proposal (đủ điều kiện trình Hội đồng). A nominee who fails
 * a hard criterion (as checked at the last submission) is admitted only with a written justification,
 * kept on the proposal (shown to the council), in the ACCEPT review row and in the audit.
 */
export async function admitProposal(actor: Actor, input: AdmitProposalInput) {
  const p = await loadForReview(actor, input.campaignId, input.proposalId, input.lockVersion);
  const problem = justificationProblem(input.justification, p.failsHardCriterion);
  if (problem) throw ruleError(problem, { justification: problem });
  const justification = p.failsHardCriterion ? input.justification!.trim() : null;
  const { lockVersion } = await acceptSubmission(AWARD_PROPOSAL, actor.id, p, {
    comment: justification,
    data: { admittedById: actor.id, admissionJustification: justification },
    before: { failsHardCriterion: p.failsHardCriterion },
    after: { admissionJustification: justification },
    summary: justification
      ? `Tiếp nhận có giải trình hồ sơ “${p.awardForm.name}” cho ${p.nomineeName} (${p.unit.name}) dù không đạt tiêu chuẩn bắt buộc: ${justification}`
      : `Tiếp nhận hồ sơ “${p.awardForm.name}” cho ${p.nomineeName} (${p.unit.name}), lần nộp ${p.submittedVersion}`,
    notice: {
      ...recipientsOf(p, actor.id),
      title: `Thường trực Thi đua đã tiếp nhận hồ sơ đề nghị khen thưởng (${p.campaign.documentNumber})`,
      lines: [
        `${p.unit.name}: hồ sơ đề nghị “${p.awardForm.name}” cho ${p.nomineeName} đủ điều kiện trình Hội đồng Thi đua - Khen thưởng.`,
        ...(justification ? [`Hồ sơ không đạt tiêu chuẩn bắt buộc, được tiếp nhận với giải trình: ${justification}`] : []),
      ],
    },
  });
  return { status: "ADMITTED" as const, lockVersion };
}
