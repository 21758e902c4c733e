import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { PortalTask } from "@/lib/todo/task";
import { officeVisibleWhere } from "./queries";

/**
 * Public ideas on "Việc cần làm": for a unit, each idea forwarded to it and not yet assessed; for the
 * office, one card per campaign with ideas waiting for a decision. Two statements at most.
 */
export async function loadIdeaTasks(user: Pick<SessionUser, "id" | "roles">, now = new Date()): Promise<PortalTask[]> {
  const db = await getDb();
  const unitIds = [...new Set(scopesFor(user.roles, "assess:idea").map((s) => s.unitId))];
  const office = scopesFor(user.roles, "moderate:idea");
  const [forwarded, waiting] = await Promise.all([
    unitIds.length
      ? db.publicIdea.findMany({
          where: { forwardedUnitId: { in: unitIds }, status: "FORWARDED", unitAssessedAt: null },
          orderBy: { forwardedAt: "asc" },
          take: 50,
          select: { id: true, title: true, forwardedAt: true, forwardedUnit: { select: { name: true } }, campaign: { select: { documentNumber: true } } },
        })
      : [],
    office.length
      ? db.publicIdea.groupBy({
          by: ["campaignId"],
          where: {
            AND: [
              officeVisibleWhere(now),
              { status: "RECEIVED", OR: [{ email: null }, { emailConfirmedAt: { not: null } }] },
              { campaign: { OR: office.map((s) => (s.scope === "any" ? {} : s.scope === "own" ? { issuingUnitId: s.unitId } : { issuingUnit: { path: { startsWith: s.unitPath } } })) } },
            ],
          },
          _count: { _all: true },
        })
      : [],
  ]);
  const campaigns = waiting.length
    ? await db.campaign.findMany({ where: { id: { in: waiting.map((w) => w.campaignId) } }, select: { id: true, documentNumber: true } })
    : [];
  const numberOf = new Map(campaigns.map((c) => [c.id, c.documentNumber]));
  return [
    ...forwarded.map(
      (i): PortalTask => ({
        key: `idea.assess.${i.id}`,
        kind: "IDEA_ASSESS",
        title: `Đánh giá hiến kế: ${i.title}`,
        lines: [`Bộ phận CCHC chuyển ${i.forwardedUnit?.name ?? "đơn vị"} đánh giá (Kế hoạch ${i.campaign.documentNumber}).`],
        dueAt: null,
        dueLabel: "Nhận ngày",
        badge: { label: "Chờ đánh giá", tone: "amber" },
        href: `/unit/ideas/${i.id}`,
        actionLabel: "Đánh giá",
      }),
    ),
    ...waiting.map(
      (w): PortalTask => ({
        key: `idea.moderate.${w.campaignId}`,
        kind: "IDEA_MODERATE",
        title: `${w._count._all} hiến kế của người dân, doanh nghiệp chờ xử lý`,
        lines: [`Kế hoạch ${numberOf.get(w.campaignId) ?? ""}.`],
        dueAt: null,
        dueLabel: "",
        badge: { label: "Chờ xử lý", tone: "blue" },
        href: `/campaigns/${w.campaignId}/ideas?status=RECEIVED`,
        actionLabel: "Xem hiến kế",
      }),
    ),
  ];
}
