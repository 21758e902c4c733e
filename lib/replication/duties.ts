import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DEFAULT_REMINDER_SETTINGS, sendKeyedReminders, type KeyedReminder } from "@/lib/reminders/keyed";
import { deadlineReminderKeys, reminderTitle } from "@/lib/reminders/rules";
import { formatDeadline } from "@/lib/time/vn";
import type { PortalTask } from "@/lib/todo/task";

/**
 * Assigned replication as an obligation of the assigned unit: on its people's "Việc cần làm" until the
 * unit has reported its adoption of the model, in their calendar feed, and reminded to its heads.
 */
export async function loadReplicationTasks(user: Pick<SessionUser, "id" | "roles">, now = new Date()): Promise<PortalTask[]> {
  const unitIds = [...new Set(scopesFor(user.roles, "adopt:model").map((s) => s.unitId))];
  if (!unitIds.length) return [];
  const db = await getDb();
  const targets = await db.replicationAssignmentUnit.findMany({
    where: { unitId: { in: unitIds }, assignment: { cancelledAt: null }, OR: [{ adoptionId: null }, { adoption: { reportedAt: null } }] },
    orderBy: { assignment: { dueAt: "asc" } },
    take: 100,
    select: {
      id: true,
      unit: { select: { name: true } },
      adoption: { select: { id: true } },
      assignment: { select: { dueAt: true, issuingUnit: { select: { name: true } }, model: { select: { id: true, title: true } } } },
    },
  });
  return targets.map((t) => ({
    key: `replication.${t.id}`,
    kind: "REPLICATION",
    title: `Nhân rộng mô hình: ${t.assignment.model.title}`,
    lines: [`${t.assignment.issuingUnit.name} giao cho ${t.unit.name}.`, t.adoption ? "Đã đăng ký; còn báo cáo kết quả." : "Chưa đăng ký nhân rộng."],
    dueAt: t.assignment.dueAt,
    dueLabel: "Hạn báo cáo",
    badge: now.getTime() >= t.assignment.dueAt.getTime() ? { label: "Quá hạn", tone: "red" } : { label: t.adoption ? "Đang triển khai" : "Chưa đăng ký", tone: t.adoption ? "blue" : "amber" },
    href: t.adoption ? `/unit/replication/${t.adoption.id}` : `/unit/replication/new?model=${t.assignment.model.id}`,
    actionLabel: t.adoption ? "Báo cáo kết quả" : "Đăng ký nhân rộng",
  }));
}

/** Reminds the heads of each assigned unit that has not reported, with the default reminder settings. */
export async function runReplicationReminders(opts: { now?: Date } = {}): Promise<{ due: number; sent: number }> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  const targets = await db.replicationAssignmentUnit.findMany({
    where: { assignment: { cancelledAt: null }, OR: [{ adoptionId: null }, { adoption: { reportedAt: null } }] },
    select: {
      id: true,
      unitId: true,
      adoption: { select: { id: true } },
      assignment: { select: { dueAt: true, issuingUnit: { select: { name: true } }, model: { select: { id: true, title: true } } } },
    },
  });
  const keyed = targets.map((t) => ({ t, keys: deadlineReminderKeys(DEFAULT_REMINDER_SETTINGS, t.assignment.dueAt, now, true) })).filter((x) => x.keys.length);
  if (!keyed.length) return { due: 0, sent: 0 };
  const heads = await db.user.findMany({
    where: { active: true, roles: { some: { role: "UNIT_HEAD", unitId: { in: [...new Set(keyed.map((x) => x.t.unitId))] } } } },
    select: { id: true, fullName: true, email: true, digestMode: true, roles: { where: { role: "UNIT_HEAD" }, select: { unitId: true } } },
  });
  const due: KeyedReminder[] = [];
  for (const { t, keys } of keyed) {
    for (const u of heads.filter((h) => h.roles.some((r) => r.unitId === t.unitId))) {
      for (const key of keys) {
        due.push({
          subjectId: t.id,
          user: { id: u.id, fullName: u.fullName, email: u.email, digestMode: u.digestMode },
          key,
          dueAt: t.assignment.dueAt,
          title: reminderTitle(t.assignment.dueAt, now, `báo cáo nhân rộng “${t.assignment.model.title.slice(0, 60)}”`, t.assignment.issuingUnit.name),
          lines: [`Mô hình: ${t.assignment.model.title}.`, `Đơn vị giao: ${t.assignment.issuingUnit.name}.`, `Hạn: ${formatDeadline(t.assignment.dueAt)}.`],
          link: t.adoption ? `/unit/replication/${t.adoption.id}` : `/unit/replication/new?model=${t.assignment.model.id}`,
          actionText: "Mở trang nhân rộng",
        });
      }
    }
  }
  const sent = await db.$transaction((tx) => sendKeyedReminders(tx, "ReplicationReminder", due), { timeout: 120_000 });
  return { due: due.length, sent };
}
