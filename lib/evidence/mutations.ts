import "server-only";
import { conflictError, DomainError, forbiddenError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { DOCUMENT_KIND_LABELS } from "@/lib/awards/labels";
import { GENERATED_DESCRIPTION } from "@/lib/awards/proposals/schemas";
import type { DossierDocumentKind } from "@/lib/generated/prisma/enums";
import { evidenceTargetAccess, type EvidenceTarget, type TargetAccess } from "./access";
import { detectFile } from "./detect";
import { emptyFileMessage, formatFileSize, tooLargeMessage } from "./limits";
import { INFECTED_MESSAGE, SCAN_FAILED_MESSAGE, scanFile } from "./scan";
import { commitStaged, discard, EvidenceStorageError, isStorageFsError, newStorageKey, removeStored, stageUpload, toStorageError, TooLargeError } from "./storage";

type Actor = Pick<SessionUser, "id" | "roles">;

/** The name as shown and offered on download: no directories, no control characters, ≤ 255 chars. */
export function cleanFileName(raw: string): string {
  const base = String(raw ?? "")
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .normalize("NFC")
    .trim();
  const name = base.replace(/^\.+/, "").trim() || "tep-minh-chung";
  if (name.length <= 255) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : "";
  return name.slice(0, 255 - ext.length) + ext;
}

export const NOT_CURRENT_MESSAGE = "Tệp này đã được thay bằng tệp mới: chỉ thay hoặc xoá được tệp hiện hành.";
export const LOCKED_DOCUMENT_DELETE_MESSAGE =
  "Tài liệu đã nộp kèm hồ sơ đề nghị khen thưởng nên không xoá được. Nếu cần, hãy tải lên bản mới: tài liệu cũ vẫn được giữ cho phiên bản đã nộp.";
export const LOCKED_DELETE_MESSAGE =
  "Tệp đã gắn với báo cáo đã nộp nên không xoá được. Nếu cần, hãy dùng “Thay bằng tệp mới”: tệp cũ vẫn được giữ cho phiên bản báo cáo đã nộp.";

/** Loads the record and checks the actor may change its evidence: outsiders → not found, readers → forbidden, closed → the rule. */
async function requireEditable(actor: Actor, target: EvidenceTarget): Promise<TargetAccess> {
  const access = await evidenceTargetAccess(actor, target);
  if (!access || !access.canRead) throw notFoundError();
  if (!access.mayEdit) throw forbiddenError();
  if (access.problem) throw ruleError(access.problem);
  return access;
}

export interface UploadInput {
  target: EvidenceTarget;
  fileName: string;
  description?: string | null;
  /** The current file this upload replaces ("Thay bằng tệp mới"). */
  replacesId?: string | null;
  /** Award dossiers: which document this is (default OTHER). */
  documentKind?: DossierDocumentKind | null;
  body: AsyncIterable<Uint8Array> | Uint8Array;
}

/** The record's foreign key on EvidenceFile. */
export function targetWhere(target: EvidenceTarget) {
  return target.kind === "initiative" ? { initiativeId: target.id } : target.kind === "report" ? { reportId: target.id } : { awardProposalId: target.id };
}

/**
 * One evidence file: permission on the record's own unit (from the database), then the bytes are
 * streamed to a temp file (≤ 20 MB), their type detected from the content, the virus-scan hook run,
 * the file renamed into EVIDENCE_DIR and its row written with the audit row in one transaction.
 * A failed write to EVIDENCE_DIR (disk full, read-only…) is an EvidenceStorageError naming the file;
 * nothing is left behind (no temp file, no row).
 */
export async function uploadEvidence(actor: Actor, input: UploadInput) {
  const fileName = cleanFileName(input.fileName);
  const description = input.description?.trim().slice(0, 500) || null;
  const access = await requireEditable(actor, input.target);
  const db = await getDb();
  const where = targetWhere(input.target);
  // A dossier has one current file per document (except "other documents"): a new upload takes the place of the current one.
  const documentKind = input.target.kind === "award" ? (input.documentKind ?? "OTHER") : null;

  let replaced: { id: string; fileName: string; supersededAt: Date | null } | null = null;
  if (input.replacesId) {
    replaced = await db.evidenceFile.findFirst({ where: { id: input.replacesId, ...where }, select: { id: true, fileName: true, supersededAt: true } });
    if (!replaced) throw notFoundError();
    if (replaced.supersededAt) throw ruleError(NOT_CURRENT_MESSAGE);
  }

  let staged;
  try {
    staged = await stageUpload(input.body);
  } catch (err) {
    if (err instanceof TooLargeError) throw ruleError(tooLargeMessage(fileName), { file: tooLargeMessage(fileName) });
    if (err instanceof EvidenceStorageError) throw err.forFile(fileName);
    throw err;
  }
  let key: string | null = null;
  try {
    if (staged.sizeBytes === 0) throw ruleError(emptyFileMessage(fileName), { file: emptyFileMessage(fileName) });
    const verdict = await detectFile(staged.tmpPath, fileName);
    if (!verdict.ok) throw ruleError(verdict.message, { file: verdict.message });
    const scan = await scanFile(staged.tmpPath);
    if (!scan.ok) {
      if (!scan.infected) console.error(`Evidence scan failed for ${fileName}: ${scan.detail}`);
      const message = scan.infected ? INFECTED_MESSAGE(fileName) : SCAN_FAILED_MESSAGE(fileName);
      throw ruleError(message, { file: message });
    }
    key = newStorageKey();
    await commitStaged(staged, key);
    const storageKey = key;
    const now = new Date();
    const removedKeys: string[] = [];
    const result = await inTransaction(async (tx) => {
      const created = await tx.evidenceFile.create({
        data: {
          ...where,
          ...(documentKind ? { documentKind } : {}),
          unitId: access.unitId,
          campaignId: access.campaignId,
          fileName,
          mimeType: verdict.mime,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          storageKey,
          description,
          uploadedById: actor.id,
        },
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
      });
      if (replaced) {
        const res = await tx.evidenceFile.updateMany({ where: { id: replaced.id, supersededAt: null }, data: { supersededAt: now, supersededById: created.id } });
        if (res.count === 0) throw conflictError();
      }
      let displaced: { id: string; fileName: string; kept: boolean }[] = [];
      if (documentKind && documentKind !== "OTHER" && !replaced) {
        // The previous file of this document is kept (superseded), except a draft the portal generated
        // that no submitted version cites: that one is simply replaced.
        const previous = await tx.evidenceFile.findMany({
          where: { ...where, documentKind, supersededAt: null, id: { not: created.id } },
          select: { id: true, fileName: true, lockedAt: true, storageKey: true, description: true },
        });
        for (const f of previous) {
          if (f.lockedAt || f.description !== GENERATED_DESCRIPTION) {
            await tx.evidenceFile.updateMany({ where: { id: f.id, supersededAt: null }, data: { supersededAt: now, supersededById: created.id } });
          } else {
            await tx.evidenceFile.updateMany({ where: { supersededById: f.id }, data: { supersededById: created.id } });
            await tx.evidenceFile.delete({ where: { id: f.id } });
            removedKeys.push(f.storageKey);
          }
        }
        displaced = previous.map((f) => ({ id: f.id, fileName: f.fileName, kept: !!f.lockedAt || f.description !== GENERATED_DESCRIPTION }));
      }
      await writeAudit(tx, actor.id, {
        action: replaced ? "evidence.replace" : "evidence.upload",
        entityType: "EvidenceFile",
        entityId: created.id,
        unitId: access.unitId,
        campaignId: access.campaignId,
        subject: auditSubject(input.target),
        after: { ...created, target: input.target, replaces: replaced?.id ?? null, ...(documentKind ? { documentKind, displaced } : {}) },
        summary: documentKind
          ? `Tải lên “${fileName}” (${DOCUMENT_KIND_LABELS[documentKind]}, ${formatFileSize(staged.sizeBytes)}) cho ${access.label}${displaced.length ? `, thay “${displaced.map((f) => f.fileName).join("”, “")}”` : ""}`
          : replaced
            ? `Thay tệp minh chứng “${replaced.fileName}” bằng “${fileName}” (${formatFileSize(staged.sizeBytes)}) của ${access.label}`
            : `Tải lên tệp minh chứng “${fileName}” (${formatFileSize(staged.sizeBytes)}) cho ${access.label}`,
      });
      return created;
    });
    for (const k of removedKeys) await removeStored(k).catch(() => {});
    return result;
  } catch (err) {
    await discard(staged.tmpPath);
    if (key) await removeStored(key).catch(() => {});
    if (err instanceof EvidenceStorageError) throw err.forFile(fileName);
    // Reading the staged file back (type check, scan) failed on the disk itself.
    if (!(err instanceof DomainError) && isStorageFsError(err)) throw toStorageError(err, "read").forFile(fileName);
    throw err;
  }
}

/**
 * Deletes a current, unlocked file (a file cited by a submitted report is locked: it can only be
 * superseded). When the file had replaced an older one, that one becomes current again.
 */
export async function deleteEvidence(actor: Actor, input: { fileId: string }) {
  const db = await getDb();
  const file = await db.evidenceFile.findUnique({
    where: { id: input.fileId },
    select: { id: true, initiativeId: true, reportId: true, awardProposalId: true, fileName: true, storageKey: true, lockedAt: true, supersededAt: true, sha256: true, sizeBytes: true },
  });
  if (!file) throw notFoundError();
  const target: EvidenceTarget | null = file.initiativeId
    ? { kind: "initiative", id: file.initiativeId }
    : file.reportId
      ? { kind: "report", id: file.reportId }
      : file.awardProposalId
        ? { kind: "award", id: file.awardProposalId }
        : null;
  if (!target) throw notFoundError();
  const access = await requireEditable(actor, target);
  if (file.lockedAt) throw ruleError(target.kind === "award" ? LOCKED_DOCUMENT_DELETE_MESSAGE : LOCKED_DELETE_MESSAGE);
  if (file.supersededAt) throw ruleError(NOT_CURRENT_MESSAGE);
  await inTransaction(async (tx) => {
    // The file it had replaced becomes current again first: supersededById is a foreign key to this file.
    await tx.evidenceFile.updateMany({ where: { supersededById: file.id }, data: { supersededAt: null, supersededById: null } });
    const res = await tx.evidenceFile.deleteMany({ where: { id: file.id, lockedAt: null, supersededAt: null } });
    if (res.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "evidence.delete",
      entityType: "EvidenceFile",
      entityId: file.id,
      unitId: access.unitId,
      campaignId: access.campaignId,
      subject: auditSubject(target),
      before: { fileName: file.fileName, sha256: file.sha256, sizeBytes: file.sizeBytes, target },
      summary: `Xoá tệp minh chứng “${file.fileName}” của ${access.label}`,
    });
  });
  await removeStored(file.storageKey).catch(() => {});
  return { target };
}

const SUBJECT_TYPES: Record<EvidenceTarget["kind"], string> = { initiative: "Initiative", report: "Report", award: "AwardProposal" };

/** An evidence event belongs to the history of what the file is evidence for. */
function auditSubject(target: EvidenceTarget) {
  return { type: SUBJECT_TYPES[target.kind], id: target.id };
}
