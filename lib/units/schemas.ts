import { z } from "zod";
import { text } from "@/lib/validation/text";
import { UNIT_KIND_LABELS } from "./tree";

export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS) as (keyof typeof UNIT_KIND_LABELS)[];

const id = z.string().trim().min(1, { error: "Thiếu mã bản ghi." }).max(64);

const code = z
  .string()
  .trim()
  .min(1, { error: "Vui lòng nhập mã đơn vị." })
  .max(50, { error: "Mã đơn vị tối đa 50 ký tự." })
  .regex(/^[A-Za-z0-9._-]+$/, { error: "Mã đơn vị chỉ gồm chữ không dấu, số và các ký tự . _ -" });

const name = text()
  .trim()
  .min(1, { error: "Vui lòng nhập tên đơn vị." })
  .max(255, { error: "Tên đơn vị tối đa 255 ký tự." });

const shortName = text().trim().max(100, { error: "Tên viết tắt tối đa 100 ký tự." });

/** Ký hiệu viết tắt of document numbers ("SQHKT"): letters (stored upper-case), digits and hyphens. */
const documentSymbol = text()
  .trim()
  .max(30, { error: "Ký hiệu viết tắt tối đa 30 ký tự." })
  .regex(/^[\p{L}\p{N}-]*$/u, { error: "Ký hiệu viết tắt chỉ gồm chữ, số và dấu gạch nối, ví dụ SQHKT hoặc QHKV1." })
  // Optional in the body: a client that does not send it keeps the recorded symbol.
  .optional();

const kind = z.enum(UNIT_KINDS, { error: "Vui lòng chọn loại đơn vị." });

/** "" = no parent (a root unit). */
const parentId = z.string().trim().max(64);

export const createUnitSchema = z.object({ code, name, shortName, documentSymbol, kind, parentId });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({ id, code, name, shortName, documentSymbol, kind });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const moveUnitSchema = z.object({ id, parentId });
export type MoveUnitInput = z.infer<typeof moveUnitSchema>;

export const closeUnitSchema = z.object({
  id,
  reason: text()
    .trim()
    .min(1, { error: "Vui lòng nhập lý do (ví dụ: số, ngày quyết định giải thể hoặc sáp nhập)." })
    .max(1000, { error: "Lý do tối đa 1.000 ký tự." }),
  /** "" = not merged into another unit. */
  mergedIntoId: z.string().trim().max(64),
});
export type CloseUnitInput = z.infer<typeof closeUnitSchema>;

export const reopenUnitSchema = z.object({ id });
export type ReopenUnitInput = z.infer<typeof reopenUnitSchema>;
