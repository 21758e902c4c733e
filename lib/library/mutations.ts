import "server-only";
import { notFoundError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

/**
 * The owner unit writes what other units read about its model (`edit:progress` on the model's unit, read
 * from the library entry). Audited with before and after.
 */
export async function updateModelDescription(actor: SessionUser, input: { modelId: string; description: string }) {
  const db = await getDb();
  const model = await db.recognisedModel.findUnique({
    where: { id: input.modelId },
    select: { id: true, title: true, description: true, unit: { select: { id: true, path: true } } },
  });
  if (!model || !can(actor.roles, "edit:progress", model.unit)) throw notFoundError();
  const description = input.description.trim() || null;
  return inTransaction(async (tx) => {
    await tx.recognisedModel.update({ where: { id: model.id }, data: { description } });
    await writeAudit(tx, actor.id, {
      action: "library-model.describe",
      entityType: "RecognisedModel",
      entityId: model.id,
      unitId: model.unit.id,
      before: { description: model.description },
      after: { description },
      summary: `Cập nhật mô tả mô hình “${model.title.slice(0, 80)}” trong thư viện điển hình`,
    });
  });
}

/**
 * Marks an initiative's evidence file shareable (or not) in the library: the file's own unit
 * (`edit:progress` on the unit read from the file). A file of a report or an award dossier is never shared.
 */
export async function setEvidenceShareable(actor: SessionUser, input: { fileId: string; shareable: boolean }) {
  const db = await getDb();
  const file = await db.evidenceFile.findUnique({
    where: { id: input.fileId },
    select: { id: true, fileName: true, shareable: true, initiativeId: true, campaignId: true, unit: { select: { id: true, path: true } } },
  });
  if (!file || !file.initiativeId || !can(actor.roles, "edit:progress", file.unit)) throw notFoundError();
  if (file.shareable === input.shareable) return { shareable: file.shareable };
  return inTransaction(async (tx) => {
    await tx.evidenceFile.update({ where: { id: file.id }, data: { shareable: input.shareable } });
    await writeAudit(tx, actor.id, {
      action: input.shareable ? "evidence.share" : "evidence.unshare",
      entityType: "EvidenceFile",
      entityId: file.id,
      unitId: file.unit.id,
      campaignId: file.campaignId,
      subject: { type: "Initiative", id: file.initiativeId! },
      before: { shareable: file.shareable },
      after: { shareable: input.shareable },
      summary: `${input.shareable ? "Cho phép" : "Thôi"} chia sẻ minh chứng “${file.fileName}” trong thư viện điển hình`,
    });
    return { shareable: input.shareable };
  });
}

/**
 * Shows (or hides) a model on the public library (issue 14): the owner unit's head or the office above it
 * (`publish:model` on the model's unit, read from the entry).
 */
export async function setModelPublic(actor: SessionUser, input: { modelId: string; isPublic: boolean }) {
  const db = await getDb();
  const model = await db.recognisedModel.findUnique({ where: { id: input.modelId }, select: { id: true, title: true, isPublic: true, unit: { select: { id: true, path: true } } } });
  if (!model || !can(actor.roles, "publish:model", model.unit)) throw notFoundError();
  if (model.isPublic === input.isPublic) return { isPublic: model.isPublic };
  return inTransaction(async (tx) => {
    await tx.recognisedModel.update({ where: { id: model.id }, data: { isPublic: input.isPublic } });
    await writeAudit(tx, actor.id, {
      action: input.isPublic ? "library-model.publish" : "library-model.unpublish",
      entityType: "RecognisedModel",
      entityId: model.id,
      unitId: model.unit.id,
      before: { isPublic: model.isPublic },
      after: { isPublic: input.isPublic },
      summary: `${input.isPublic ? "Công khai" : "Thôi công khai"} mô hình “${model.title.slice(0, 80)}” trên cổng`,
    });
    return { isPublic: input.isPublic };
  });
}
