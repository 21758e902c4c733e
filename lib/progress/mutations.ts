import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import { calendarDateToInput, formatCalendarDate, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { originIdOf, RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { initiativeAccessSelect, progressEditProblem } from "./access";
import { CAMPAIGN_CLOSED_MESSAGE, FORWARDED_READ_ONLY_MESSAGE, progressColumns, PROGRESS_NOT_OPEN_MESSAGE } from "./rules";
import type { ProgressForm, ProgressRules } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

/**
 * "công nhận cấp Sở tại Quyết định số 52/QĐ-SQHKT ngày 08/12/2022" when a decision recognises the
 * initiative or its lineage (a City decision on its forwarded copy), else null.
 */
async function recognitionNote(db: Awaited<ReturnType<typeof getDb>>, initiativeId: string): Promise<string | null> {
  const ini = await db.initiative.findUnique({ where: { id: initiativeId }, select: { id: true, originInitiativeId: true } });
  if (!ini) return null;
  const items = await db.recognitionItem.findMany({
    where: { originInitiativeId: originIdOf(ini) },
    orderBy: { decision: { signedOn: "asc" } },
    select: { level: true, decision: { select: { number: true, signedOn: true } } },
  });
  if (!items.length) return null;
  return items.map((i) => `công nhận ${RECOGNITION_LEVEL_LABELS[i.level]} tại Quyết định số ${i.decision.number} ngày ${formatCalendarDate(i.decision.signedOn)}`).join("; ");
}

/** The reason for dropping with the decision noted (kept within the column's 1,000 characters). */
function withNote(reason: string, note: string): string {
  const suffix = ` (Nội dung đã được ${note}.)`;
  return `${reason.slice(0, Math.max(0, 1000 - suffix.length))}${suffix}`.slice(0, 1000);
}

/** The date rules of the progress form for an initiative, from the database and the server's clock (null: no such initiative). */
export async function progressRulesFor(initiativeId: string, now = new Date()): Promise<ProgressRules | null> {
  const db = await getDb();
  const ini = await db.initiative.findUnique({ where: { id: initiativeId }, select: { campaign: { select: { startsOn: true } } } });
  if (!ini) return null;
  return { today: vnDayOf(now), startsOn: calendarDateToInput(ini.campaign.startsOn) };
}

/**
 * The unit records an initiative's progress and its results as figures. Permission `edit:progress`
 * on the initiative's own unit (read from the database); the initiative's form must have been
 * submitted at least once; a forwarded copy is never edited here (its progress is the origin's).
 * `updatedAt` is the concurrency token: a save that read an older state changes nothing.
 * The figures are replaced as a whole, in the same transaction as the audit row.
 */
export async function updateProgress(actor: Actor, input: ProgressForm) {
  const db = await getDb();
  const ini = await db.initiative.findUnique({
    where: { id: input.initiativeId },
    select: {
      ...initiativeAccessSelect,
      content: true,
      progress: true,
      completedOn: true,
      droppedReason: true,
      progressNote: true,
      results: { orderBy: { sortOrder: "asc" }, select: { indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
    },
  });
  if (!ini || !can(actor.roles, "edit:progress", ini.unit)) throw notFoundError();
  const problem = progressEditProblem(ini);
  if (problem === "FORWARDED") throw ruleError(FORWARDED_READ_ONLY_MESSAGE);
  if (problem === "NOT_SUBMITTED") throw ruleError(PROGRESS_NOT_OPEN_MESSAGE);
  if (problem === "CAMPAIGN_CLOSED") throw ruleError(CAMPAIGN_CLOSED_MESSAGE);
  const token = new Date(input.updatedAt);
  if (Number.isNaN(token.getTime()) || token.getTime() !== ini.updatedAt.getTime()) throw conflictError();

  const cols = progressColumns({
    progress: input.progress,
    completedOn: input.completedOn.trim() || null,
    droppedReason: input.droppedReason || null,
  });
  // Dropping a recognised initiative is allowed, but the decision is noted in the reason and the audit row.
  const recognised = input.progress === "DROPPED" && ini.progress !== "DROPPED" ? await recognitionNote(db, ini.id) : null;
  const now = new Date();
  const data = {
    progress: input.progress,
    completedOn: cols.completedOn ? inputToCalendarDate(cols.completedOn) : null,
    droppedReason: recognised && cols.droppedReason ? withNote(cols.droppedReason, recognised) : cols.droppedReason,
    progressNote: input.progressNote || null,
    progressUpdatedAt: now,
    progressUpdatedById: actor.id,
  };
  const results = input.results.map((r, i) => ({
    initiativeId: ini.id,
    indicator: r.indicator,
    unitOfMeasure: r.unitOfMeasure,
    valueBefore: r.valueBefore,
    // The schema refuses a row without "after"; the cast only narrows the type.
    valueAfter: r.valueAfter as number,
    source: r.source || null,
    sortOrder: i,
  }));

  return inTransaction(async (tx) => {
    const updated = await tx.initiative.updateMany({ where: { id: ini.id, updatedAt: ini.updatedAt }, data });
    if (updated.count === 0) throw conflictError();
    await tx.initiativeResult.deleteMany({ where: { initiativeId: ini.id } });
    if (results.length) await tx.initiativeResult.createMany({ data: results });
    const after = await tx.initiative.findUniqueOrThrow({ where: { id: ini.id }, select: { updatedAt: true } });
    const doneText = data.completedOn ? ` (ngày ${formatCalendarDate(data.completedOn)})` : "";
    await writeAudit(tx, actor.id, {
      action: "initiative.progress",
      entityType: "Initiative",
      entityId: ini.id,
      unitId: ini.unitId,
      campaignId: ini.campaignId,
      before: {
        progress: ini.progress,
        completedOn: calendarDateToInput(ini.completedOn) || null,
        droppedReason: ini.droppedReason,
        progressNote: ini.progressNote,
        results: ini.results,
      },
      after: {
        progress: data.progress,
        completedOn: cols.completedOn,
        droppedReason: data.droppedReason,
        progressNote: data.progressNote,
        results: results.map(({ initiativeId: _i, sortOrder: _s, ...r }) => r),
      },
      summary: `Cập nhật tiến độ “${ini.content.slice(0, 80)}${ini.content.length > 80 ? "…" : ""}”: ${PROGRESS_LABELS[data.progress]}${doneText}${
        recognised ? ` dù đã được ${recognised}` : ""
      }; ${results.length} chỉ tiêu kết quả`,
    });
    return { updatedAt: after.updatedAt.toISOString(), progress: data.progress, resultCount: results.length };
  });
}
