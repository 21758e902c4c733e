import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { AppraisalAssignmentStatus, AppraisalRoundStatus, InitiativeProgress, RegistrationLevel } from "@/lib/generated/prisma/enums";
import { vnDayOf } from "@/lib/time/vn";
import { chairCandidateWhere, ELIGIBLE_REGISTRATION_STATUSES } from "./eligibility";
import { openRoundProblems } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

export const ROUND_PAGE_SIZE = 20;
export const ITEM_PAGE_SIZE = 50;
/** Candidates offered in a searchable list (initiatives to add, users for the panel). */
export const CANDIDATE_LIMIT = 2000;

/** The campaign, when the actor manages or reads its appraisal rounds (issuing unit read from the record). */
async function appraisalCampaign(actor: Actor, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, year: true, status: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign) return null;
  const canManage = can(actor.roles, "manage:appraisal", campaign.issuingUnit);
  if (!canManage && !can(actor.roles, "read:appraisal", campaign.issuingUnit)) return null;
  return { campaign, canManage };
}

export interface RoundListRow {
  id: string;
  name: string;
  status: AppraisalRoundStatus;
  dueAt: Date;
  itemCount: number;
  /** Submitted assignments of active evaluators. */
  submitted: number;
  /** Assignments of active evaluators, declined ones excluded. */
  expected: number;
  chairName: string;
}

export interface PersonOption {
  id: string;
  fullName: string;
  username: string;
  unitName: string;
}

async function chairCandidates(issuingPath: string): Promise<PersonOption[]> {
  const db = await getDb();
  const users = await db.user.findMany({
    where: chairCandidateWhere(issuingPath),
    orderBy: [{ unit: { depth: "asc" } }, { fullName: "asc" }],
    take: 500,
    select: { id: true, fullName: true, username: true, unit: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, fullName: u.fullName, username: u.username, unitName: u.unit.name }));
}

/** The rounds of a campaign, newest first, with their items and progress: one statement. */
export async function listCampaignRounds(actor: Actor, campaignId: string, page = 1) {
  const found = await appraisalCampaign(actor, campaignId);
  if (!found) return null;
  const db = await getDb();
  const current = Math.max(1, page);
  type Raw = Omit<RoundListRow, "dueAt"> & { dueAt: Date | string; total: number };
  const raw = await db.$queryRaw<Raw[]>`
    SELECT r."id", r."name", r."status"::text AS "status", r."dueAt", u."fullName" AS "chairName",
           (SELECT count(*)::int FROM "AppraisalItem" i WHERE i."roundId" = r."id") AS "itemCount",
           (SELECT count(*)::int FROM "AppraisalAssignment" a JOIN "AppraisalEvaluator" e ON e."id" = a."evaluatorId"
             WHERE a."roundId" = r."id" AND e."active" AND a."status" = 'SUBMITTED') AS "submitted",
           (SELECT count(*)::int FROM "AppraisalAssignment" a JOIN "AppraisalEvaluator" e ON e."id" = a."evaluatorId"
             WHERE a."roundId" = r."id" AND e."active" AND a."status" <> 'DECLINED') AS "expected",
           count(*) OVER ()::int AS "total"
    FROM "AppraisalRound" r JOIN "User" u ON u."id" = r."chairUserId"
    WHERE r."campaignId" = ${campaignId}
    ORDER BY r."createdAt" DESC, r."id"
    LIMIT ${ROUND_PAGE_SIZE} OFFSET ${(current - 1) * ROUND_PAGE_SIZE}`;
  const total = raw[0]?.total ?? (current > 1 ? await db.appraisalRound.count({ where: { campaignId } }) : 0);
  const rows: RoundListRow[] = raw.map(({ total: _t, ...r }) => ({ ...r, dueAt: new Date(r.dueAt) }));
  const candidates = found.canManage ? await chairCandidates(found.campaign.issuingUnit.path) : [];
  return { ...found, rows, total, page: current, pageSize: ROUND_PAGE_SIZE, chairCandidates: candidates, defaultChairId: candidates.some((c) => c.id === actor.id) ? actor.id : (candidates[0]?.id ?? ""),
    /** The create form's default due date: in 30 days (Vietnam calendar day). */
    defaultDueDate: vnDayOf(new Date(Date.now() + 30 * 86_400_000)),
  };
}

export interface ItemRow {
  id: string;
  initiativeId: string;
  content: string;
  unitName: string;
  level: RegistrationLevel;
  progress: InitiativeProgress;
  forwarded: boolean;
  isTypical: boolean;
  hasScores: boolean;
  assignments: { id: string; evaluatorId: string; fullName: string; status: AppraisalAssignmentStatus; manual: boolean; active: boolean; scored: boolean }[];
}

export interface EvaluatorRow {
  id: string;
  userId: string;
  fullName: string;
  username: string;
  unitName: string;
  active: boolean;
  removedAt: Date | null;
  load: number;
  submitted: number;
}

/** One round's management page: settings, rubric, panel with loads, one page of items with their evaluators. */
export async function getRoundPage(actor: Actor, campaignId: string, roundId: string, page = 1) {
  const found = await appraisalCampaign(actor, campaignId);
  if (!found) return null;
  const db = await getDb();
  const round = await db.appraisalRound.findFirst({
    where: { id: roundId, campaignId },
    select: {
      id: true,
      name: true,
      status: true,
      dueAt: true,
      evaluatorsPerItem: true,
      showOthersScores: true,
      spreadThreshold: true,
      inclusionNote: true,
      rubricFrozenAt: true,
      openedAt: true,
      closedAt: true,
      lockVersion: true,
      chairUserId: true,
      chair: { select: { fullName: true } },
      criteria: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, description: true, maxPoints: true, weight: true } },
    },
  });
  if (!round) return null;
  const current = Math.max(1, page);
  const [itemTotal, items, evaluators, itemsWithoutEvaluator, submitted, expected, recognised] = await Promise.all([
    db.appraisalItem.count({ where: { roundId } }),
    db.appraisalItem.findMany({
      where: { roundId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      skip: (current - 1) * ITEM_PAGE_SIZE,
      take: ITEM_PAGE_SIZE,
      select: {
        id: true,
        initiative: { select: { id: true, content: true, level: true, progress: true, isTypical: true, forwardedFromId: true, unit: { select: { name: true } } } },
        assignments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, status: true, manual: true, evaluatorId: true, evaluator: { select: { active: true, user: { select: { fullName: true } } } }, _count: { select: { scores: true } } },
        },
      },
    }),
    db.appraisalEvaluator.findMany({
      where: { roundId },
      orderBy: [{ active: "desc" }, { user: { fullName: "asc" } }],
      select: {
        id: true,
        active: true,
        removedAt: true,
        user: { select: { id: true, fullName: true, username: true, unit: { select: { name: true } } } },
        _count: { select: { assignments: { where: { status: { not: "DECLINED" } } } } },
        assignments: { where: { status: "SUBMITTED" }, select: { id: true } },
      },
    }),
    db.appraisalItem.count({ where: { roundId, assignments: { none: { status: { not: "DECLINED" }, evaluator: { active: true } } } } }),
    db.appraisalAssignment.count({ where: { roundId, status: "SUBMITTED", evaluator: { active: true } } }),
    db.appraisalAssignment.count({ where: { roundId, status: { not: "DECLINED" }, evaluator: { active: true } } }),
    db.recognitionItem.count({ where: { appraisalItem: { roundId } } }),
  ]);
  const itemRows: ItemRow[] = items.map((it) => ({
    id: it.id,
    initiativeId: it.initiative.id,
    content: it.initiative.content,
    unitName: it.initiative.unit.name,
    level: it.initiative.level,
    progress: it.initiative.progress,
    forwarded: it.initiative.forwardedFromId !== null,
    isTypical: it.initiative.isTypical,
    hasScores: it.assignments.some((a) => a._count.scores > 0),
    assignments: it.assignments.map((a) => ({
      id: a.id,
      evaluatorId: a.evaluatorId,
      fullName: a.evaluator.user.fullName,
      status: a.status,
      manual: a.manual,
      active: a.evaluator.active,
      scored: a._count.scores > 0,
    })),
  }));
  const evaluatorRows: EvaluatorRow[] = evaluators.map((e) => ({
    id: e.id,
    userId: e.user.id,
    fullName: e.user.fullName,
    username: e.user.username,
    unitName: e.user.unit.name,
    active: e.active,
    removedAt: e.removedAt,
    load: e._count.assignments,
    submitted: e.assignments.length,
  }));
  const activeEvaluators = evaluatorRows.filter((e) => e.active);
  const totalMaxPoints = round.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const openProblems = openRoundProblems({
    itemCount: itemTotal,
    activeEvaluatorCount: activeEvaluators.length,
    itemsWithoutEvaluator,
    criterionCount: round.criteria.length,
    totalMaxPoints,
  });

  let initiativeCandidates: { id: string; content: string; unitName: string; level: RegistrationLevel }[] = [];
  let userCandidates: PersonOption[] = [];
  let chairOptions: PersonOption[] = [];
  let allItems: { id: string; label: string; unitName: string }[] = [];
  if (found.canManage && round.status !== "CLOSED") {
    const onPanel = new Set(activeEvaluators.map((e) => e.userId));
    const [inits, users, chairs, every] = await Promise.all([
      db.initiative.findMany({
        where: { campaignId, registration: { status: { in: [...ELIGIBLE_REGISTRATION_STATUSES] } }, appraisalItems: { none: { roundId } } },
        orderBy: [{ unit: { sortOrder: "asc" } }, { unitId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
        take: CANDIDATE_LIMIT,
        select: { id: true, content: true, level: true, unit: { select: { name: true } } },
      }),
      db.user.findMany({
        where: { active: true, id: { notIn: [...onPanel] } },
        orderBy: [{ unit: { depth: "asc" } }, { unit: { sortOrder: "asc" } }, { fullName: "asc" }],
        take: CANDIDATE_LIMIT,
        select: { id: true, fullName: true, username: true, unit: { select: { name: true } } },
      }),
      round.status === "DRAFT" ? chairCandidates(found.campaign.issuingUnit.path) : Promise.resolve([] as PersonOption[]),
      // For the hand-made pair: every item of the round (not only this page).
      db.appraisalItem.findMany({
        where: { roundId },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        take: CANDIDATE_LIMIT,
        select: { id: true, initiative: { select: { content: true, unit: { select: { name: true } } } } },
      }),
    ]);
    initiativeCandidates = inits.map((i) => ({ id: i.id, content: i.content, unitName: i.unit.name, level: i.level }));
    userCandidates = users.map((u) => ({ id: u.id, fullName: u.fullName, username: u.username, unitName: u.unit.name }));
    chairOptions = chairs;
    allItems = every.map((i) => ({ id: i.id, label: i.initiative.content, unitName: i.initiative.unit.name }));
  }

  return {
    ...found,
    round: { ...round, chairName: round.chair.fullName, totalMaxPoints },
    items: itemRows,
    itemTotal,
    page: current,
    pageSize: ITEM_PAGE_SIZE,
    evaluators: evaluatorRows,
    progress: { submitted, expected },
    itemsWithoutEvaluator,
    openProblems,
    canReopen: recognised === 0,
    isChair: round.chairUserId === actor.id,
    initiativeCandidates,
    userCandidates,
    chairOptions,
    allItems,
  };
}
