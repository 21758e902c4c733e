import "server-only";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { AppraisalAssignmentStatus } from "@/lib/generated/prisma/enums";
import { chainDownToOrigin } from "@/lib/progress/access";
import { isOwnOrBelow } from "../assignment";
import { actorUnitPaths } from "./mutations";

type Actor = Pick<SessionUser, "id" | "roles" | "unitPath">;

/** "đã chấm 7/12": submitted over the assignments that count (declined ones do not). */
export function queueProgress(statuses: readonly AppraisalAssignmentStatus[]) {
  const counted = statuses.filter((s) => s !== "DECLINED");
  return { submitted: counted.filter((s) => s === "SUBMITTED").length, total: counted.length };
}

const queueOrder = [{ item: { sortOrder: "asc" as const } }, { itemId: "asc" as const }];

/**
 * The evaluator's queue: every round (open or closed: a draft round is not shown) where they are an
 * active panel member, with their assignments in the round's order. One query.
 */
export async function getMyQueue(actor: Pick<SessionUser, "id">) {
  const db = await getDb();
  const panels = await db.appraisalEvaluator.findMany({
    where: { userId: actor.id, active: true, round: { status: { in: ["OPEN", "CLOSED"] } } },
    orderBy: [{ round: { dueAt: "asc" } }, { roundId: "asc" }],
    take: 200,
    select: {
      round: {
        select: {
          id: true,
          name: true,
          status: true,
          dueAt: true,
          campaign: { select: { id: true, documentNumber: true, title: true } },
        },
      },
      assignments: {
        orderBy: queueOrder,
        select: {
          id: true,
          status: true,
          submittedAt: true,
          item: { select: { initiative: { select: { content: true, unit: { select: { name: true } } } } } },
        },
      },
    },
  });
  // Open rounds first, then closed ones (each by due date).
  return panels
    .map((p) => ({
      round: p.round,
      progress: queueProgress(p.assignments.map((a) => a.status)),
      items: p.assignments.map((a) => ({ id: a.id, status: a.status, submittedAt: a.submittedAt, content: a.item.initiative.content, unitName: a.item.initiative.unit.name })),
    }))
    .sort((a, b) => (a.round.status === b.round.status ? 0 : a.round.status === "OPEN" ? -1 : 1));
}

export type MyQueue = Awaited<ReturnType<typeof getMyQueue>>;

/**
 * The open rounds of the campaigns the actor manages or reads the appraisal of (manage:appraisal /
 * read:appraisal on the campaign's issuing unit), with the scoring progress: one query for the rounds,
 * one grouped count for the assignments. Empty when the actor holds neither permission.
 */
export async function getManagedOpenRounds(actor: Actor) {
  const scopes = [...scopesFor(actor.roles, "manage:appraisal"), ...scopesFor(actor.roles, "read:appraisal")];
  if (!scopes.length) return [];
  const db = await getDb();
  const any = scopes.some((s) => s.scope === "any");
  const unitWhere = any
    ? {}
    : { OR: scopes.map((s) => (s.scope === "own" ? { id: s.unitId } : { path: { startsWith: s.unitPath } })) };
  const rounds = await db.appraisalRound.findMany({
    where: { status: "OPEN", campaign: { issuingUnit: unitWhere } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      name: true,
      dueAt: true,
      campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, path: true } } } },
      _count: { select: { items: true } },
    },
  });
  // The query's filter already is the permission; checked again on each row read.
  const visible = rounds.filter((r) => can(actor.roles, "manage:appraisal", r.campaign.issuingUnit) || can(actor.roles, "read:appraisal", r.campaign.issuingUnit));
  const counts = visible.length
    ? await db.appraisalAssignment.groupBy({
        by: ["roundId", "status"],
        where: { roundId: { in: visible.map((r) => r.id) }, evaluator: { active: true } },
        _count: { _all: true },
      })
    : [];
  return visible.map((r) => {
    const mine = counts.filter((c) => c.roundId === r.id);
    const n = (s: AppraisalAssignmentStatus) => mine.find((c) => c.status === s)?._count._all ?? 0;
    return {
      id: r.id,
      name: r.name,
      dueAt: r.dueAt,
      campaign: { id: r.campaign.id, documentNumber: r.campaign.documentNumber, title: r.campaign.title },
      items: r._count.items,
      submitted: n("SUBMITTED"),
      drafts: n("DRAFT"),
      total: n("SUBMITTED") + n("DRAFT") + n("ASSIGNED"),
    };
  });
}

export type ManagedRound = Awaited<ReturnType<typeof getManagedOpenRounds>>[number];

/**
 * One of the actor's assignments with the whole dossier of its initiative, the rubric, the actor's
 * scores and — only when the round shows them — the other evaluators' SUBMITTED scores of the item.
 * Null unless the actor is the assignment's evaluator and still an active panel member of a round that
 * is open or closed (the page answers 404). A declined assignment shows no dossier.
 */
export async function getScoringView(actor: Actor, assignmentId: string) {
  if (typeof assignmentId !== "string" || !assignmentId || assignmentId.length > 64) return null;
  const db = await getDb();
  const a = await db.appraisalAssignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      itemId: true,
      status: true,
      lockVersion: true,
      submittedAt: true,
      conflictReason: true,
      updatedAt: true,
      evaluator: { select: { id: true, userId: true, active: true } },
      round: {
        select: {
          id: true,
          name: true,
          status: true,
          dueAt: true,
          showOthersScores: true,
          chairUserId: true,
          campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { path: true } } } },
          criteria: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, description: true, maxPoints: true, weight: true } },
        },
      },
      item: {
        select: {
          initiative: {
            select: {
              id: true,
              forwardedFromId: true,
              content: true,
              type: true,
              ownerType: true,
              ownerNames: true,
              expectedCompletion: true,
              note: true,
              level: true,
              progress: true,
              completedOn: true,
              droppedReason: true,
              progressNote: true,
              unit: { select: { id: true, name: true, path: true } },
              originUnit: { select: { name: true } },
              field: { select: { name: true } },
              registration: { select: { kind: true, ownerUser: { select: { fullName: true } } } },
              results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
            },
          },
        },
      },
      scores: { select: { criterionId: true, points: true, comment: true } },
    },
  });
  if (!a || a.evaluator.userId !== actor.id || !a.evaluator.active || a.round.status === "DRAFT") return null;
  const { round, item, evaluator: _evaluator, ...assignment } = a;
  const ini = item.initiative;

  // Previous / next in the evaluator's queue of this round (same order as /appraisal).
  const queue = await db.appraisalAssignment.findMany({
    where: { roundId: round.id, evaluatorId: a.evaluator.id },
    orderBy: queueOrder,
    select: { id: true },
  });
  const at = queue.findIndex((q) => q.id === a.id);
  const neighbours = { prev: queue[at - 1]?.id ?? null, next: queue[at + 1]?.id ?? null, position: at + 1, count: queue.length };

  const base = {
    assignment,
    round: { id: round.id, name: round.name, status: round.status, dueAt: round.dueAt, showOthersScores: round.showOthersScores, campaign: round.campaign },
    criteria: round.criteria,
    initiative: { id: ini.id, content: ini.content, unitName: ini.unit.name },
    ownUnit: isOwnOrBelow({ unitPaths: actorUnitPaths(actor, round.campaign.issuingUnit.path) }, ini.unit.path),
    neighbours,
  };
  if (a.status === "DECLINED") return { ...base, dossier: null, others: null };

  // A forwarded copy: progress, figures, evidence and report parts are its origin's (the chain's end).
  const chain = ini.forwardedFromId ? await chainDownToOrigin(db, ini) : [ini.id];
  const originId = chain[chain.length - 1];
  const [origin, files, parts, others] = await Promise.all([
    originId === ini.id
      ? null
      : db.initiative.findUnique({
          where: { id: originId },
          select: {
            progress: true,
            completedOn: true,
            droppedReason: true,
            progressNote: true,
            unit: { select: { name: true } },
            results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
          },
        }),
    db.evidenceFile.findMany({
      where: { initiativeId: { in: chain }, supersededAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
      select: { id: true, fileName: true, mimeType: true, sizeBytes: true, description: true, createdAt: true },
    }),
    db.reportInitiativePart.findMany({
      where: { initiativeId: { in: chain }, report: { status: { in: ["SUBMITTED", "ACCEPTED"] } } },
      orderBy: [{ report: { phase: "asc" } }, { id: "asc" }],
      select: { id: true, summary: true, results: true, report: { select: { phase: true, status: true, lastSubmittedAt: true, unit: { select: { name: true } } } } },
    }),
    // Never read unless the round shows them: they cannot leak through the page or an action.
    round.showOthersScores
      ? db.appraisalAssignment.findMany({
          where: { itemId: a.itemId, status: "SUBMITTED", id: { not: a.id }, evaluator: { active: true } },
          orderBy: { submittedAt: "asc" },
          select: {
            id: true,
            submittedAt: true,
            evaluator: { select: { user: { select: { fullName: true } } } },
            scores: { select: { criterionId: true, points: true, comment: true } },
          },
        })
      : null,
  ]);
  const progressOf = origin ?? ini;
  return {
    ...base,
    dossier: {
      row: {
        content: ini.content,
        type: ini.type,
        fieldName: ini.field.name,
        level: ini.level,
        expectedCompletion: ini.expectedCompletion,
        note: ini.note,
        ownerType: ini.ownerType,
        ownerNames: ini.ownerNames,
        individualName: ini.registration.kind === "INDIVIDUAL" ? (ini.registration.ownerUser?.fullName ?? null) : null,
      },
      unitName: ini.unit.name,
      originUnitName: origin ? origin.unit.name : (ini.originUnit?.name ?? null),
      progress: { progress: progressOf.progress, completedOn: progressOf.completedOn, droppedReason: progressOf.droppedReason, progressNote: progressOf.progressNote },
      results: progressOf.results,
      files,
      reportParts: parts.map((p) => ({ id: p.id, summary: p.summary, results: p.results, phase: p.report.phase, status: p.report.status, submittedAt: p.report.lastSubmittedAt, unitName: p.report.unit.name })),
    },
    others: others
      ? others.map((o) => ({
          id: o.id,
          name: o.evaluator.user.fullName,
          submittedAt: o.submittedAt,
          total: o.scores.reduce((s, x) => s + x.points, 0),
          scores: o.scores,
        }))
      : null,
  };
}

export type ScoringView = NonNullable<Awaited<ReturnType<typeof getScoringView>>>;
