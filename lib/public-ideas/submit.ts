import "server-only";
import { parseInput } from "@/lib/actions/input";
import { notFoundError, ruleError, zodFieldErrors } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { inTransaction } from "@/lib/db/transaction";
import { detectFile } from "@/lib/evidence/detect";
import { emptyFileMessage } from "@/lib/evidence/limits";
import { cleanFileName } from "@/lib/evidence/mutations";
import { INFECTED_MESSAGE, SCAN_FAILED_MESSAGE, scanFile } from "@/lib/evidence/scan";
import { commitStaged, discard, EvidenceStorageError, newStorageKey, removeStored, stageUpload, TooLargeError, type StagedFile } from "@/lib/evidence/storage";
import { hasControlChars } from "@/lib/validation/text";
import { foldForSearch } from "@/lib/text/fold";
import { confirmTokenHash, formStampAge, newConfirmToken, newTrackingCode, trackingCodeHash } from "./codes";
import { queuePublicEmail, trackPath } from "./emails";
import { hitLimit, LIMITS } from "./rate-limit";
import { CONFIRM_WINDOW_HOURS, CONSENT_VERSION, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, MAX_ATTACHMENTS, MAX_FORM_AGE_MS, minFillMs } from "./rules";
import { publicIdeaSchema } from "./schemas";
import { openCampaignForIdeas } from "./public-campaigns";

export interface IncomingFile {
  name: string;
  size: number;
  stream: () => AsyncIterable<Uint8Array>;
}

export interface SubmitInput {
  fields: Record<string, string>;
  files: IncomingFile[];
  /** The client's network address (lib/auth/client-address), for the per-address limit. */
  client: string;
}

export const TOO_MANY_FROM_ADDRESS =
  "Địa chỉ mạng của anh/chị đã gửi nhiều hiến kế trong một giờ qua. Để chống gửi tự động, cổng tạm dừng nhận từ địa chỉ này; vui lòng thử lại sau một giờ.";
export const TOO_MANY_FROM_CONTACT =
  `Thư điện tử hoặc số điện thoại này đã gửi ${LIMITS.ideasPerContact.max} hiến kế trong 24 giờ qua. Vui lòng gộp các ý vào một hiến kế, hoặc gửi tiếp vào ngày mai.`;
export const TOO_FAST =
  "Biểu mẫu được gửi quá nhanh sau khi mở trang. Vui lòng kiểm tra lại nội dung rồi bấm “Gửi hiến kế” một lần nữa.";
export const STALE_FORM = "Trang biểu mẫu đã mở quá lâu hoặc không hợp lệ. Vui lòng tải lại trang (nội dung đã nhập vẫn giữ trên màn hình, hãy sao chép trước khi tải lại).";

/**
 * A citizen or a business sends an idea, without an account. In order: the honeypot and the fill time
 * (cheap, before anything is stored), the fields, the campaign (public, open to ideas, not past its
 * end), the per-address and per-contact limits (counted in the database), the files (size, type from
 * the bytes, the scan hook), then one transaction: the idea, its files, the confirmation e-mail in the
 * outbox and an audit row without personal data. Returns the tracking code, shown once.
 */
export async function submitPublicIdea(input: SubmitInput, now = new Date()): Promise<{ trackingCode: string; needsConfirmation: boolean }> {
  const f = input.fields;
  // A field hidden from people (and from screen readers): only a script fills it.
  if ((f.website ?? "").trim() !== "") throw ruleError("Không thể tiếp nhận hiến kế từ biểu mẫu này.");
  const parsed = parseInput(publicIdeaSchema, f);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    throw ruleError("Vui lòng sửa các ô được đánh dấu.", fieldErrors);
  }
  const data = parsed.data;
  // The fill time after the fields: a person who sent an incomplete form at once first learns what is missing.
  const age = formStampAge(f.formStamp ?? "", now.getTime());
  if (age === null || age > MAX_FORM_AGE_MS || age < -60_000) throw ruleError(STALE_FORM);
  if (age < minFillMs()) throw ruleError(TOO_FAST);
  const campaign = await openCampaignForIdeas(data.campaignId, now);
  if (!campaign) throw notFoundError();
  if (!campaign.fields.some((x) => x.id === data.fieldId)) throw ruleError("Vui lòng chọn lĩnh vực.", { fieldId: "Vui lòng chọn lĩnh vực của phong trào." });

  if (input.files.length > MAX_ATTACHMENTS) throw ruleError(`Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.`, { files: `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.` });
  for (const file of input.files) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      const m = `Tệp “${cleanFileName(file.name)}” lớn hơn ${MAX_ATTACHMENT_MB} MB.`;
      throw ruleError(m, { files: m });
    }
    if (hasControlChars(file.name)) throw ruleError("Tên tệp có ký tự không hợp lệ.", { files: "Tên tệp có ký tự không hợp lệ." });
  }

  if (!(await hitLimit(LIMITS.ideasPerAddress, input.client, now))) throw ruleError(TOO_MANY_FROM_ADDRESS);
  for (const contact of [data.email, data.phone]) {
    if (contact && !(await hitLimit(LIMITS.ideasPerContact, contact, now))) throw ruleError(TOO_MANY_FROM_CONTACT, { email: TOO_MANY_FROM_CONTACT });
  }

  const stored: { key: string; fileName: string; mime: string; staged: StagedFile }[] = [];
  try {
    for (const file of input.files) {
      const fileName = cleanFileName(file.name);
      let staged: StagedFile;
      try {
        staged = await stageUpload(file.stream(), MAX_ATTACHMENT_BYTES);
      } catch (err) {
        if (err instanceof TooLargeError) throw ruleError(`Tệp “${fileName}” lớn hơn ${MAX_ATTACHMENT_MB} MB.`, { files: `Tệp “${fileName}” lớn hơn ${MAX_ATTACHMENT_MB} MB.` });
        if (err instanceof EvidenceStorageError) throw err.forFile(fileName);
        throw err;
      }
      try {
        if (staged.sizeBytes === 0) throw ruleError(emptyFileMessage(fileName), { files: emptyFileMessage(fileName) });
        const verdict = await detectFile(staged.tmpPath, fileName);
        if (!verdict.ok) throw ruleError(verdict.message, { files: verdict.message });
        const scan = await scanFile(staged.tmpPath);
        if (!scan.ok) {
          const m = scan.infected ? INFECTED_MESSAGE(fileName) : SCAN_FAILED_MESSAGE(fileName);
          throw ruleError(m, { files: m });
        }
        const key = newStorageKey(now);
        await commitStaged(staged, key);
        stored.push({ key, fileName, mime: verdict.mime, staged });
      } catch (err) {
        await discard(staged.tmpPath);
        throw err;
      }
    }

    const trackingCode = newTrackingCode();
    const token = data.email ? newConfirmToken() : null;
    await inTransaction(async (tx) => {
      const created = await tx.publicIdea.create({
        data: {
          campaignId: campaign.id,
          trackingCodeHash: trackingCodeHash(trackingCode)!,
          submitterKind: data.submitterKind,
          submitterName: data.submitterName,
          taxCode: data.taxCode,
          email: data.email,
          phone: data.phone,
          ward: data.ward,
          fieldId: data.fieldId,
          title: data.title,
          titleFolded: foldForSearch(data.title).slice(0, 300),
          content: data.content,
          expectedBenefit: data.expectedBenefit,
          consentedAt: now,
          consentVersion: CONSENT_VERSION,
          ...(token ? { confirmTokenHash: confirmTokenHash(token)!, confirmExpiresAt: new Date(now.getTime() + CONFIRM_WINDOW_HOURS * 3600_000) } : {}),
          attachments: { create: stored.map((s) => ({ fileName: s.fileName, mimeType: s.mime, sizeBytes: s.staged.sizeBytes, sha256: s.staged.sha256, storageKey: s.key })) },
        },
        select: { id: true, email: true, submitterName: true },
      });
      // No personal data in the audit log: the idea's id, its campaign and what kind of sender.
      await writeAudit(tx, null, {
        action: "public-idea.submit",
        entityType: "PublicIdea",
        entityId: created.id,
        unitId: campaign.moderatingUnitId,
        campaignId: campaign.id,
        after: { status: "RECEIVED", submitterKind: data.submitterKind, fieldId: data.fieldId, attachments: stored.length, withEmail: !!data.email, consentVersion: CONSENT_VERSION },
        summary: `Nhận hiến kế mới qua cổng công khai (${data.submitterKind === "PERSON" ? "cá nhân" : "tổ chức, doanh nghiệp"})`,
      });
      if (token) {
        await queuePublicEmail(tx, created, {
          title: "Xác nhận địa chỉ thư điện tử để hoàn tất gửi hiến kế",
          lines: [
            `Cổng thi đua cải cách hành chính đã nhận hiến kế “${data.title}” gửi ${campaign.documentNumber}.`,
            `Mã theo dõi của anh/chị: ${trackingCode}. Vui lòng giữ mã này để xem kết quả xử lý hoặc rút hiến kế.`,
            `Vui lòng bấm liên kết dưới đây trong vòng ${CONFIRM_WINDOW_HOURS} giờ để xác nhận địa chỉ thư điện tử. Hiến kế chưa xác nhận sẽ không được xem xét và sẽ bị xoá cùng thông tin cá nhân.`,
            `Xem tình trạng hiến kế: ${trackPath(trackingCode)}`,
          ],
          actionText: "Xác nhận thư điện tử",
          actionUrl: `/public/ideas/confirm?token=${token}`,
        });
      }
    });
    return { trackingCode, needsConfirmation: !!token };
  } catch (err) {
    // Nothing half-stored: the files of a refused or failed submission are removed.
    for (const s of stored) await removeStored(s.key).catch(() => {});
    throw err;
  }
}
