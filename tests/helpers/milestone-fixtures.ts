import type { MilestoneKind, Role } from "../../lib/generated/prisma/enums";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db } from "./factories";

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * Adds the reporting milestones of file 000 to a test campaign: the units' mid-term and final
 * reports (Mẫu 2 + Đề cương) and the office's summary reports. Days are relative to today
 * ("trước ngày X" in Vietnam time); pass `opensInDays` to open a phase at a given time.
 */
export async function addReportMilestones(
  campaign: { id: string },
  opts: { midtermInDays?: number; midtermSummaryInDays?: number; finalInDays?: number; finalSummaryInDays?: number; opensInDays?: Partial<Record<MilestoneKind, number>> } = {},
) {
  const specs: { kind: MilestoneKind; name: string; role: Role; days: number; sortOrder: number }[] = [
    { kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết (Mẫu 2 + Đề cương)", role: "UNIT_HEAD", days: opts.midtermInDays ?? 40, sortOrder: 3 },
    { kind: "MIDTERM_SUMMARY", name: "Báo cáo sơ kết gửi cấp trên", role: "CCHC_OFFICE", days: opts.midtermSummaryInDays ?? 50, sortOrder: 4 },
    { kind: "FINAL_REPORT", name: "Báo cáo tổng kết (Mẫu 2 + Đề cương)", role: "UNIT_HEAD", days: opts.finalInDays ?? 60, sortOrder: 5 },
    { kind: "FINAL_SUMMARY", name: "Báo cáo tổng kết gửi cấp trên", role: "CCHC_OFFICE", days: opts.finalSummaryInDays ?? 70, sortOrder: 6 },
  ];
  const created = [];
  for (const s of specs) {
    const opens = opts.opensInDays?.[s.kind];
    created.push(
      await db().milestone.create({
        data: {
          campaignId: campaign.id,
          kind: s.kind,
          name: s.name,
          deliverable: s.kind.endsWith("SUMMARY") ? "Báo cáo tổng hợp" : "Mẫu 2 + Đề cương",
          responsibleRole: s.role,
          dueAt: dueAtForBeforeDay(dayFromNow(s.days)),
          opensAt: opens === undefined ? null : new Date(Date.now() + opens * DAY),
          sortOrder: s.sortOrder,
        },
      }),
    );
  }
  return Object.fromEntries(created.map((m) => [m.kind, m])) as Record<"MIDTERM_REPORT" | "MIDTERM_SUMMARY" | "FINAL_REPORT" | "FINAL_SUMMARY", (typeof created)[number]>;
}
