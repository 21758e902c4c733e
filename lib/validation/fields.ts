import { z } from "zod";
import { parseDayVN } from "@/lib/time/vn";
import { INT4_MAX } from "./numbers";
import { text } from "./text";

/**
 * Field schemas shared by the plain forms of issue 13 (surveys, replication): ids, lockVersion, required
 * and optional free text (refusing control characters), and calendar days typed as dd/MM/yyyy.
 */

export const idField = z.string({ error: "Thiếu mã." }).trim().min(1, { error: "Thiếu mã." }).max(64);
export const lockVersionField = z.coerce.number().int().min(0).max(INT4_MAX);
export const tooLong = (n: number) => `Tối đa ${n.toLocaleString("vi-VN")} ký tự.`;

export const requiredText = (label: string, max: number) =>
  text({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}.` })
    .max(max, { error: tooLong(max) });

/** Optional text: "" becomes null. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: tooLong(max) })
    .optional()
    .transform((v) => (v ? v : null));

const DAY_FORMAT = "Ngày chưa đúng dạng dd/mm/yyyy, ví dụ 20/12/2026.";
const toDay = (v: string, ctx: z.RefinementCtx) => {
  const d = parseDayVN(v);
  if (!d || d < "2000-01-01" || d > "2100-12-31") {
    ctx.addIssue({ code: "custom", message: DAY_FORMAT });
    return z.NEVER;
  }
  return d;
};

/** A required day → "yyyy-MM-dd". */
export const dayField = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label} (dd/mm/yyyy).` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label} (dd/mm/yyyy).` })
    .transform(toDay);

/** An optional day → "yyyy-MM-dd" or null. */
export const optionalDayField = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => (v ? toDay(v, ctx) : null));
