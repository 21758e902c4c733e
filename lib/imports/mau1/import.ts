import "server-only";
import { DomainError, MESSAGES, notFoundError } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { assertCampaignOpen, campaignRules, loadCampaignForUnit, UNIT_OWNER_KEY, type CampaignForUnit } from "@/lib/registrations/form-context";
import { saveUnitRegistration, toSavedRow } from "@/lib/registrations/mutations";
import { MAX_ROWS } from "@/lib/registrations/schemas";
import { MAX_SHEET_ROWS, TOO_MANY_ROWS, tooManyRows } from "@/lib/imports/xlsx-read";
import { contentKey, loadWorkbook, parseMau1Sheet, type ImportIssue, type ParseResult } from "./parse";

/**
 * "Nhập từ Excel" of a unit's Mẫu 1: the file's rows are added to the unit's draft through the form's
 * own save (saveUnitRegistration: permission on the unit read from the database, the campaign's
 * rules, lockVersion, one transaction with its audit row). Nothing is written unless every row is
 * valid, or the user asked explicitly to add the valid rows only. A row whose field and content the
 * form already holds is skipped, so importing the same file twice adds nothing the second time.
 */

export type ImportOutcome =
  | { ok: true; added: number; skippedExisting: number; skippedInvalid: number; blank: number; registrationId: string }
  | { ok: false; issues: ImportIssue[]; valid: number; message: string };

const NOT_XLSX = "Tệp không phải là bảng tính Excel (.xlsx) hoặc đã hỏng. Hãy lưu lại dưới dạng .xlsx rồi tải lên.";

/**
 * The file's rows checked against the campaign (row by row, with the form's schema), or the refusal of
 * the file as a whole (too many rows: counted by streaming before the workbook is loaded; not an .xlsx).
 */
export async function readMau1File(bytes: Buffer, campaign: CampaignForUnit, unitId: string, room: number): Promise<ParseResult | Extract<ImportOutcome, { ok: false }>> {
  if (await tooManyRows(bytes, MAX_SHEET_ROWS)) return { ok: false, issues: [{ row: null, column: null, message: TOO_MANY_ROWS }], valid: 0, message: TOO_MANY_ROWS };
  const wb = await loadWorkbook(bytes);
  if (!wb) return { ok: false, issues: [], valid: 0, message: NOT_XLSX };
  return parseMau1Sheet(wb, { fields: campaign.fields, rules: campaignRules(campaign), campaignId: campaign.id, unitId, room });
}

export async function importUnitMau1(actor: SessionUser, input: { campaignId: string; unitId: string; bytes: Buffer; validOnly: boolean }): Promise<ImportOutcome> {
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true, path: true } });
  if (!unit || !can(actor.roles, "edit:registration", unit)) throw notFoundError();
  const campaign = await loadCampaignForUnit(db, input.campaignId, unit.id);
  assertCampaignOpen(campaign);

  const registration = await db.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: campaign.id, unitId: unit.id, ownerKey: UNIT_OWNER_KEY } },
    include: { initiatives: { include: { field: { select: { sortOrder: true } } } } },
  });
  const existing = (registration?.initiatives ?? []).sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder).map(toSavedRow);
  const parsed = await readMau1File(input.bytes, campaign, unit.id, MAX_ROWS - existing.length);
  if (!("rows" in parsed)) return parsed;
  // A problem with the file as a whole (no header, a missing column, too many rows) stops everything;
  // row errors stop everything unless the user chose to add the valid rows only.
  const fileLevel = parsed.issues.some((i) => i.row === null) || parsed.rows.length === 0;
  if (parsed.issues.length && (!input.validOnly || fileLevel)) {
    return { ok: false, issues: parsed.issues, valid: parsed.rows.length, message: `Tệp có ${parsed.issues.length} lỗi: chưa nhập dòng nào. Sửa các ô được nêu rồi tải lên lại${parsed.rows.length ? `, hoặc chọn “Chỉ nhập các dòng hợp lệ”` : ""}.` };
  }
  const have = new Set(existing.map((r) => contentKey(r.fieldId, r.content)));
  const fresh = parsed.rows.filter((r) => !have.has(contentKey(String(r.values.fieldId), String(r.values.content))));
  const skippedExisting = parsed.rows.length - fresh.length;
  const invalidRows = new Set(parsed.issues.map((i) => i.row).filter((r) => r !== null)).size;
  if (existing.length + fresh.length > MAX_ROWS) {
    return { ok: false, issues: [], valid: fresh.length, message: `Biểu mẫu đã có ${existing.length} nội dung; thêm ${fresh.length} dòng sẽ vượt quá ${MAX_ROWS} nội dung của một Mẫu 1.` };
  }
  if (fresh.length === 0) {
    return { ok: true, added: 0, skippedExisting, skippedInvalid: invalidRows, blank: parsed.blank, registrationId: registration?.id ?? "" };
  }
  try {
    const saved = await saveUnitRegistration(actor, {
      campaignId: campaign.id,
      unitId: unit.id,
      registrationId: registration?.id ?? null,
      lockVersion: registration?.lockVersion ?? 0,
      rows: [...existing.map((r) => ({ ...r, replicatesModelId: r.replicatesModelId || null })), ...fresh.map((r) => r.values)] as Parameters<typeof saveUnitRegistration>[1]["rows"],
      confirmed: false,
    });
    return { ok: true, added: fresh.length, skippedExisting, skippedInvalid: invalidRows, blank: parsed.blank, registrationId: saved.registrationId };
  } catch (err) {
    if (err instanceof DomainError && err.code === "VALIDATION") return { ok: false, issues: [], valid: 0, message: MESSAGES.VALIDATION };
    throw err;
  }
}
