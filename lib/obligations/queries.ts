import "server-only";
import type { ScopedRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { deriveObligations, OFFICE_ROLES, sortByUrgency, UNIT_ROLES, type Obligation, type ObligationCampaignInput } from "./rules";

/**
 * Every obligation of a user across all published campaigns, sorted by urgency.
 * A bounded number of queries whatever the number of campaigns or units: campaigns (with milestones and
 * the user's participating units), then in parallel the units' Mẫu 1 forms, the units' reports, the
 * summary reports of the campaigns the user's office issues, and the extensions.
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
        select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true, sortOrder: true },
        orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }],
      },
    },
  });
  const campaigns: ObligationCampaignInput[] = rows.map((c) => ({ ...c, units: c.units.map((u) => u.unit) }));
  if (campaigns.length === 0) return [];

  const campaignIds = campaigns.map((c) => c.id);
  const withKind = (summary: boolean) =>
    campaigns.filter((c) => c.milestones.some((m) => phaseOfMilestoneKind(m.kind)?.summary === summary)).map((c) => c.id);
  const reportCampaignIds = unitIds.length ? withKind(false) : [];
  // Summary reports only of the campaigns whose issuing unit is in one of the user's offices.
  const summaryCampaignIds = officePaths.length
    ? withKind(true).filter((id) => {
        const c = campaigns.find((x) => x.id === id)!;
        return officePaths.some((p) => c.issuingUnit.path.startsWith(p));
      })
    : [];
  const deadlineUnitIds = [...new Set([...unitIds, ...campaigns.map((c) => c.issuingUnit.id)])];
  const [registrations, reports, summaryReports, deadlineOf] = await Promise.all([
    unitIds.length
      ? db.registration.findMany({
          where: { kind: "UNIT", campaignId: { in: campaignIds }, unitId: { in: unitIds } },
          select: { campaignId: true, unitId: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    reportCampaignIds.length
      ? db.report.findMany({
          where: { campaignId: { in: reportCampaignIds }, unitId: { in: unitIds } },
          select: { campaignId: true, unitId: true, phase: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    summaryCampaignIds.length
      ? db.summaryReport.findMany({
          where: { campaignId: { in: summaryCampaignIds } },
          select: { campaignId: true, phase: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    loadEffectiveDeadlines(
      campaigns.flatMap((c) => c.milestones),
      deadlineUnitIds,
    ),
  ]);
  return sortByUrgency(deriveObligations({ roles: user.roles, campaigns, registrations, reports, summaryReports, deadlineOf, now }));
}
