import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { CampaignStatus, MilestoneKind, RegistrationStatus, Role, UnitStatus } from "@/lib/generated/prisma/enums";
import { compareByLateness, isTrackedMilestone, summarise, totalsByYear, unitStanding, type ComplianceSummary, type UnitStanding } from "./rules";

const milestoneSelect = {
  id: true,
  kind: true,
  name: true,
  deliverable: true,
  responsibleRole: true,
  dueAt: true,
  hardCutoffAt: true,
  sortOrder: true,
} as const;

export interface ComplianceUnitRow {
  unitId: string;
  name: string;
  unitStatus: UnitStatus;
  registrationStatus: RegistrationStatus | null;
  firstSubmittedAt: Date | null;
  standing: UnitStanding;
  dueAt: Date;
  extension: { dueAt: Date; reason: string } | null;
}

export interface MilestoneCompliance {
  id: string;
  kind: MilestoneKind;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
  dueAt: Date;
  tracked: boolean;
  summary: ComplianceSummary | null;
  units: ComplianceUnitRow[];
}

/**
 * Deadline compliance of one campaign: per milestone the portal tracks, the standing of every participating
 * unit against its effective (possibly extended) deadline. Readers: "read:registration" on the campaign's
 * issuing unit (read from the DB). Null when missing or not allowed. Four queries whatever the number of units.
 */
export async function getCampaignCompliance(user: SessionUser, campaignId: string, now = new Date()) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      milestones: { select: milestoneSelect, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
      units: { select: { unit: { select: { id: true, name: true, status: true } } } },
    },
  });
  if (!campaign || !can(user.roles, "read:registration", campaign.issuingUnit)) return null;

  const units = campaign.units.map((u) => u.unit);
  const tracked = campaign.milestones.filter((m) => isTrackedMilestone(m.kind));
  const [registrations, deadlineOf] = await Promise.all([
    tracked.length && units.length
      ? db.registration.findMany({
          where: { campaignId, kind: "UNIT", ownerKey: "UNIT" },
          select: { unitId: true, status: true, firstSubmittedAt: true },
        })
      : Promise.resolve([]),
    loadEffectiveDeadlines(
      tracked,
      units.map((u) => u.id),
    ),
  ]);
  const regByUnit = new Map(registrations.map((r) => [r.unitId, r]));

  const milestones: MilestoneCompliance[] = campaign.milestones.map((m) => {
    if (!isTrackedMilestone(m.kind)) {
      return { ...m, tracked: false, summary: null, units: [] };
    }
    const rows: ComplianceUnitRow[] = units.map((u) => {
      const reg = regByUnit.get(u.id) ?? null;
      const eff = deadlineOf(m, u.id);
      return {
        unitId: u.id,
        name: u.name,
        unitStatus: u.status,
        registrationStatus: reg?.status ?? null,
        firstSubmittedAt: reg?.firstSubmittedAt ?? null,
        standing: unitStanding(reg?.firstSubmittedAt, eff.dueAt, now),
        dueAt: eff.dueAt,
        extension: eff.extension ? { dueAt: eff.extension.dueAt, reason: eff.extension.reason } : null,
      };
    });
    rows.sort(compareByLateness);
    return { ...m, tracked: true, summary: summarise(rows.map((r) => r.standing)), units: rows };
  });

  return { campaign: { ...campaign, units: undefined, milestones: undefined }, milestones, unitCount: units.length };
}

/**
 * The campaign's milestones for the timeline/calendar. Readers: those of the compliance page, and the
 * heads/staff of participating units once the campaign is published. Null when missing or not allowed.
 */
export async function getCampaignTimeline(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      milestones: { select: milestoneSelect, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
    },
  });
  if (!campaign) return null;
  let allowed = can(user.roles, "read:registration", campaign.issuingUnit) || can(user.roles, "read:campaign", campaign.issuingUnit);
  if (!allowed && campaign.status !== "DRAFT") {
    const ownUnits = user.roles.filter((r) => r.role === "UNIT_HEAD" || r.role === "UNIT_STAFF").map((r) => r.unitId);
    if (ownUnits.length) {
      allowed = (await db.campaignUnit.count({ where: { campaignId, unitId: { in: ownUnits } } })) > 0;
    }
  }
  if (!allowed) return null;
  return { campaign, canSeeCompliance: can(user.roles, "read:registration", campaign.issuingUnit) };
}

export interface UnitRecordRow {
  campaignId: string;
  documentNumber: string;
  title: string;
  year: number;
  campaignStatus: CampaignStatus;
  issuingUnitName: string;
  /** The reader may open the campaign's compliance page. */
  canOpenCompliance: boolean;
  registrationStatus: RegistrationStatus | null;
  firstSubmittedAt: Date | null;
  dueAt: Date | null;
  extended: boolean;
  standing: UnitStanding | null;
  initiatives: number;
  typical: number;
}

/**
 * A unit's record across campaigns and years (closed units keep their history). Visible to the unit's own
 * heads/staff and to holders of "read:registration" over the unit (office/leadership of an ancestor).
 * Null when missing or not allowed. Four queries.
 */
export async function getUnitRecord(user: SessionUser, unitId: string, now = new Date()) {
  const db = await getDb();
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: { id: true, path: true, name: true, status: true, closedAt: true, parent: { select: { name: true } } },
  });
  if (!unit || !can(user.roles, "read:registration", unit)) return null;

  const participations = await db.campaignUnit.findMany({
    where: { unitId, campaign: { status: { not: "DRAFT" } } },
    select: {
      campaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          year: true,
          status: true,
          issuedOn: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          milestones: { where: { kind: { in: ["REGISTRATION"] } }, select: milestoneSelect, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
        },
      },
    },
  });
  const campaigns = participations.map((p) => p.campaign);
  const campaignIds = campaigns.map((c) => c.id);
  const firstMilestones = campaigns.flatMap((c) => (c.milestones[0] ? [c.milestones[0]] : []));

  const [registrations, counts, deadlineOf] = await Promise.all([
    db.registration.findMany({
      where: { unitId, kind: "UNIT", ownerKey: "UNIT", campaignId: { in: campaignIds } },
      select: { campaignId: true, status: true, firstSubmittedAt: true },
    }),
    // Initiatives of the unit's submitted forms (its Mẫu 1 and its people's confirmed registrations).
    db.initiative.groupBy({
      by: ["campaignId", "isTypical"],
      where: { unitId, campaignId: { in: campaignIds }, registration: { firstSubmittedAt: { not: null } } },
      _count: { _all: true },
    }),
    loadEffectiveDeadlines(firstMilestones, [unitId]),
  ]);
  const regByCampaign = new Map(registrations.map((r) => [r.campaignId, r]));
  const countOf = new Map<string, { initiatives: number; typical: number }>();
  for (const c of counts) {
    const e = countOf.get(c.campaignId) ?? { initiatives: 0, typical: 0 };
    e.initiatives += c._count._all;
    if (c.isTypical) e.typical += c._count._all;
    countOf.set(c.campaignId, e);
  }

  const rows: UnitRecordRow[] = campaigns
    .sort((a, b) => b.year - a.year || b.issuedOn.getTime() - a.issuedOn.getTime() || a.documentNumber.localeCompare(b.documentNumber, "vi"))
    .map((c) => {
      const reg = regByCampaign.get(c.id) ?? null;
      const m = c.milestones[0] ?? null;
      const eff = m ? deadlineOf(m, unitId) : null;
      const n = countOf.get(c.id) ?? { initiatives: 0, typical: 0 };
      return {
        campaignId: c.id,
        documentNumber: c.documentNumber,
        title: c.title,
        year: c.year,
        campaignStatus: c.status,
        issuingUnitName: c.issuingUnit.name,
        canOpenCompliance: can(user.roles, "read:registration", c.issuingUnit),
        registrationStatus: reg?.status ?? null,
        firstSubmittedAt: reg?.firstSubmittedAt ?? null,
        dueAt: eff?.dueAt ?? null,
        extended: !!eff?.extension,
        standing: eff ? unitStanding(reg?.firstSubmittedAt, eff.dueAt, now) : null,
        initiatives: n.initiatives,
        typical: n.typical,
      };
    });

  const isOwnUnit = user.roles.some((r) => (r.role === "UNIT_HEAD" || r.role === "UNIT_STAFF") && r.unitId === unit.id);
  return { unit, isOwnUnit, rows, years: totalsByYear(rows.map((r) => ({ year: r.year, standing: r.standing }))) };
}
