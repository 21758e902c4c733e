import "server-only";
import { longDateVN, placeOf } from "@/lib/awards/decisions/official";
import type { SessionUser } from "@/lib/auth/session";
import { SURVEY_PROPOSAL_LABELS } from "./labels";
import { loadRoundReport } from "./queries";
import type { SurveyReportModel } from "./report-document";

/** The round's report as a document model (print view and .docx), for whoever may read the round. */
export async function surveyReportModel(actor: SessionUser, roundId: string, now = new Date()): Promise<(SurveyReportModel & { fileName: string }) | null> {
  const data = await loadRoundReport(actor, roundId);
  if (!data || data.round.status === "DRAFT") return null;
  const { round } = data;
  const leader = round.team[0]?.user;
  const names = new Map(round.visits.flatMap((v) => v.initiatives.map((i) => [i.initiative.id, { content: i.initiative.content, unitName: v.unit.name }] as const)));
  const proposals = round.proposals
    .filter((p) => names.has(p.initiativeId))
    .map((p) => ({ ...names.get(p.initiativeId)!, proposal: `${SURVEY_PROPOSAL_LABELS[p.kind]}${p.kind === "REPLICATE" && p.replicateWhere ? ` (tại ${p.replicateWhere})` : ""}` }));
  const body = round.plan.issuingUnit;
  return {
    // The team issues the report under the plan's issuing body (cơ quan chủ quản above, the team in bold).
    parentName: body.name,
    bodyName: "Đoàn khảo sát",
    numberLine: "Số:        /BC-ĐKS",
    placeDate: `${placeOf(body.name, body.parent?.name)}, ${longDateVN(round.closedAt ?? now)}`,
    subtitle: `Kết quả khảo sát các mô hình, giải pháp, sáng kiến – ${round.name}`,
    summary: round.reportSummary ?? "",
    assessment: round.reportAssessment ?? "",
    proposalsText: round.reportProposals ?? "",
    proposals,
    recipients: [body.parent?.name ?? body.name, "Thành viên Đoàn khảo sát", "Các đơn vị được khảo sát", "Lưu: VT"],
    signerTitle: "Trưởng đoàn",
    signerName: leader?.fullName ?? "",
    draft: round.status !== "CLOSED",
    fileName: `Bao cao ket qua khao sat - ${round.name}.docx`,
  };
}
