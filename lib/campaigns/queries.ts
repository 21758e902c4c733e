import "server-only";
import { compareVi } from "@/lib/text/collate";
import { offsetsToText } from "@/lib/reminders/rules";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CampaignStatus, MilestoneKind, ParticipantType, RegistrationLevel, Role, UnitStatus } from "@/lib/generated/prisma/enums";
import { beforeDayOf, calendarDateToInput } from "@/lib/time/vn";
import { DEFAULT_REFORM_FIELDS, PLAN_MILESTONES } from "./defaults";
import type { CampaignFormInput, CampaignListFilter } from "./schemas";
import { ancestorIdsOf, flattenSubtree, type UnitOption } from "./unit-options";

export const CAMPAIGN_PAGE_SIZE = 20;

export interface CampaignListRow {
  id: string;
  documentNumber: string;
  title: string;
  year: number;
  status: CampaignStatus;
  issuingUnitName: string;
  unitCount: number;
  nextMilestoneName: string | null;
  nextMilestoneDueAt: Date | null;
}

/**
 * Campaigns the user may read (issuing unit inside one of their read:campaign scopes), newest year
 * first, in ONE SQL query: participating-unit count, next milestone and total count included.
 */
export async function listCampaigns(user: SessionUser, filter: CampaignListFilter, now = new Date()) {
  const scopes = scopesFor(user.roles, "read:campaign");
  const page = filter.page;
  if (scopes.length === 0) return { rows: [] as CampaignListRow[], total: 0, page, pageSize: CAMPAIGN_PAGE_SIZE };
  const db = await getDb();

  const conditions: Prisma.Sql[] = [];
  if (!scopes.some((s) => s.scope === "any")) {
    const paths = [...new Set(scopes.map((s) => (s.scope === "own" ? null : s.unitPath)).filter((p): p is string => !!p))];
    const ownIds = scopes.filter((s) => s.scope === "own").map((s) => s.unitId);
    const parts: Prisma.Sql[] = paths.map((p) => Prisma.sql`starts_with(u."path", ${p})`);
    if (ownIds.length) parts.push(Prisma.sql`u."id" IN (${Prisma.join(ownIds)})`);
    conditions.push(Prisma.sql`(${Prisma.join(parts, " OR ")})`);
  }
  if (filter.year) conditions.push(Prisma.sql`c."year" = ${filter.year}`);
  if (filter.status) conditions.push(Prisma.sql`c."status"::text = ${filter.status}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const offset = (page - 1) * CAMPAIGN_PAGE_SIZE;

  const raw = await db.$queryRaw<
    {
      id: string;
      documentNumber: string;
      title: string;
      year: number;
      status: string;
      issuingUnitName: string;
      unitCount: number;
      nextMilestoneName: string | null;
      nextMilestoneDueAt: Date | string | null;
      total: number;
    }[]
  >`
    SELECT c."id", c."documentNumber", c."title", c."year", c."status"::text AS "status",
           u."name" AS "issuingUnitName",
           (SELECT count(*)::int FROM "CampaignUnit" cu WHERE cu."campaignId" = c."id") AS "unitCount",
           m."name" AS "nextMilestoneName", m."dueAt" AS "nextMilestoneDueAt",
           count(*) OVER ()::int AS "total"
    FROM "Campaign" c
    JOIN "Unit" u ON u."id" = c."issuingUnitId"
    LEFT JOIN LATERAL (
      SELECT mm."name", mm."dueAt" FROM "Milestone" mm
      WHERE mm."campaignId" = c."id" AND mm."dueAt" > ${now}
      ORDER BY mm."dueAt" ASC, mm."sortOrder" ASC
      LIMIT 1
    ) m ON c."status" <> 'CLOSED'
    ${where}
    ORDER BY c."year" DESC, c."issuedOn" DESC, c."createdAt" DESC, c."id"
    LIMIT ${CAMPAIGN_PAGE_SIZE} OFFSET ${offset}`;

  const rows: CampaignListRow[] = raw.map((r) => ({
    id: r.id,
    documentNumber: r.documentNumber,
    title: r.title,
    year: Number(r.year),
    status: r.status as CampaignStatus,
    issuingUnitName: r.issuingUnitName,
    unitCount: Number(r.unitCount),
    nextMilestoneName: r.nextMilestoneName,
    nextMilestoneDueAt: r.nextMilestoneDueAt ? new Date(r.nextMilestoneDueAt) : null,
  }));
  // Past the last page the window count is unknown: the page shows its own empty state with a link back.
  return { rows, total: raw[0] ? Number(raw[0].total) : 0, page, pageSize: CAMPAIGN_PAGE_SIZE };
}

/** Whether the user may create campaigns at all (holds CCHC_OFFICE somewhere). */
export function officeUnitsOf(user: SessionUser) {
  const seen = new Set<string>();
  return user.roles.filter((r) => r.role === "CCHC_OFFICE" && !seen.has(r.unitId) && seen.add(r.unitId));
}

const detailInclude = {
  issuingUnit: { select: { id: true, name: true, path: true, parent: { select: { name: true } } } },
  parentCampaign: {
    select: { id: true, documentNumber: true, title: true, issuedOn: true, issuingUnit: { select: { id: true, name: true, path: true } } },
  },
  clonedFrom: { select: { id: true, documentNumber: true, year: true, issuingUnit: { select: { id: true, path: true } } } },
  receivingUnit: { select: { id: true, name: true } },
  criteria: { orderBy: [{ participantType: "asc" }, { sortOrder: "asc" }] },
  fields: { orderBy: { sortOrder: "asc" } },
  milestones: { orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }] },
} satisfies Prisma.CampaignInclude;

interface ParticipatingUnit {
  unitId: string;
  unit: { id: string; parentId: string | null; name: string; status: UnitStatus; path: string; sortOrder: number };
}

export type CampaignDetail = Prisma.CampaignGetPayload<{ include: typeof detailInclude }> & { units: ParticipatingUnit[] };

/** A campaign the user may read (read:campaign on its issuing unit, read from the DB), or null. */
export async function getCampaignDetail(user: SessionUser, id: string) {
  const db = await getDb();
  // The participating units read flat (a city has ~2,000; Prisma's nested read of them cost ~30 ms of the
  // database's time per view), at the same time as the campaign; dropped unread if the user may not see it.
  const [campaign, unitRows] = await Promise.all([
    db.campaign.findUnique({ where: { id }, include: detailInclude }),
    db.$queryRaw<ParticipatingUnit["unit"][]>`
      SELECT u."id", u."parentId", u."name", u."status"::text AS "status", u."path", u."sortOrder"
      FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
      WHERE cu."campaignId" = ${id}`,
  ]);
  if (!campaign || !can(user.roles, "read:campaign", campaign.issuingUnit)) return null;
  const c: CampaignDetail = { ...campaign, units: unitRows.map((unit) => ({ unitId: unit.id, unit })) };
  // Tree order (depth first, siblings by sortOrder then name), like the picker of the form.
  const order = flattenSubtree(
    c.issuingUnit.id,
    [...c.units.map((u) => u.unit)].sort((a, b) => a.sortOrder - b.sortOrder || compareVi(a.name, b.name)),
  ).map((o) => o.id);
  // Positions looked up in a map: indexOf in the comparator made this sort quadratic (~2,000 units of a city).
  const position = new Map(order.map((unitId, i) => [unitId, i]));
  const at = (unitId: string) => position.get(unitId) ?? order.length;
  c.units.sort((a, b) => at(a.unitId) - at(b.unitId));
  return {
    campaign: c,
    canManage: can(user.roles, "manage:campaign", c.issuingUnit),
    canReadAudit: can(user.roles, "read:audit", c.issuingUnit),
    canReadParent: !!c.parentCampaign && can(user.roles, "read:campaign", c.parentCampaign.issuingUnit),
    canReadSource: !!c.clonedFrom && can(user.roles, "read:campaign", c.clonedFrom.issuingUnit),
  };
}

export interface IssuingOption {
  id: string;
  name: string;
  units: UnitOption[];
  parentCampaigns: { id: string; label: string }[];
  /** Candidates for "Cơ quan nhận báo cáo, đăng ký": the units directly below the issuing unit (and the one recorded). */
  receivingUnits: { id: string; name: string }[];
}

/** For one issuing unit: the units that may take part (its subtree) and the campaigns it may answer. */
async function issuingOption(
  db: Db,
  unit: { id: string; name: string; path: string },
  keepUnitIds: string[] = [],
  keepParentId?: string | null,
  keepReceivingId?: string | null,
) {
  const subtree = await db.unit.findMany({
    where: {
      path: { startsWith: unit.path },
      id: { not: unit.id },
      OR: [{ status: "ACTIVE" }, { id: { in: keepUnitIds } }],
    },
    select: { id: true, parentId: true, name: true, sortOrder: true, status: true },
  });
  const ancestors = ancestorIdsOf(unit.path);
  const parents = ancestors.length
    ? await db.campaign.findMany({
        where: {
          issuingUnitId: { in: ancestors },
          OR: [{ status: "PUBLISHED" }, ...(keepParentId ? [{ id: keepParentId }] : [])],
        },
        orderBy: [{ year: "desc" }, { issuedOn: "desc" }],
        select: { id: true, documentNumber: true, title: true, year: true, issuingUnit: { select: { shortName: true, name: true } } },
        take: 200,
      })
    : [];
  return {
    id: unit.id,
    name: unit.name,
    units: flattenSubtree(unit.id, subtree),
    parentCampaigns: parents.map((p) => ({
      id: p.id,
      label: `${p.documentNumber} (${p.issuingUnit.shortName ?? p.issuingUnit.name}, ${p.year}) – ${p.title}`,
    })),
    receivingUnits: await receivingUnitOptions(db, unit.id, keepReceivingId),
  } satisfies IssuingOption;
}

/** Active units directly below the issuing unit, by sortOrder then name, plus the one already recorded. */
async function receivingUnitOptions(db: Db, issuingUnitId: string, keepId?: string | null) {
  const rows = await db.unit.findMany({
    where: { OR: [{ parentId: issuingUnitId, status: "ACTIVE" }, ...(keepId ? [{ id: keepId }] : [])] },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, status: true },
    take: 1000,
  });
  return rows.map((u) => ({ id: u.id, name: u.status === "ACTIVE" ? u.name : `${u.name} (đã ngừng hoạt động)` }));
}

/** Options of the create form: one entry per unit where the user is the CCHC office. */
export async function getNewCampaignOptions(user: SessionUser): Promise<IssuingOption[]> {
  const offices = officeUnitsOf(user);
  if (offices.length === 0) return [];
  const db = await getDb();
  const units = await db.unit.findMany({ where: { id: { in: offices.map((o) => o.unitId) } }, select: { id: true, name: true, path: true } });
  const ordered = offices.map((o) => units.find((u) => u.id === o.unitId)).filter((u): u is NonNullable<typeof u> => !!u);
  const out: IssuingOption[] = [];
  for (const u of ordered) if (can(user.roles, "manage:campaign", u)) out.push(await issuingOption(db, u));
  return out;
}

/** Default values of a new campaign: the plan skeleton of file 000 with the six fields and seven milestones. */
export function newCampaignDefaults(issuingUnitId: string, today = new Date()): CampaignFormInput {
  const year = Number(calendarDateToInput(today).slice(0, 4));
  return {
    documentNumber: "",
    issuedOn: "",
    year,
    issuingUnitId,
    signerName: "",
    signerTitle: "Giám đốc",
    title: "",
    theme: "",
    legalBases: "",
    purpose: "",
    participantsText: "",
    criteria: { COLLECTIVE: [], INDIVIDUAL: [], CITIZEN: [] },
    fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
    registrationLevels: ["CITY", "DEPARTMENT"],
    startsOn: "",
    endsOn: "",
    unitIds: [],
    parentCampaignId: "",
    receivingUnitId: "",
    reminderOffsetsText: "7, 3, 1",
    remindMorningAfter: true,
    remindWeeklyOverdue: true,
    milestones: PLAN_MILESTONES.map((m) => ({ ...m, beforeDay: "", cutoffDay: "", opensDay: "" })),
  };
}

export type EditLoad =
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | {
      kind: "ok";
      campaign: { id: string; documentNumber: string; title: string; status: CampaignStatus; year: number };
      issuing: IssuingOption;
      values: CampaignFormInput;
      fieldUsage: Record<string, number>;
      lockedUnitIds: string[];
    };

/** The edit form of a campaign: only for users with manage:campaign on its issuing unit (read from the DB). */
export async function getCampaignForEdit(user: SessionUser, id: string): Promise<EditLoad> {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id },
    include: {
      issuingUnit: { select: { id: true, name: true, path: true } },
      criteria: { orderBy: { sortOrder: "asc" } },
      fields: { orderBy: { sortOrder: "asc" }, include: { _count: { select: { initiatives: true } } } },
      milestones: { orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }] },
      units: { select: { unitId: true } },
    },
  });
  if (!c || !can(user.roles, "read:campaign", c.issuingUnit)) return { kind: "notFound" };
  if (!can(user.roles, "manage:campaign", c.issuingUnit)) return { kind: "forbidden" };
  const unitIds = c.units.map((u) => u.unitId);
  const issuing = await issuingOption(db, c.issuingUnit, unitIds, c.parentCampaignId, c.receivingUnitId);
  const registered = await db.registration.findMany({ where: { campaignId: c.id }, select: { unitId: true }, distinct: ["unitId"] });
  const criteriaOf = (t: ParticipantType) => c.criteria.filter((x) => x.participantType === t).map((x) => ({ content: x.content }));
  return {
    kind: "ok",
    campaign: { id: c.id, documentNumber: c.documentNumber, title: c.title, status: c.status, year: c.year },
    issuing,
    fieldUsage: Object.fromEntries(c.fields.map((f) => [f.id, f._count.initiatives])),
    lockedUnitIds: registered.map((r) => r.unitId),
    values: {
      lockVersion: c.lockVersion,
      documentNumber: c.documentNumber,
      issuedOn: calendarDateToInput(c.issuedOn),
      year: c.year,
      issuingUnitId: c.issuingUnitId,
      signerName: c.signerName,
      signerTitle: c.signerTitle,
      title: c.title,
      theme: c.theme ?? "",
      legalBases: c.legalBases ?? "",
      purpose: c.purpose ?? "",
      participantsText: c.participantsText ?? "",
      criteria: { COLLECTIVE: criteriaOf("COLLECTIVE"), INDIVIDUAL: criteriaOf("INDIVIDUAL"), CITIZEN: criteriaOf("CITIZEN") },
      fields: c.fields.map((f) => ({ id: f.id, name: f.name })),
      registrationLevels: c.registrationLevels as RegistrationLevel[],
      startsOn: calendarDateToInput(c.startsOn),
      endsOn: calendarDateToInput(c.endsOn),
      unitIds,
      parentCampaignId: c.parentCampaignId ?? "",
      receivingUnitId: c.receivingUnitId ?? "",
      reminderOffsetsText: offsetsToText(c.reminderOffsetsDays),
      remindMorningAfter: c.remindMorningAfter,
      remindWeeklyOverdue: c.remindWeeklyOverdue,
      milestones: c.milestones.map((m) => ({
        id: m.id,
        name: m.name,
        deliverable: m.deliverable ?? "",
        kind: m.kind as MilestoneKind,
        responsibleRole: m.responsibleRole as Role,
        beforeDay: beforeDayOf(m.dueAt),
        cutoffDay: m.hardCutoffAt ? beforeDayOf(m.hardCutoffAt) : "",
        opensDay: m.opensAt ? beforeDayOf(m.opensAt) : "",
      })),
    },
  };
}

/** The clone form's source campaign (manage:campaign on its issuing unit), or notFound / forbidden. */
export async function getCampaignForClone(user: SessionUser, id: string) {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      _count: { select: { units: true, milestones: true, fields: true } },
      units: { where: { unit: { status: "CLOSED" } }, select: { unit: { select: { name: true } } } },
    },
  });
  if (!c || !can(user.roles, "read:campaign", c.issuingUnit)) return { kind: "notFound" as const };
  if (!can(user.roles, "manage:campaign", c.issuingUnit)) return { kind: "forbidden" as const };
  return { kind: "ok" as const, campaign: c, closedUnitNames: c.units.map((u) => u.unit.name) };
}
