import "server-only";
import { getDb } from "@/lib/db/client";
import { formatDateVN } from "@/lib/time/vn";
import { SATISFACTION_IMPACT_LABELS } from "./labels";

/** Joins non-empty pieces of text of several members into one paragraph. */
const joined = (xs: (string | null | undefined)[]) => [...new Set(xs.map((x) => x?.trim()).filter(Boolean))].join(" ");

/**
 * The draft of a round's report (báo cáo kết quả khảo sát), from what the portal holds: per visited unit
 * and initiative, what the unit reported and what the team found; then a general assessment and the
 * proposals. The leader edits it before closing the round. Three queries.
 */
export async function draftRoundReport(roundId: string) {
  const db = await getDb();
  const [round, visits] = await Promise.all([
    db.surveyRound.findUniqueOrThrow({ where: { id: roundId }, select: { name: true, plan: { select: { title: true } }, proposals: { select: { initiativeId: true, kind: true, replicateWhere: true } } } }),
    db.surveyVisit.findMany({
      where: { roundId, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      select: {
        startsAt: true,
        unit: { select: { name: true } },
        report: { select: { status: true, parts: { select: { initiativeId: true, results: true, limitations: true, satisfaction: true, satisfactionRate: true } } } },
        findings: { select: { initiativeId: true, achieved: true, limitations: true, difficulties: true, recommendations: true, satisfactionImpact: true } },
        initiatives: { orderBy: { sortOrder: "asc" }, select: { initiative: { select: { id: true, content: true } } } },
      },
    }),
  ]);
  const summary: string[] = [];
  const limits: string[] = [];
  let n = 0;
  for (const v of visits) {
    summary.push(`${++n}. ${v.unit.name} (khảo sát ngày ${formatDateVN(v.startsAt)})`);
    for (const { initiative } of v.initiatives) {
      const part = v.report?.status === "SUBMITTED" ? v.report.parts.find((p) => p.initiativeId === initiative.id) : undefined;
      const fs = v.findings.filter((f) => f.initiativeId === initiative.id);
      summary.push(`- ${initiative.content}:`);
      const achieved = joined([part?.results, ...fs.map((f) => f.achieved)]);
      if (achieved) summary.push(`  + Kết quả đạt được: ${achieved}`);
      const lim = joined([part?.limitations, ...fs.map((f) => f.limitations)]);
      if (lim) {
        summary.push(`  + Hạn chế: ${lim}`);
        limits.push(`${v.unit.name}: ${lim}`);
      }
      const diff = joined(fs.map((f) => f.difficulties));
      if (diff) summary.push(`  + Khó khăn: ${diff}`);
      const impacts = [...new Set(fs.map((f) => f.satisfactionImpact).filter((x) => x !== null))].map((x) => SATISFACTION_IMPACT_LABELS[x!].toLowerCase());
      const sat = joined([part?.satisfaction, part?.satisfactionRate != null ? `Tỷ lệ hài lòng ${part.satisfactionRate.toLocaleString("vi-VN")}%.` : null]);
      if (sat || impacts.length) summary.push(`  + Sự hài lòng của người dân, doanh nghiệp: ${joined([sat, impacts.length ? `Đoàn đánh giá: ${impacts.join(", ")}.` : null])}`);
      const rec = joined(fs.map((f) => f.recommendations));
      if (rec) summary.push(`  + Đề xuất của thành viên đoàn: ${rec}`);
    }
  }
  const names = new Map(visits.flatMap((v) => v.initiatives.map((i) => [i.initiative.id, i.initiative.content] as const)));
  const proposals = round.proposals
    .filter((p) => p.kind !== "NONE")
    .map((p) => `- ${p.kind === "REPLICATE" ? "Đề nghị công nhận và nhân rộng" : "Đề nghị công nhận"}: ${names.get(p.initiativeId) ?? ""}${p.kind === "REPLICATE" && p.replicateWhere ? ` (nhân rộng tại ${p.replicateWhere})` : ""}.`);
  return {
    reportSummary: summary.join("\n") || null,
    reportAssessment: [
      `Đoàn khảo sát đã làm việc tại ${visits.length} đơn vị trong ${round.name} theo ${round.plan.title}.`,
      limits.length ? `Những mặt còn hạn chế: ${limits.join("; ")}.` : "Các đơn vị đã triển khai các mô hình, giải pháp, sáng kiến đúng như báo cáo.",
    ].join("\n"),
    reportProposals: proposals.length ? proposals.join("\n") : "Đoàn khảo sát chưa có đề xuất công nhận, nhân rộng.",
  };
}
