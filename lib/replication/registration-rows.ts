import "server-only";
import { ruleError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { adoptionRefusal } from "./rules";

/**
 * Mẫu 1 rows of type "nhân rộng" (issue 13): a row names a recognised model it adopts. Checked with the
 * form (a model outside the library, the unit's own model, or the same model on two rows is a field error
 * on that row) and linked after the rows are written, in the same transaction.
 */
export async function checkReplicatedModels(tx: Tx, rows: readonly { replicatesModelId: string | null }[], unitId: string) {
  const ids = [...new Set(rows.map((r) => r.replicatesModelId).filter((x): x is string => !!x))];
  if (!ids.length) return;
  const models = await tx.recognisedModel.findMany({ where: { id: { in: ids } }, select: { id: true, unitId: true } });
  const byId = new Map(models.map((m) => [m.id, m]));
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!r.replicatesModelId) return;
    const why = adoptionRefusal(byId.get(r.replicatesModelId) ?? null, unitId) ?? (seen.has(r.replicatesModelId) ? "Mô hình này đã có ở một dòng khác của biểu mẫu." : null);
    seen.add(r.replicatesModelId);
    if (why) errors[`rows.${i}.replicatesModelId`] = why;
  });
  const first = Object.values(errors)[0];
  if (first) throw ruleError(first, errors);
}

/**
 * Each row adopting a model is the unit's ModelAdoption of it: an adoption the unit registered on its own
 * is linked to the row (its progress and figures are then the row's), a new one is created (the model's
 * count +1, open assignments of the model to the unit linked). A row that no longer names its model leaves
 * the adoption standing on its own. Deleted rows are unlinked by the foreign key (SET NULL).
 */
export async function linkReplicationRows(tx: Tx, rows: readonly { id: string; replicatesModelId: string | null }[], unitId: string, actorId: string) {
  const rowIds = rows.map((r) => r.id);
  const linked = await tx.modelAdoption.findMany({ where: { initiativeId: { in: rowIds } }, select: { id: true, initiativeId: true, modelId: true } });
  for (const a of linked) {
    const row = rows.find((r) => r.id === a.initiativeId);
    if (row?.replicatesModelId !== a.modelId) await tx.modelAdoption.update({ where: { id: a.id }, data: { initiativeId: null } });
  }
  for (const row of rows) {
    if (!row.replicatesModelId) continue;
    const existing = await tx.modelAdoption.findUnique({ where: { modelId_unitId: { modelId: row.replicatesModelId, unitId } }, select: { id: true, initiativeId: true } });
    if (existing) {
      if (existing.initiativeId === row.id) continue;
      if (existing.initiativeId && existing.initiativeId !== row.id) {
        // Linked to a row of another of the unit's forms: keep it there.
        throw ruleError("Đơn vị đã đăng ký nhân rộng mô hình này trong một Mẫu 1 khác.");
      }
      await tx.modelAdoption.update({ where: { id: existing.id }, data: { initiativeId: row.id } });
      continue;
    }
    const created = await tx.modelAdoption.create({ data: { modelId: row.replicatesModelId, unitId, initiativeId: row.id, createdById: actorId }, select: { id: true } });
    await tx.recognisedModel.update({ where: { id: row.replicatesModelId }, data: { adoptionCount: { increment: 1 } } });
    await tx.replicationAssignmentUnit.updateMany({ where: { unitId, adoptionId: null, assignment: { modelId: row.replicatesModelId, cancelledAt: null } }, data: { adoptionId: created.id } });
  }
}
