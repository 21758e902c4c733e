import "server-only";
import type { ScopedRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { deriveObligations, OFFICE_ROLES, sortByUrgency, UNIT_ROLES, type Obligation, type ObligationCampaignInput } from "./rules";

/**
 * Every obligation of a user across all published campaigns, sorted by urgency.
 * A bounded number of queries whatever the number of campaigns or units: campaigns (with milestones and
 * the user's participating units), the units' Mẫu 1 forms, the extensions.
 */
export async function loadObligations(user: { roles: readonly ScopedRole[] }, now = new Date()): Promise<Obligation[]> {
  const unitIds = [...new Set(user.roles.filter((r) => UNIT_ROLES.includes(r.role)).map((r) => r.unitId))];
  const officePaths = [...new Set(user.roles.filter((r) => OFFICE_ROLES.includes(r.role)).map((r) => r.unitPath))];
  if (unitIds.length === 0 && officePaths.length === 0) return [];

  const db = await getDb();
  const rows = await db.campaign.findMany({
    where: {
      status: "PUBLISHED",
      OR: [
        ...(unitIds.length ? [{ units: { some: { unitId: { in: unitIds } } } }] : []),
        ...officePaths.map((p) => ({ issuingUnit: { path: { startsWith: p } } })),
      ],
    },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      units: { where: { unitId: { in: unitIds } }, select: { unit: { select: { id: true, name: true } } } },
      milestones: {
        select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, sortOrder: true },
        orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }],
      },
    },
  });
  const campaigns: ObligationCampaignInput[] = rows.map((c) => ({ ...c, units: c.units.map((u) => u.unit) }));
  if (campaigns.length === 0) return [];

  const registrations = unitIds.length
    ? await db.registration.findMany({
        where: { kind: "UNIT", campaignId: { in: campaigns.map((c) => c.id) }, unitId: { in: unitIds } },
        select: { campaignId: true, unitId: true, status: true, isLate: true },
      })
    : [];
  const deadlineUnitIds = [...new Set([...unitIds, ...campaigns.map((c) => c.issuingUnit.id)])];
  const deadlineOf = await loadEffectiveDeadlines(
    campaigns.flatMap((c) => c.milestones),
    deadlineUnitIds,
  );
  return sortByUrgency(deriveObligations({ roles: user.roles, campaigns, registrations, deadlineOf, now }));
}
