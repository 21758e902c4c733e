import "server-only";
import { compareVi } from "@/lib/text/collate";
import { notFoundError } from "@/lib/actions/result";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recognitionsFor } from "@/lib/recognition/queries";
import type { InitiativeProgress } from "@/lib/generated/prisma/enums";
import { PROGRESS_ORDER } from "@/lib/reports/labels";
import { calendarDateToInput, vnDayOf } from "@/lib/time/vn";
import { canEditProgress, canReadInitiative, chainDownToOrigin, initiativeAccessSelect, isUnitMember, progressEditProblem } from "./access";
import { CAMPAIGN_CLOSED_MESSAGE, FORWARDED_READ_ONLY_MESSAGE, PROGRESS_NOT_OPEN_MESSAGE } from "./rules";

export const PROGRESS_PAGE_SIZE = 50;

const uniq = <T,>(xs: T[]) => [...new Set(xs)];

export function isProgressKey(v: unknown): v is InitiativeProgress {
  return typeof v === "string" && (PROGRESS_ORDER as readonly string[]).includes(v);
}

/**
 * A unit's initiatives of a campaign with their progress: the unit's own form and its individuals'
 * forms, once submitted (a draft is only a plan). The unit comes from the user's own roles
 * (edit:progress); `unitParam` only chooses among them. Counts per status cover every initiative;
 * the list is paginated (50) in the campaign's field order. Three queries whatever the size.
 */
export async function getUnitProgress(
  user: SessionUser,
  campaignId: string,
  unitParam: string | undefined,
  opts: { page: number; status?: InitiativeProgress | null },
) {
  const myUnitIds = uniq(scopesFor(user.roles, "edit:progress").map((s) => s.unitId));
  if (myUnitIds.length === 0) throw notFoundError();
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuingUnit: { select: { name: true } },
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
      units: { where: { unitId: { in: myUnitIds } }, select: { unit: { select: { id: true, name: true, path: true } } } },
    },
  });
  if (!campaign || campaign.status === "DRAFT" || campaign.units.length === 0) throw notFoundError();
  const choices = campaign.units.map((cu) => cu.unit).sort((a, b) => compareVi(a.name, b.name));
  const unit = unitParam ? choices.find((u) => u.id === unitParam) : choices.length === 1 ? choices[0] : undefined;
  if (unitParam && !unit) throw notFoundError();
  if (!unit) return { needsChoice: true as const, campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title }, choices };
  if (!can(user.roles, "edit:progress", unit)) throw notFoundError();

  const base = {
    campaignId: campaign.id,
    unitId: unit.id,
    registration: { OR: [{ firstSubmittedAt: { not: null } }, { status: "ACCEPTED" as const }] },
  };
  const where = opts.status ? { ...base, progress: opts.status } : base;
  const [grouped, total, rows, notSubmitted] = await Promise.all([
    db.initiative.groupBy({ by: ["progress"], where: base, _count: { _all: true } }),
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      orderBy: [{ field: { sortOrder: "asc" } }, { registration: { kind: "asc" } }, { registration: { createdAt: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * PROGRESS_PAGE_SIZE,
      take: PROGRESS_PAGE_SIZE,
      select: {
        id: true,
        content: true,
        type: true,
        fieldId: true,
        ownerType: true,
        ownerNames: true,
        expectedCompletion: true,
        progress: true,
        completedOn: true,
        forwardedFromId: true,
        originInitiativeId: true,
        progressUpdatedAt: true,
        registration: { select: { kind: true, ownerUser: { select: { fullName: true } } } },
        _count: { select: { results: true, evidenceFiles: { where: { supersededAt: null } } } },
      },
    }),
    db.initiative.count({ where: { campaignId: campaign.id, unitId: unit.id, registration: { firstSubmittedAt: null, status: { not: "ACCEPTED" } } } }),
  ]);
  // "Đã công nhận cấp Sở / cấp Thành phố" per row, through the lineage (one query for the page).
  const recognitions = await recognitionsFor(db, rows);
  const counts = Object.fromEntries(PROGRESS_ORDER.map((p) => [p, 0])) as Record<InitiativeProgress, number>;
  for (const g of grouped) counts[g.progress] = g._count._all;
  const fieldName = new Map(campaign.fields.map((f) => [f.id, f]));
  const groups: { field: { id: string; name: string; sortOrder: number }; rows: typeof rows }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.field.id === r.fieldId) last.rows.push(r);
    else groups.push({ field: fieldName.get(r.fieldId) ?? { id: r.fieldId, name: "Lĩnh vực khác", sortOrder: 999 }, rows: [r] });
  }
  return {
    needsChoice: false as const,
    campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title, status: campaign.status, issuingUnitName: campaign.issuingUnit.name },
    fields: campaign.fields,
    unit: { id: unit.id, name: unit.name },
    hasSeveralUnits: choices.length > 1,
    counts,
    totalAll: Object.values(counts).reduce((a, b) => a + b, 0),
    total,
    notSubmitted,
    groups,
    recognitions,
    canEdit: campaign.status === "PUBLISHED",
  };
}

export type UnitProgressView = Extract<Awaited<ReturnType<typeof getUnitProgress>>, { needsChoice: false }>;

/**
 * One initiative for a reader: its registration data, progress and figures, and what the viewer may
 * do. A forwarded copy shows its origin's live progress and figures (read-only). Null for anyone who
 * may not read it (the page answers 404).
 */
export async function getInitiativeDetail(user: SessionUser, initiativeId: string, now = new Date()) {
  if (!initiativeId || initiativeId.length > 64) return null;
  const db = await getDb();
  const ini = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: {
      ...initiativeAccessSelect,
      content: true,
      type: true,
      ownerType: true,
      ownerNames: true,
      expectedCompletion: true,
      note: true,
      level: true,
      isTypical: true,
      progress: true,
      completedOn: true,
      droppedReason: true,
      progressNote: true,
      progressUpdatedAt: true,
      progressUpdatedById: true,
      originInitiativeId: true,
      originUnit: { select: { name: true } },
      field: { select: { name: true, sortOrder: true } },
      registration: { select: { id: true, status: true, firstSubmittedAt: true, kind: true, ownerUser: { select: { fullName: true } } } },
      campaign: {
        select: { id: true, documentNumber: true, title: true, status: true, startsOn: true, endsOn: true, issuingUnit: { select: { id: true, path: true, name: true } } },
      },
      results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
    },
  });
  if (!ini || !(await canReadInitiative(db, user, ini))) return null;

  // A forwarded copy: progress and figures come live from the origin (the end of the chain).
  let source: { id: string; unitName: string; progress: InitiativeProgress; completedOn: Date | null; droppedReason: string | null; progressNote: string | null; progressUpdatedAt: Date | null; progressUpdatedById: string | null; results: typeof ini.results } | null = null;
  if (ini.forwardedFromId) {
    const chain = await chainDownToOrigin(db, ini);
    const origin = await db.initiative.findUnique({
      where: { id: chain[chain.length - 1] },
      select: {
        id: true,
        unit: { select: { name: true } },
        progress: true,
        completedOn: true,
        droppedReason: true,
        progressNote: true,
        progressUpdatedAt: true,
        progressUpdatedById: true,
        results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
      },
    });
    if (origin) source = { ...origin, unitName: origin.unit.name };
  }
  const shown = source ?? ini;
  const updater = shown.progressUpdatedById
    ? await db.user.findUnique({ where: { id: shown.progressUpdatedById }, select: { fullName: true } })
    : null;
  const recognition = (await recognitionsFor(db, [ini])).get(ini.id) ?? null;
  const problem = progressEditProblem(ini);
  const mayEdit = can(user.roles, "edit:progress", ini.unit);
  const member = isUnitMember(user, ini.unit);
  return {
    initiative: {
      id: ini.id,
      content: ini.content,
      type: ini.type,
      ownerType: ini.ownerType,
      ownerNames: ini.ownerNames,
      expectedCompletion: ini.expectedCompletion,
      note: ini.note,
      level: ini.level,
      isTypical: ini.isTypical,
      fieldName: ini.field.name,
      fieldOrder: ini.field.sortOrder,
      updatedAt: ini.updatedAt.toISOString(),
      forwardedFromId: ini.forwardedFromId,
      originUnitName: ini.originUnit?.name ?? source?.unitName ?? null,
      /** The highest recognition decision of its lineage (a City decision on a forwarded copy reads back here). */
      recognition,
    },
    unit: { id: ini.unit.id, name: ini.unit.name },
    registration: {
      id: ini.registration.id,
      kind: ini.registration.kind,
      status: ini.registration.status,
      firstSubmittedAt: ini.registration.firstSubmittedAt,
      ownerName: ini.registration.ownerUser?.fullName ?? null,
    },
    campaign: {
      id: ini.campaign.id,
      documentNumber: ini.campaign.documentNumber,
      title: ini.campaign.title,
      status: ini.campaign.status,
      issuingUnitName: ini.campaign.issuingUnit.name,
    },
    progress: {
      progress: shown.progress,
      completedOn: shown.completedOn,
      droppedReason: shown.droppedReason,
      progressNote: shown.progressNote,
      progressUpdatedAt: shown.progressUpdatedAt,
      updatedByName: updater?.fullName ?? null,
      results: shown.results,
      fromOrigin: source ? { id: source.id, unitName: source.unitName } : null,
    },
    rules: { today: vnDayOf(now), startsOn: calendarDateToInput(ini.campaign.startsOn) },
    canEdit: canEditProgress(user, ini),
    /** Why an editor of the unit cannot change it now (shown to them). */
    readOnlyReason:
      mayEdit && problem
        ? problem === "FORWARDED"
          ? FORWARDED_READ_ONLY_MESSAGE
          : problem === "NOT_SUBMITTED"
            ? PROGRESS_NOT_OPEN_MESSAGE
            : CAMPAIGN_CLOSED_MESSAGE
        : null,
    isUnitMember: member,
    /** The office's page of the registration (its submitted versions). */
    canOpenReview: !member && can(user.roles, "read:registration", ini.campaign.issuingUnit),
    canOpenCampaign: can(user.roles, "read:campaign", ini.campaign.issuingUnit),
  };
}

export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof getInitiativeDetail>>>;
