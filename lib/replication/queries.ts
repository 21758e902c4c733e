import "server-only";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { foldForSearch } from "@/lib/text/fold";
import { targetState } from "./rules";
import { searchTextParam } from "@/lib/text/search-param";
import { isRecordId } from "@/lib/validation/record-id";

/** The units the actor adopts for (their `adopt:model` role units), with names. */
export async function adoptingUnits(actor: SessionUser) {
  const ids = [...new Set(scopesFor(actor.roles, "adopt:model").map((s) => s.unitId))];
  if (!ids.length) return [];
  const db = await getDb();
  return db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Models for the picker: a diacritic-free search over the library, 20 at most. */
export async function pickModels(q: string) {
  const db = await getDb();
  const words = foldForSearch(searchTextParam(q)).split(" ").filter(Boolean).slice(0, 8);
  return db.recognisedModel.findMany({
    where: words.length ? { AND: words.map((w) => ({ searchText: { contains: w.replace(/[\\%_]/g, (c) => `\\${c}`) } })) } : {},
    orderBy: [{ recognisedOn: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, fieldName: true, unitId: true, unit: { select: { name: true } } },
  });
}

export async function modelSummary(modelId: string) {
  if (!isRecordId(modelId)) return null;
  const db = await getDb();
  return db.recognisedModel.findUnique({ where: { id: modelId }, select: { id: true, title: true, fieldName: true, unitId: true, unit: { select: { name: true } } } });
}

/** The unit's page: its adoptions, the replications assigned to it, and its own models' spread. */
export async function unitReplication(actor: SessionUser, now = new Date()) {
  const unitIds = [...new Set(scopesFor(actor.roles, "adopt:model").map((s) => s.unitId))];
  if (!unitIds.length) return null;
  const db = await getDb();
  const [adoptions, targets, ownModels] = await Promise.all([
    db.modelAdoption.findMany({
      where: { unitId: { in: unitIds } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        progress: true,
        reportedAt: true,
        createdAt: true,
        initiative: { select: { progress: true, campaign: { select: { documentNumber: true } } } },
        unit: { select: { name: true } },
        model: { select: { id: true, title: true, unit: { select: { name: true } } } },
      },
    }),
    db.replicationAssignmentUnit.findMany({
      where: { unitId: { in: unitIds }, assignment: { cancelledAt: null } },
      orderBy: { assignment: { dueAt: "asc" } },
      take: 200,
      select: {
        id: true,
        unit: { select: { name: true } },
        adoption: { select: { id: true, reportedAt: true } },
        assignment: { select: { dueAt: true, note: true, documentRef: true, issuingUnit: { select: { name: true } }, model: { select: { id: true, title: true } } } },
      },
    }),
    db.recognisedModel.findMany({ where: { unitId: { in: unitIds } }, orderBy: { recognisedOn: "desc" }, take: 200, select: { id: true, title: true, adoptionCount: true, level: true } }),
  ]);
  return {
    adoptions,
    targets: targets.map((t) => ({ ...t, state: targetState(t.adoption, t.assignment.dueAt, now) })),
    ownModels,
  };
}

/** One adoption for its page: its unit's people and the owner unit read it; null otherwise. */
export async function loadAdoption(actor: SessionUser, adoptionId: string) {
  if (!adoptionId || adoptionId.length > 64) return null;
  const db = await getDb();
  const a = await db.modelAdoption.findUnique({
    where: { id: adoptionId },
    select: {
      id: true,
      startedOn: true,
      progress: true,
      completedOn: true,
      progressNote: true,
      reportText: true,
      reportedAt: true,
      lockVersion: true,
      createdAt: true,
      unit: { select: { id: true, name: true, path: true } },
      reportedBy: { select: { fullName: true } },
      model: { select: { id: true, title: true, unit: { select: { id: true, name: true, path: true } } } },
      results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
      initiative: {
        select: {
          id: true,
          progress: true,
          completedOn: true,
          campaign: { select: { documentNumber: true } },
          results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
        },
      },
      targets: { where: { assignment: { cancelledAt: null } }, select: { assignment: { select: { dueAt: true, issuingUnit: { select: { name: true, id: true, path: true } } } } } },
    },
  });
  if (!a) return null;
  const own = can(actor.roles, "adopt:model", a.unit) || can(actor.roles, "read:registration", a.unit);
  const ownerSide = can(actor.roles, "edit:progress", a.model.unit);
  const assigner = a.targets.some((t) => can(actor.roles, "assign:replication", t.assignment.issuingUnit));
  if (!own && !ownerSide && !assigner) return null;
  return { ...a, canEdit: can(actor.roles, "adopt:model", a.unit), canReport: can(actor.roles, "report:adoption", a.unit) };
}

/** The assignments of the actor's units (assign:replication), newest first, with per-state counts: two statements. */
export async function listAssignments(actor: SessionUser, now = new Date()) {
  const scopes = scopesFor(actor.roles, "assign:replication");
  if (!scopes.length) return null;
  const db = await getDb();
  const rows = await db.replicationAssignment.findMany({
    where: { issuingUnitId: { in: [...new Set(scopes.map((s) => s.unitId))] } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      dueAt: true,
      cancelledAt: true,
      documentRef: true,
      issuingUnit: { select: { name: true } },
      model: { select: { id: true, title: true } },
      units: { select: { adoption: { select: { reportedAt: true } } } },
    },
  });
  return rows.map((r) => {
    const states = r.units.map((u) => targetState(u.adoption, r.dueAt, now));
    return { ...r, total: states.length, reported: states.filter((s) => s === "REPORTED" || s === "REPORTED_LATE").length, overdue: states.filter((s) => s === "OVERDUE").length };
  });
}

/** One assignment with each unit's state (the compliance of the assignment). */
export async function loadAssignment(actor: SessionUser, assignmentId: string, now = new Date()) {
  if (!assignmentId || assignmentId.length > 64) return null;
  const db = await getDb();
  const a = await db.replicationAssignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      dueAt: true,
      cancelledAt: true,
      documentRef: true,
      note: true,
      createdAt: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      model: { select: { id: true, title: true, unit: { select: { name: true } } } },
      units: {
        orderBy: { unit: { name: "asc" } },
        select: { id: true, unit: { select: { name: true } }, adoption: { select: { id: true, reportedAt: true, progress: true, initiative: { select: { progress: true } } } } },
      },
    },
  });
  if (!a || !can(actor.roles, "assign:replication", a.issuingUnit)) return null;
  return { ...a, units: a.units.map((u) => ({ ...u, state: targetState(u.adoption, a.dueAt, now) })) };
}

/** Units the actor may assign to (below their assigning units), for the form. */
export async function assignableUnits(actor: SessionUser) {
  const scopes = scopesFor(actor.roles, "assign:replication");
  if (!scopes.length) return { issuers: [], units: [] };
  const db = await getDb();
  const issuerIds = [...new Set(scopes.map((s) => s.unitId))];
  const [issuers, units] = await Promise.all([
    db.unit.findMany({ where: { id: { in: issuerIds } }, select: { id: true, name: true, path: true } }),
    db.unit.findMany({
      where: { status: "ACTIVE", OR: scopes.map((s) => ({ path: { startsWith: s.unitPath } })), id: { notIn: issuerIds } },
      orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
      take: 3000,
      select: { id: true, name: true, path: true },
    }),
  ]);
  return { issuers, units };
}
