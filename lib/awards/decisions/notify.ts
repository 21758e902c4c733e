import "server-only";
import type { Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "@/lib/notifications/create";
import { formatCalendarDate } from "@/lib/time/vn";

interface Awardee {
  id: string;
  unitId: string;
  nomineeName: string;
  nomineeUserId: string | null;
  originProposalId: string | null;
  awardForm: { name: string };
}

/**
 * Tells the proposing units (their heads and staff; for a proposal forwarded from below, also the
 * unit that first proposed it) and each nominee with an account that the decision names them: a bell
 * notification and an e-mail (or the daily digest), in the decision's transaction. One notice per
 * person, listing the awardees that concern them.
 */
export async function notifyAwardees(
  tx: Tx,
  input: {
    excludeUserId?: string;
    decision: { id: string; number: string; signedOn: Date; organisationName: string };
    campaign: { id: string; documentNumber: string };
    awardees: Awardee[];
  },
): Promise<number> {
  // The unit that first proposed a forwarded copy hears about it too.
  const originIds = input.awardees.map((a) => a.originProposalId).filter((x): x is string => !!x);
  const origins = originIds.length
    ? await tx.awardProposal.findMany({ where: { id: { in: originIds } }, select: { id: true, unitId: true } })
    : [];
  const originUnit = new Map(origins.map((o) => [o.id, o.unitId]));

  const byUnit = new Map<string, Awardee[]>();
  const add = (unitId: string, a: Awardee) => {
    const list = byUnit.get(unitId) ?? [];
    if (!list.includes(a)) list.push(a);
    byUnit.set(unitId, list);
  };
  for (const a of input.awardees) {
    add(a.unitId, a);
    const o = a.originProposalId ? originUnit.get(a.originProposalId) : undefined;
    if (o) add(o, a);
  }

  const unitPeople = await tx.roleAssignment.findMany({
    where: { unitId: { in: [...byUnit.keys()] }, role: { in: ["UNIT_HEAD", "UNIT_STAFF"] }, user: { active: true } },
    select: { unitId: true, userId: true },
  });
  // userId → what concerns them and where to look.
  const recipients = new Map<string, { awardees: Set<Awardee>; link: string }>();
  for (const r of unitPeople) {
    const entry = recipients.get(r.userId) ?? { awardees: new Set<Awardee>(), link: `/unit/awards?unit=${r.unitId}` };
    for (const a of byUnit.get(r.unitId) ?? []) entry.awardees.add(a);
    recipients.set(r.userId, entry);
  }
  for (const a of input.awardees) {
    if (!a.nomineeUserId) continue;
    const entry = recipients.get(a.nomineeUserId) ?? { awardees: new Set<Awardee>(), link: "/account/awards" };
    entry.awardees.add(a);
    entry.link = "/account/awards";
    recipients.set(a.nomineeUserId, entry);
  }
  if (input.excludeUserId) recipients.delete(input.excludeUserId);
  if (!recipients.size) return 0;

  const users = await tx.user.findMany({
    where: { id: { in: [...recipients.keys()] }, active: true },
    select: { id: true, email: true, fullName: true, digestMode: true },
    orderBy: { id: "asc" },
  });
  const d = input.decision;
  const title = `Quyết định khen thưởng số ${d.number} của ${d.organisationName}`;
  for (const u of users) {
    const entry = recipients.get(u.id)!;
    const lines = [
      `${d.organisationName} đã ban hành Quyết định số ${d.number} ngày ${formatCalendarDate(d.signedOn)} (Kế hoạch ${input.campaign.documentNumber}), khen thưởng:`,
      ...[...entry.awardees].map((a) => `- ${a.nomineeName}: ${a.awardForm.name}`),
      "Giấy khen (PDF) tải được trên cổng.",
    ];
    await createNotification(tx, { userId: u.id, title, body: lines.join("\n"), link: entry.link, campaignId: input.campaign.id, digestMode: u.digestMode });
    if (u.email && u.digestMode === "IMMEDIATE") {
      const mail = renderEmail({ greetingName: u.fullName, title, lines, actionText: "Xem trên cổng", actionUrl: entry.link });
      await queueEmail(tx, { to: u.email, toUserId: u.id, subject: mail.subject, text: mail.text, html: mail.html });
    }
  }
  return users.length;
}
