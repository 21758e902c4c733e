import "server-only";
import type { Tx } from "@/lib/db/client";
import { mailFrom } from "@/lib/mail/transport";
import { notifyPeople } from "@/lib/notifications/notify-users";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { visitIcs } from "./ics";
import { visitSummary } from "./rules";

export type VisitNoticeKind = "INVITE" | "CHANGE" | "CANCEL";

const TITLES: Record<VisitNoticeKind, string> = {
  INVITE: "Thư mời khảo sát",
  CHANGE: "Thay đổi lịch khảo sát",
  CANCEL: "Hủy lịch khảo sát",
};

/**
 * Tells the round's team and the visited unit's people about a visit (in the caller's transaction): an
 * in-app notice each and an e-mail with the visit as an invitation.ics (same UID, the visit's SEQUENCE;
 * METHOD:CANCEL when cancelled). Written with the change, so a rolled-back change invites nobody.
 */
export async function sendVisitNotices(tx: Tx, visitId: string, kind: VisitNoticeKind, now = new Date()): Promise<number> {
  const v = await tx.surveyVisit.findUniqueOrThrow({
    where: { id: visitId },
    select: {
      id: true,
      roundId: true,
      icalUid: true,
      sequence: true,
      startsAt: true,
      endsAt: true,
      place: true,
      contactName: true,
      contactPhone: true,
      reportDueAt: true,
      cancelReason: true,
      unit: { select: { id: true, name: true } },
      round: { select: { name: true, plan: { select: { title: true, issuingUnit: { select: { name: true } } } }, team: { select: { userId: true } } } },
      initiatives: { orderBy: { sortOrder: "asc" }, select: { initiative: { select: { content: true } } } },
    },
  });
  const teamIds = v.round.team.map((t) => t.userId);
  const people = await tx.user.findMany({
    where: { active: true, OR: [{ id: { in: teamIds } }, { roles: { some: { unitId: v.unit.id, role: { in: ["UNIT_HEAD", "UNIT_STAFF"] } } } }] },
    select: { id: true, fullName: true, email: true },
  });
  const summary = visitSummary(v.unit.name, v.round.name);
  const when = `${formatDateTimeVN(v.startsAt)} – ${formatDateTimeVN(v.endsAt).slice(-5)}`;
  const lines = [
    kind === "CANCEL" ? `Buổi khảo sát tại ${v.unit.name} lúc ${when} đã bị hủy${v.cancelReason ? `: ${v.cancelReason}` : "."}` : `${v.round.plan.issuingUnit.name} ${kind === "INVITE" ? "mời tham dự" : "thông báo lịch mới của"} buổi khảo sát tại ${v.unit.name}.`,
    `Thời gian: ${when}. Địa điểm: ${v.place}.`,
    `Người liên hệ: ${v.contactName}${v.contactPhone ? ` (${v.contactPhone})` : ""}.`,
    `Nội dung khảo sát: ${v.initiatives.map((i) => i.initiative.content).join("; ")}.`,
    ...(kind !== "CANCEL" ? [`Đơn vị được khảo sát gửi báo cáo phục vụ khảo sát ${formatDeadline(v.reportDueAt)}.`] : []),
    `Kế hoạch: ${v.round.plan.title} – ${v.round.name}.`,
  ];
  const base = (process.env.NEXTAUTH_URL ?? "").replace(/\/$/, "");
  const ics = visitIcs(
    {
      uid: v.icalUid,
      sequence: v.sequence,
      cancelled: kind === "CANCEL",
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      summary,
      description: lines.join("\n"),
      location: v.place,
      url: base ? `${base}/surveys/rounds/${v.roundId}/visits/${v.id}` : undefined,
      organizer: { name: mailFrom().name, email: mailFrom().address },
      attendees: people.filter((p) => p.email).map((p) => ({ name: p.fullName, email: p.email! })),
    },
    now,
  );
  const method = kind === "CANCEL" ? "CANCEL" : "REQUEST";
  const team = new Set(teamIds);
  let n = 0;
  // The team opens the visit's page; the unit opens its report.
  for (const group of [people.filter((p) => team.has(p.id)), people.filter((p) => !team.has(p.id))]) {
    if (!group.length) continue;
    const isTeam = team.has(group[0].id);
    n += await notifyPeople(
      tx,
      { userIds: group.map((p) => p.id) },
      {
        title: `${TITLES[kind]}: ${v.unit.name}, ${formatDateTimeVN(v.startsAt)}`,
        lines,
        link: isTeam ? `/surveys/rounds/${v.roundId}/visits/${v.id}` : `/unit/surveys/${v.id}`,
        actionText: isTeam ? "Mở trang buổi khảo sát" : "Mở báo cáo phục vụ khảo sát",
        mailEveryone: true,
        attachments: () => [{ filename: "invitation.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }],
      },
    );
  }
  return n;
}
