import { dueAtForBeforeDay, formatCalendarDate } from "@/lib/time/vn";

/** Pure rules of survey visits (unit-tested in tests/unit/survey-rules.test.ts). */

const MINUTE = 60_000;

/** "2026-12-10" + "08:30" (Vietnam time) → the instant; Vietnam keeps UTC+7 all year, whatever the server's zone. */
export function vnInstant(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(dueAtForBeforeDay(day).getTime() + (h * 60 + m) * MINUTE);
}

/** Why a visit day is outside the plan's period (null = inside). Days are "yyyy-MM-dd"; the plan's are DATE columns. */
export function periodProblem(day: string, plan: { startsOn: Date; endsOn: Date }): string | null {
  const from = plan.startsOn.toISOString().slice(0, 10);
  const to = plan.endsOn.toISOString().slice(0, 10);
  if (day < from || day > to) return `Ngày khảo sát phải trong thời gian của kế hoạch (từ ${formatCalendarDate(plan.startsOn)} đến ${formatCalendarDate(plan.endsOn)}).`;
  return null;
}

/** True when two time spans share a moment (an end touching the next start does not overlap). */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The default deadline of the unit's report: before the visit's day ("trước ngày" = 00:00 of that day). */
export function defaultReportDueAt(day: string): Date {
  return dueAtForBeforeDay(day);
}

export const CANCELLED_VISIT_MESSAGE = "Lịch khảo sát này đã bị hủy: không lập, không gửi báo cáo cho buổi khảo sát này.";
export const NOT_ON_TEAM_MESSAGE = "Bạn không thuộc đoàn khảo sát của đợt này: không ghi nhận kết quả khảo sát được.";
export const ROUND_NOT_ANNOUNCED_MESSAGE = "Đợt khảo sát chưa được thông báo.";
export const ROUND_CLOSED_MESSAGE = "Đợt khảo sát đã kết thúc: không thay đổi được.";

/** "Khảo sát tại Phòng Quy hoạch khu vực 1 (Đợt 1)": the calendar event's summary. */
export function visitSummary(unitName: string, roundName: string): string {
  return `Khảo sát mô hình, giải pháp, sáng kiến CCHC tại ${unitName} (${roundName})`;
}
