import "server-only";
import { ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { removeStored } from "@/lib/evidence/storage";
import { confirmTokenHash, trackingCodeHash } from "./codes";
import { hitLimit, limitReached, LIMITS } from "./rate-limit";
import { isOpen } from "./rules";

export const WRONG_CODE = "Không tìm thấy hiến kế với mã theo dõi này. Vui lòng kiểm tra lại mã (20 ký tự, trong thư xác nhận).";
export const TOO_MANY_WRONG_CODES =
  "Địa chỉ mạng của anh/chị đã nhập sai mã theo dõi nhiều lần. Vui lòng thử lại sau 15 phút.";

/**
 * What the submitter sees under their code: the status, the office's answer and their own idea. Wrong
 * codes are counted per address (the limit holds across servers); once over the limit even a right
 * code waits, so that guessing gains nothing.
 */
export async function findIdeaByCode(code: string, client: string, now = new Date()) {
  if (await limitReached(LIMITS.wrongCodesPerAddress, client, now)) throw ruleError(TOO_MANY_WRONG_CODES);
  const hash = trackingCodeHash(code);
  const db = await getDb();
  const idea = hash
    ? await db.publicIdea.findUnique({
        where: { trackingCodeHash: hash },
        select: {
          id: true,
          title: true,
          content: true,
          expectedBenefit: true,
          status: true,
          answer: true,
          createdAt: true,
          decidedAt: true,
          email: true,
          emailConfirmedAt: true,
          erasedAt: true,
          submitterName: true,
          lockVersion: true,
          field: { select: { name: true } },
          campaign: { select: { id: true, documentNumber: true, title: true } },
          attachments: { select: { id: true, fileName: true, sizeBytes: true } },
        },
      })
    : null;
  if (!idea) {
    await hitLimit(LIMITS.wrongCodesPerAddress, client, now);
    throw ruleError(WRONG_CODE, { code: WRONG_CODE });
  }
  return idea;
}

/** The confirmation link: valid once, within its window. */
export async function confirmIdeaEmail(token: string, now = new Date()): Promise<{ status: "confirmed" | "already" | "expired" | "invalid"; title?: string }> {
  const hash = confirmTokenHash(token);
  if (!hash) return { status: "invalid" };
  const db = await getDb();
  const idea = await db.publicIdea.findUnique({ where: { confirmTokenHash: hash }, select: { id: true, campaignId: true, title: true, emailConfirmedAt: true, confirmExpiresAt: true, status: true } });
  if (!idea || idea.status === "WITHDRAWN") return { status: "invalid" };
  if (idea.emailConfirmedAt) return { status: "already", title: idea.title };
  if (!idea.confirmExpiresAt || idea.confirmExpiresAt.getTime() < now.getTime()) return { status: "expired", title: idea.title };
  return inTransaction(async (tx) => {
    const res = await tx.publicIdea.updateMany({ where: { id: idea.id, emailConfirmedAt: null }, data: { emailConfirmedAt: now, lockVersion: { increment: 1 } } });
    if (res.count === 0) return { status: "already" as const, title: idea.title };
    await writeAudit(tx, null, { action: "public-idea.confirm-email", entityType: "PublicIdea", entityId: idea.id, campaignId: idea.campaignId, summary: "Người gửi xác nhận thư điện tử của hiến kế" });
    return { status: "confirmed" as const, title: idea.title };
  });
}

/**
 * Erases what identifies the submitter (name, tax code, contact, ward), the mail sent to them and their
 * files; the idea's text stays only when it was accepted into the campaign (it is then an initiative).
 * Returns the storage keys to remove after the transaction commits.
 */
export async function erasePersonalData(tx: Tx, ideaId: string, now: Date, keepText: boolean): Promise<string[]> {
  const files = await tx.publicIdeaAttachment.findMany({ where: { ideaId }, select: { storageKey: true } });
  await tx.publicIdeaAttachment.deleteMany({ where: { ideaId } });
  await tx.emailMessage.deleteMany({ where: { publicIdeaId: ideaId } });
  await tx.publicIdea.update({
    where: { id: ideaId },
    data: {
      submitterName: null,
      taxCode: null,
      email: null,
      phone: null,
      ward: null,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      erasedAt: now,
      ...(keepText ? {} : { title: "(đã rút)", titleFolded: "", content: "", expectedBenefit: null }),
    },
  });
  return files.map((f) => f.storageKey);
}

/** The submitter withdraws an idea not yet decided: personal data and text erased, an anonymous audit row kept. */
export async function withdrawIdea(code: string, client: string, now = new Date()) {
  const idea = await findIdeaByCode(code, client, now);
  if (!isOpen(idea.status)) throw ruleError("Hiến kế đã có kết quả xử lý nên không rút được nữa.");
  let keys: string[] = [];
  await inTransaction(async (tx) => {
    const res = await tx.publicIdea.updateMany({ where: { id: idea.id, status: { in: ["RECEIVED", "FORWARDED"] } }, data: { status: "WITHDRAWN", lockVersion: { increment: 1 } } });
    if (res.count === 0) throw ruleError("Hiến kế vừa được xử lý nên không rút được nữa. Vui lòng tải lại trang.");
    keys = await erasePersonalData(tx, idea.id, now, false);
    await writeAudit(tx, null, {
      action: "public-idea.withdraw",
      entityType: "PublicIdea",
      entityId: idea.id,
      campaignId: idea.campaign.id,
      before: { status: idea.status },
      after: { status: "WITHDRAWN", personalDataErased: true },
      summary: "Người gửi rút hiến kế; thông tin cá nhân đã được xoá",
    });
  });
  // The files go once the erasure is committed (a failed transaction keeps them with their rows).
  for (const k of keys) await removeStored(k).catch(() => {});
}
