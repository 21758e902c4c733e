import "server-only";
import { compareVi } from "@/lib/text/collate";
import type { Db, Tx } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeProgress, InitiativeType, ParticipantType } from "@/lib/generated/prisma/enums";
import { formatCalendarDate } from "@/lib/time/vn";
import type { PortalFacts, RecognitionDecisionFact, RecognitionFacts } from "./criteria";
import { namesInclude } from "./proposals/rules";

/**
 * What the portal itself knows about a nominee in a campaign (PortalFacts of lib/awards/criteria.ts),
 * read in a few queries whatever the numbers:
 * - a collective (a unit): the initiatives of ACCEPTED Mẫu 1 forms of the unit and every unit below
 *   it (its own form and its people's individual forms); the unit's own reports;
 * - an individual: the initiatives of the person's own ACCEPTED individual registration, plus those
 *   of their unit's accepted forms that name them among the authors (ownerNames); their unit's reports;
 * - a citizen or business: nothing (null: the portal cannot judge).
 * Reports: mid-term and final unit reports (Mẫu 2) of the campaign: submitted, late (first
 * submission after the unit's effective due date) and missing (a milestone past its effective due
 * date with no submission), for a unit taking part in the campaign.
 */

export interface NomineeRef {
  type: ParticipantType;
  /** COLLECTIVE: the nominated unit. */
  unitId?: string | null;
  /** INDIVIDUAL: the nominated person. */
  userId?: string | null;
}

export interface NomineeInitiative {
  id: string;
  content: string;
  type: InitiativeType;
  progress: InitiativeProgress;
  isTypical: boolean;
  /** "được công nhận cấp Sở (QĐ số 52/QĐ-SQHKT ngày 05/12/2022)", from recognition decisions through the lineage. */
  recognition: string | null;
  completedOn: Date | null;
  unitName: string;
  ownerNames: string | null;
  results: { indicator: string; unitOfMeasure: string; valueBefore: number | null; valueAfter: number }[];
}

type Client = Db | Tx;

const REPORT_KINDS = ["MIDTERM_REPORT", "FINAL_REPORT"] as const;
const PHASE_OF_KIND = { MIDTERM_REPORT: "MIDTERM", FINAL_REPORT: "FINAL" } as const;

interface Resolved {
  /** Initiatives to count: a where clause, and (individuals) a filter on the author names. */
  where: Prisma.InitiativeWhereInput;
  nameFilter: { userId: string; fullName: string; unitId: string } | null;
  /** Whose reports count. */
  reportUnitId: string;
}

async function resolve(db: Client, campaignId: string, nominee: NomineeRef): Promise<Resolved | null> {
  if (nominee.type === "COLLECTIVE" && nominee.unitId) {
    const unit = await db.unit.findUnique({ where: { id: nominee.unitId }, select: { id: true, path: true } });
    if (!unit) return null;
    return {
      // A citizen's accepted idea the unit follows (registration kind PUBLIC, issue 14) is not the unit's own initiative.
      where: { campaignId, registration: { status: "ACCEPTED", kind: { not: "PUBLIC" } }, unit: { path: { startsWith: unit.path } } },
      nameFilter: null,
      reportUnitId: unit.id,
    };
  }
  if (nominee.type === "INDIVIDUAL" && nominee.userId) {
    const user = await db.user.findUnique({ where: { id: nominee.userId }, select: { id: true, fullName: true, unitId: true } });
    if (!user) return null;
    return {
      where: {
        campaignId,
        registration: { status: "ACCEPTED", kind: { not: "PUBLIC" } },
        OR: [{ registration: { kind: "INDIVIDUAL", ownerUserId: user.id } }, { unitId: user.unitId, ownerNames: { not: null } }],
      },
      nameFilter: { userId: user.id, fullName: user.fullName, unitId: user.unitId },
      reportUnitId: user.unitId,
    };
  }
  return null;
}

/** Keeps an individual's own registration's rows, and the unit's rows naming them among the authors. */
function byAuthor<T extends { ownerNames: string | null; registration: { kind: string; ownerUserId: string | null } }>(rows: T[], f: Resolved["nameFilter"]): T[] {
  if (!f) return rows;
  return rows.filter((r) => (r.registration.kind === "INDIVIDUAL" && r.registration.ownerUserId === f.userId) || namesInclude(r.ownerNames, f.fullName));
}

/** Reports of one unit in the campaign: submitted, late, and missing past the unit's effective due date. */
async function reportFacts(db: Client, campaignId: string, unitId: string, now: Date) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      milestones: { where: { kind: { in: [...REPORT_KINDS] } }, select: { id: true, kind: true, dueAt: true, hardCutoffAt: true } },
      reports: { where: { unitId }, select: { phase: true, firstSubmittedAt: true, isLate: true } },
      units: { where: { unitId }, take: 1, select: { unitId: true } },
    },
  });
  if (!campaign) return { reportsSubmitted: 0, reportsLate: 0, reportsMissing: 0 };
  const submitted = campaign.reports.filter((r) => r.firstSubmittedAt !== null);
  let missing = 0;
  // Only a unit taking part in the campaign owes reports.
  if (campaign.units.length > 0 && campaign.milestones.length > 0) {
    const deadlineOf = await loadEffectiveDeadlines(campaign.milestones, [unitId], db as Tx);
    for (const m of campaign.milestones) {
      const phase = PHASE_OF_KIND[m.kind as keyof typeof PHASE_OF_KIND];
      if (submitted.some((r) => r.phase === phase)) continue;
      if (deadlineOf(m, unitId).dueAt.getTime() <= now.getTime()) missing++;
    }
  }
  return { reportsSubmitted: submitted.length, reportsLate: submitted.filter((r) => r.isLate).length, reportsMissing: missing };
}

/**
 * The nominee's initiatives recognised by decisions (quyết định công nhận), per level. A recognition
 * matches through the lineage: a RecognitionItem's originInitiativeId is the nominee's initiative's
 * (originInitiativeId ?? id), so the City's decision on a forwarded copy counts for the Sở's original.
 * Two queries whatever the numbers: the items whose origin is one of the nominee's initiatives (or the
 * origin of one), then those initiatives (an individual's filtered by author name).
 */
async function recognitionFacts(db: Client, r: Resolved): Promise<RecognitionFacts> {
  const items = await db.recognitionItem.findMany({
    where: { OR: [{ originInitiative: r.where }, { originInitiative: { originCopies: { some: r.where } } }] },
    select: { originInitiativeId: true, level: true, decision: { select: { id: true, number: true, signedOn: true, issuingUnit: { select: { name: true } } } } },
  });
  if (!items.length) return { department: 0, city: 0, decisions: [] };
  const origins = [...new Set(items.map((i) => i.originInitiativeId))];
  const mine = byAuthor(
    await db.initiative.findMany({
      where: { AND: [r.where, { OR: [{ id: { in: origins } }, { originInitiativeId: { in: origins } }] }] },
      select: { id: true, originInitiativeId: true, ownerNames: true, registration: { select: { kind: true, ownerUserId: true } } },
    }),
    r.nameFilter,
  );
  let department = 0;
  let city = 0;
  const decisions = new Map<string, RecognitionDecisionFact & { at: Date; ids: Set<string> }>();
  for (const ini of mine) {
    const origin = ini.originInitiativeId ?? ini.id;
    const own = items.filter((i) => i.originInitiativeId === origin);
    if (own.length) department++;
    if (own.some((i) => i.level === "CITY")) city++;
    for (const i of own) {
      const d = decisions.get(i.decision.id) ?? {
        level: i.level,
        number: i.decision.number,
        signedOn: formatCalendarDate(i.decision.signedOn),
        issuer: i.decision.issuingUnit.name,
        count: 0,
        at: i.decision.signedOn,
        ids: new Set<string>(),
      };
      d.ids.add(ini.id);
      d.count = d.ids.size;
      decisions.set(i.decision.id, d);
    }
  }
  return {
    department,
    city,
    decisions: [...decisions.values()]
      .sort((a, b) => a.at.getTime() - b.at.getTime() || compareVi(a.number, b.number))
      .map(({ at: _at, ids: _ids, ...d }) => d),
  };
}

/** PortalFacts of a nominee in a campaign; null for a citizen or business (or a nominee that no longer exists). */
export async function loadPortalFacts(db: Client, campaignId: string, nominee: NomineeRef, now: Date = new Date()): Promise<PortalFacts | null> {
  const r = await resolve(db, campaignId, nominee);
  if (!r) return null;
  let registered = 0;
  let completed = 0;
  if (r.nameFilter) {
    const rows = byAuthor(
      await db.initiative.findMany({
        where: r.where,
        select: { progress: true, ownerNames: true, registration: { select: { kind: true, ownerUserId: true } } },
      }),
      r.nameFilter,
    );
    registered = rows.length;
    completed = rows.filter((i) => i.progress === "COMPLETED").length;
  } else {
    const groups = await db.initiative.groupBy({ by: ["progress"], where: r.where, _count: { _all: true } });
    for (const g of groups) {
      registered += g._count._all;
      if (g.progress === "COMPLETED") completed += g._count._all;
    }
  }
  const recognition = await recognitionFacts(db, r);
  const reports = await reportFacts(db, campaignId, r.reportUnitId, now);
  // Any level: an initiative recognised at cấp Sở or cấp Thành phố (every recognition is at least cấp Sở).
  return { initiativesRegistered: registered, initiativesCompleted: completed, initiativesRecognised: recognition.department, recognition, ...reports };
}

/** The initiatives behind the facts, with their figures (for the achievement report). At most `limit`. */
export async function loadNomineeInitiatives(db: Client, campaignId: string, nominee: NomineeRef, limit = 100): Promise<NomineeInitiative[]> {
  const r = await resolve(db, campaignId, nominee);
  if (!r) return [];
  const rows = await db.initiative.findMany({
    where: r.where,
    orderBy: [{ unit: { sortOrder: "asc" } }, { registrationId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    take: r.nameFilter ? 1000 : limit,
    select: {
      id: true,
      content: true,
      type: true,
      progress: true,
      isTypical: true,
      originInitiativeId: true,
      completedOn: true,
      ownerNames: true,
      unit: { select: { name: true } },
      registration: { select: { kind: true, ownerUserId: true } },
      results: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true },
      },
    },
  });
  const list = byAuthor(rows, r.nameFilter).slice(0, limit);
  const recognised = await recognitionsOf(db, list);
  return list.map(({ registration: _r, unit, originInitiativeId: _o, ...i }) => ({ ...i, unitName: unit.name, recognition: recognised.get(i.id) ?? null }));
}

/** "được công nhận cấp Thành phố (QĐ số … ngày …)" per initiative, the highest level first (one query). */
async function recognitionsOf(db: Client, list: readonly { id: string; originInitiativeId: string | null }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!list.length) return out;
  const items = await db.recognitionItem.findMany({
    where: { originInitiativeId: { in: [...new Set(list.map((i) => i.originInitiativeId ?? i.id))] } },
    orderBy: [{ level: "asc" }, { decision: { signedOn: "asc" } }],
    select: { originInitiativeId: true, level: true, decision: { select: { number: true, signedOn: true } } },
  });
  for (const i of list) {
    const mine = items.filter((x) => x.originInitiativeId === (i.originInitiativeId ?? i.id));
    if (!mine.length) continue;
    out.set(
      i.id,
      `được công nhận ${mine.some((m) => m.level === "CITY") ? "cấp Thành phố" : "cấp Sở"} (${mine.map((m) => `QĐ số ${m.decision.number} ngày ${formatCalendarDate(m.decision.signedOn)}`).join("; ")})`,
    );
  }
  return out;
}
