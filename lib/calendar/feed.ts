import "server-only";
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { loadAppraisalTasks } from "@/lib/appraisal/todo";
import { loadSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadObligations } from "@/lib/obligations/queries";
import { loadReplicationTasks } from "@/lib/replication/duties";
import { loadCalendarVisits, loadSurveyTasks } from "@/lib/surveys/duties";
import { visitSummary } from "@/lib/surveys/rules";
import { OBLIGATION_STATUS_LABELS, type Obligation } from "@/lib/obligations/rules";
import { formatDateVN, formatDeadline, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { withFinalCrlf } from "./ics-text";
import { CALENDAR_TOKEN_SHAPE, hashCalendarToken } from "./token";
import { portalBaseUrl } from "./urls";

/**
 * The last day one may submit ("trước ngày X" → day X−1), as an all-day event's start, and day X as its
 * (exclusive) end: the Vietnam calendar days, as Dates at UTC midnight. The calendar has no time zone of
 * its own (RFC 5545: a TZID needs a VTIMEZONE; DTSTAMP must be UTC), so ical-generator writes an all-day
 * date from the UTC fields and a timed one in UTC with "Z" — the same whatever the server's zone.
 */
export function allDayOf(dueAt: Date): { start: Date; end: Date } {
  const end = inputToCalendarDate(vnDayOf(dueAt));
  return { start: new Date(end.getTime() - 86_400_000), end };
}


function summaryOf(o: Obligation): string {
  const base = o.deliverable === o.milestoneName ? o.milestoneName : `${o.deliverable}: ${o.milestoneName}`;
  return `${o.done ? "[Đã nộp] " : ""}${base} (${o.campaignNumber})`;
}

function descriptionOf(o: Obligation, base: string): string {
  const lines = [
    `Kế hoạch số ${o.campaignNumber}: ${o.campaignTitle}`,
    `Đơn vị: ${o.unitName}`,
    `Hạn: ${formatDeadline(o.dueAt)}${o.extended ? ` (đã gia hạn; hạn ban đầu ${formatDeadline(o.originalDueAt)})` : ""}`,
    `Tình trạng: ${OBLIGATION_STATUS_LABELS[o.status]}`,
  ];
  if (o.notOpenUntil) lines.push(`Mở nhận từ ${formatDateVN(o.notOpenUntil)}`);
  const link = o.href ?? o.campaignHref;
  lines.push(`Mở trên cổng: ${base}${link ?? "/todo"}`);
  return lines.join("\n");
}

/** The iCalendar text of the user owning `token`, or null when no active user holds it. */
export async function buildCalendarFeed(token: string, now = new Date()): Promise<string | null> {
  if (!CALENDAR_TOKEN_SHAPE.test(token)) return null;
  const db = await getDb();
  // Only the token's hash is stored: look the owner up by the hash of the token in the address.
  const owner = await db.user.findUnique({ where: { calendarTokenHash: hashCalendarToken(token) }, select: { id: true } });
  if (!owner) return null;
  const user = await loadSessionUser(owner.id);
  if (!user) return null;

  const base = portalBaseUrl();
  const [obligations, appraisal, replication, surveyTasks, visits] = await Promise.all([
    loadObligations(user, now),
    loadAppraisalTasks(user),
    loadReplicationTasks(user, now),
    loadSurveyTasks(user, now),
    loadCalendarVisits(user),
  ]);
  const calendar = ical({
    name: `Thi đua CCHC – ${user.fullName}`,
    description: "Các việc cần nộp theo kế hoạch thi đua cải cách hành chính (lịch riêng, chỉ đọc).",
    prodId: { company: "Thi đua CCHC", product: "Việc cần làm", language: "VI" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  const stamp = now;
  for (const o of obligations) {
    const { start, end } = allDayOf(o.dueAt);
    const event = calendar.createEvent({
      id: `${o.milestoneId}.${o.unitId}@thidua-cchc`,
      allDay: true,
      start,
      end,
      stamp,
      summary: summaryOf(o),
      description: descriptionOf(o, base),
      url: `${base}${o.href ?? o.campaignHref ?? "/todo"}`,
    });
    if (!o.done && !o.past) event.createAlarm({ type: ICalAlarmType.display, trigger: 2 * 86_400, description: summaryOf(o) });
  }
  // Issue 12: a panel member's scoring deadline of each open round, like any other obligation.
  for (const t of appraisal) {
    if (t.kind !== "SCORE" || !t.dueAt) continue;
    const { start, end } = allDayOf(t.dueAt);
    const summary = `Chấm điểm thẩm định: ${t.roundName} (${t.campaignNumber})`;
    const event = calendar.createEvent({
      id: `appraisal.${t.roundId}.${user.id}@thidua-cchc`,
      allDay: true,
      start,
      end,
      stamp,
      summary,
      description: [`Kế hoạch số ${t.campaignNumber}: ${t.campaignTitle}`, t.detail, `Hạn: ${formatDeadline(t.dueAt)}`, `Mở trên cổng: ${base}${t.href}`].join("\n"),
      url: `${base}${t.href}`,
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 2 * 86_400, description: summary });
  }
  // Issue 13: assigned replication (report due), like any other obligation.
  for (const t of [...replication, ...surveyTasks]) {
    if (!t.dueAt) continue;
    const { start, end } = allDayOf(t.dueAt);
    calendar.createEvent({
      id: `${t.key}@thidua-cchc`,
      allDay: true,
      start,
      end,
      stamp,
      summary: t.title,
      description: [...t.lines, `${t.dueLabel}: ${formatDeadline(t.dueAt)}`, `Mở trên cổng: ${base}${t.href}`].join("\n"),
      url: `${base}${t.href}`,
    });
  }
  // Issue 13: survey visits as timed events, with the invitation's UID and SEQUENCE (a cancelled one stays, CANCELLED).
  for (const v of visits) {
    calendar.createEvent({
      id: v.icalUid,
      sequence: v.sequence,
      start: v.startsAt,
      end: v.endsAt,
      stamp,
      summary: `${v.status === "CANCELLED" ? "[Đã hủy] " : ""}${visitSummary(v.unit.name, v.round.name)}`,
      location: v.place,
      status: v.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: v.round.team.length ? `${base}/surveys/rounds/${v.roundId}/visits/${v.id}` : `${base}/unit/surveys/${v.id}`,
    });
  }
  return withFinalCrlf(calendar.toString());
}
