import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DEFAULT_REMINDER_SETTINGS, sendKeyedReminders, type KeyedReminder } from "@/lib/reminders/keyed";
import { deadlineReminderKeys, reminderTitle } from "@/lib/reminders/rules";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import type { PortalTask } from "@/lib/todo/task";

/**
 * The visited unit's report as an obligation: on its people's "Việc cần làm" until it is sent (for a
 * scheduled visit of an announced round), and reminded to its heads before the deadline.
 */
export async function loadSurveyTasks(user: Pick<SessionUser, "id" | "roles">, now = new Date()): Promise<PortalTask[]> {
  const unitIds = [...new Set(scopesFor(user.roles, "edit:survey-report").map((s) => s.unitId))];
  if (!unitIds.length) return [];
  const db = await getDb();
  const visits = await db.surveyVisit.findMany({
    where: { unitId: { in: unitIds }, status: "SCHEDULED", round: { status: "ANNOUNCED" }, endsAt: { gt: now }, OR: [{ report: null }, { report: { status: "DRAFT" } }] },
    orderBy: { reportDueAt: "asc" },
    take: 50,
    select: { id: true, startsAt: true, reportDueAt: true, place: true, unit: { select: { name: true } }, report: { select: { id: true } }, round: { select: { name: true, plan: { select: { issuingUnit: { select: { name: true } } } } } } },
  });
  return visits.map((v) => ({
    key: `survey.${v.id}`,
    kind: "SURVEY_REPORT",
    title: `Báo cáo phục vụ khảo sát: ${v.unit.name}`,
    lines: [`${v.round.plan.issuingUnit.name} khảo sát tại đơn vị lúc ${formatDateTimeVN(v.startsAt)}, ${v.place} (${v.round.name}).`],
    dueAt: v.reportDueAt,
    dueLabel: "Hạn gửi",
    badge: now.getTime() >= v.reportDueAt.getTime() ? { label: "Quá hạn", tone: "red" } : { label: v.report ? "Đang soạn" : "Chưa lập", tone: "amber" },
    href: `/unit/surveys/${v.id}`,
    actionLabel: "Lập báo cáo",
  }));
}

/** The visits a user attends (team of an announced round) or receives (their unit), for the calendar feed. */
export async function loadCalendarVisits(user: Pick<SessionUser, "id" | "roles">) {
  const unitIds = [...new Set(scopesFor(user.roles, "edit:survey-report").map((s) => s.unitId))];
  const db = await getDb();
  return db.surveyVisit.findMany({
    where: { round: { status: { not: "DRAFT" } }, OR: [{ round: { team: { some: { userId: user.id } } } }, ...(unitIds.length ? [{ unitId: { in: unitIds } }] : [])] },
    orderBy: { startsAt: "desc" },
    take: 200,
    select: {
      id: true,
      roundId: true,
      icalUid: true,
      sequence: true,
      status: true,
      startsAt: true,
      endsAt: true,
      place: true,
      unit: { select: { name: true } },
      round: { select: { name: true, team: { where: { userId: user.id }, select: { id: true }, take: 1 } } },
    },
  });
}

/** Reminds the heads of visited units whose report is not sent, with the default reminder settings. */
export async function runSurveyReminders(opts: { now?: Date } = {}): Promise<{ due: number; sent: number }> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  const visits = await db.surveyVisit.findMany({
    where: { status: "SCHEDULED", round: { status: "ANNOUNCED" }, endsAt: { gt: now }, OR: [{ report: null }, { report: { status: "DRAFT" } }] },
    select: { id: true, unitId: true, startsAt: true, reportDueAt: true, unit: { select: { name: true } }, round: { select: { name: true, plan: { select: { issuingUnit: { select: { name: true } } } } } } },
  });
  const keyed = visits.map((v) => ({ v, keys: deadlineReminderKeys(DEFAULT_REMINDER_SETTINGS, v.reportDueAt, now, true).map((k) => `report:${k}`) })).filter((x) => x.keys.length);
  if (!keyed.length) return { due: 0, sent: 0 };
  const heads = await db.user.findMany({
    where: { active: true, roles: { some: { role: "UNIT_HEAD", unitId: { in: [...new Set(keyed.map((x) => x.v.unitId))] } } } },
    select: { id: true, fullName: true, email: true, digestMode: true, roles: { where: { role: "UNIT_HEAD" }, select: { unitId: true } } },
  });
  const due: KeyedReminder[] = [];
  for (const { v, keys } of keyed) {
    for (const u of heads.filter((h) => h.roles.some((r) => r.unitId === v.unitId))) {
      for (const key of keys) {
        due.push({
          subjectId: v.id,
          user: { id: u.id, fullName: u.fullName, email: u.email, digestMode: u.digestMode },
          key,
          dueAt: v.reportDueAt,
          title: reminderTitle(v.reportDueAt, now, "gửi báo cáo phục vụ khảo sát", v.round.name),
          lines: [`${v.round.plan.issuingUnit.name} khảo sát tại ${v.unit.name} lúc ${formatDateTimeVN(v.startsAt)}.`, `Hạn gửi báo cáo: ${formatDeadline(v.reportDueAt)}.`],
          link: `/unit/surveys/${v.id}`,
          actionText: "Lập báo cáo",
        });
      }
    }
  }
  const sent = await db.$transaction((tx) => sendKeyedReminders(tx, "SurveyReminder", due), { timeout: 120_000 });
  return { due: due.length, sent };
}
