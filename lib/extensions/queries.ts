import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { notFoundError } from "@/lib/actions/result";
import { activeExtension } from "@/lib/deadlines/effective";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { getDb } from "@/lib/db/client";
import { isWindowOpen, phaseWindow } from "@/lib/reports/phase";
import { campaignForExtensions, UNIT_ROLES } from "./access";
import { deliverableName, deliverableOf } from "./rules";

export const EXTENSIONS_PAGE_SIZE = 25;

/**
 * The extensions page of a campaign (CCHC office of the issuing unit only): the milestones a unit
 * answers for (with, for each, the units that have already handed in its Mẫu 1 or report and, for a
 * report phase not open yet, its opening date), the participating units, and the history of every
 * extension (newest first, paginated), with who granted / revoked it. A fixed number of queries
 * whatever the number of units.
 */
export async function getCampaignExtensions(user: SessionUser, campaignId: string, opts: { page: number; unitId?: string; milestoneId?: string }) {
  const db = await getDb();
  const campaign = await campaignForExtensions(db, user, campaignId);
  if (!campaign) throw notFoundError();

  const where = {
    milestone: { campaignId: campaign.id },
    ...(opts.unitId ? { unitId: opts.unitId } : {}),
    ...(opts.milestoneId ? { milestoneId: opts.milestoneId } : {}),
  };
  const [allMilestones, units, total, rows, handedInForms, handedInReports] = await Promise.all([
    // Every milestone: a report phase opens when the milestone before it falls due (phaseWindow).
    db.milestone.findMany({
      where: { campaignId: campaign.id },
      orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }],
      select: { id: true, name: true, kind: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true },
    }),
    db.campaignUnit.findMany({
      where: { campaignId: campaign.id },
      select: { unit: { select: { id: true, name: true, path: true } } },
      orderBy: { unit: { path: "asc" } },
    }),
    db.milestoneExtension.count({ where }),
    db.milestoneExtension.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * EXTENSIONS_PAGE_SIZE,
      take: EXTENSIONS_PAGE_SIZE,
      include: {
        unit: { select: { id: true, name: true } },
        milestone: { select: { id: true, name: true, dueAt: true, hardCutoffAt: true } },
        grantedBy: { select: { fullName: true } },
      },
    }),
    // Units that have handed in their Mẫu 1 / report of a phase: nothing to extend for them.
    db.registration.findMany({
      where: { campaignId: campaign.id, kind: "UNIT", ownerKey: "UNIT", status: { in: ["SUBMITTED", "ACCEPTED"] } },
      select: { unitId: true },
    }),
    db.report.findMany({
      where: { campaignId: campaign.id, status: { in: ["SUBMITTED", "ACCEPTED"] } },
      select: { unitId: true, phase: true },
    }),
  ]);
  const now = new Date();
  const milestones = allMilestones
    .filter((m) => (UNIT_ROLES as readonly string[]).includes(m.responsibleRole))
    .map((m) => {
      const deliverable = deliverableOf(m.kind);
      const window = deliverable?.kind === "REPORT" ? phaseWindow(allMilestones, deliverable.phase) : null;
      const handedIn =
        deliverable?.kind === "REGISTRATION"
          ? handedInForms.map((r) => r.unitId)
          : deliverable?.kind === "REPORT"
            ? handedInReports.filter((r) => r.phase === deliverable.phase).map((r) => r.unitId)
            : [];
      return {
        id: m.id,
        name: m.name,
        kind: m.kind,
        deliverable: m.deliverable,
        dueAt: m.dueAt,
        hardCutoffAt: m.hardCutoffAt,
        /** What the portal receives for it ("Mẫu 1", "báo cáo sơ kết"...), or null when tracked outside the portal. */
        deliverableName: deliverable ? deliverableName(deliverable) : null,
        /** A report phase not open yet: when it opens (an extension may still be granted in advance). */
        opensAt: window && !isWindowOpen(window, now) ? window.opensAt : null,
        /** Units that have already submitted (or had accepted) what the milestone asks: refused. */
        handedInUnitIds: [...new Set(handedIn)],
      };
    });
  const revokerIds = [...new Set(rows.map((r) => r.revokedById).filter((x): x is string => !!x))];
  const revokers = revokerIds.length ? await db.user.findMany({ where: { id: { in: revokerIds } }, select: { id: true, fullName: true } }) : [];
  const revokerName = new Map(revokers.map((u) => [u.id, u.fullName]));

  // Which extension is the one in force for its unit and milestone (newest not revoked).
  const effective = await loadEffectiveDeadlines(
    rows.map((r) => ({ id: r.milestone.id, dueAt: r.milestone.dueAt, hardCutoffAt: r.milestone.hardCutoffAt })),
    [...new Set(rows.map((r) => r.unitId))],
  );
  const history = rows.map((r) => {
    const inForce = effective({ id: r.milestone.id, dueAt: r.milestone.dueAt, hardCutoffAt: r.milestone.hardCutoffAt }, r.unitId).extension?.id === r.id;
    return {
      id: r.id,
      unitId: r.unit.id,
      unitName: r.unit.name,
      milestoneId: r.milestone.id,
      milestoneName: r.milestone.name,
      originalDueAt: r.milestone.dueAt,
      dueAt: r.dueAt,
      reason: r.reason,
      grantedBy: r.grantedBy.fullName,
      createdAt: r.createdAt,
      revokedAt: r.revokedAt,
      revokedBy: r.revokedById ? (revokerName.get(r.revokedById) ?? "—") : null,
      inForce,
    };
  });
  return {
    campaign,
    canGrant: campaign.status === "PUBLISHED",
    milestones,
    units: units.map((u) => u.unit),
    history,
    total,
    page: opts.page,
    pageSize: EXTENSIONS_PAGE_SIZE,
  };
}

export type CampaignExtensions = Awaited<ReturnType<typeof getCampaignExtensions>>;

/**
 * Extensions in force for the given units of a campaign (the status matrix's "gia hạn" marker), keyed
 * "milestoneId:unitId" → new due instant. One query, bounded by the page's units. Empty when the user
 * may not read the campaign's registrations (checked on its issuing unit).
 */
export async function activeExtensionsByCell(user: Pick<SessionUser, "roles">, campaignId: string, unitIds: readonly string[]) {
  const out = new Map<string, Date>();
  if (unitIds.length === 0) return out;
  const db = await getDb();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { issuingUnit: { select: { id: true, path: true } } } });
  if (!campaign || !can(user.roles, "read:registration", campaign.issuingUnit)) return out;
  const rows = await db.milestoneExtension.findMany({
    where: { milestone: { campaignId }, unitId: { in: [...unitIds] }, revokedAt: null },
    select: { id: true, milestoneId: true, unitId: true, dueAt: true, createdAt: true, revokedAt: true },
  });
  for (const r of rows) {
    const ext = activeExtension(rows, r.milestoneId, r.unitId);
    if (ext) out.set(`${r.milestoneId}:${r.unitId}`, ext.dueAt);
  }
  return out;
}
