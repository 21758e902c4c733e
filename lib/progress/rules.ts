import type { InitiativeProgress, SubmissionStatus } from "@/lib/generated/prisma/enums";

/** Pure rules of an initiative's progress after registration (shared by the client form and the server). */

export const NOT_A_NUMBER = "Giá trị phải là số (ví dụ 92 hoặc 92,5).";
export const AMBIGUOUS_NUMBER = (raw: string) =>
  `“${raw}” chưa rõ: nếu là số nghìn hãy viết liền (ví dụ 1500), nếu là số thập phân hãy dùng dấu phẩy (ví dụ 1,5).`;

export type ParsedNumber = { ok: true; value: number } | { ok: false; empty: true } | { ok: false; empty: false; message: string };

/**
 * A figure typed by a Vietnamese user. The decimal separator is a comma ("92,5" → 92.5); a dot also
 * works as decimal point ("92.5"). Thousands may be grouped with dots ("1.234.567") or spaces
 * ("1 234 567"), or with dots and a decimal comma ("1.234,5"). A single dot followed by exactly three
 * digits ("1.500") is refused as ambiguous: Vietnamese write 1.500 for one thousand five hundred.
 */
export function parseVnNumber(input: unknown): ParsedNumber {
  if (typeof input === "number") return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, empty: false, message: NOT_A_NUMBER };
  if (input === null || input === undefined) return { ok: false, empty: true };
  if (typeof input !== "string") return { ok: false, empty: false, message: NOT_A_NUMBER };
  const raw = input.trim();
  if (raw === "") return { ok: false, empty: true };
  // Spaces (also non-breaking and thin spaces) only as thousands separators between digits.
  let s = raw.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, "$1");
  let sign = "";
  if (/^[+-]/.test(s)) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1);
  }
  const bad = { ok: false as const, empty: false as const, message: NOT_A_NUMBER };
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return bad;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    // The later separator is the decimal one; the other groups thousands.
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || !frac || !/^\d+$/.test(frac) || !isGrouped(intPart, group)) return bad;
    normalised = `${intPart.split(group).join("")}.${frac}`;
  } else if (commas > 0 || dots > 0) {
    const sep = commas > 0 ? "," : ".";
    const count = commas || dots;
    if (count === 1) {
      const [intPart, frac] = s.split(sep);
      if (intPart === "" || frac === "") return bad;
      if (sep === "." && frac.length === 3 && intPart !== "0") return { ok: false, empty: false, message: AMBIGUOUS_NUMBER(raw) };
      normalised = `${intPart}.${frac}`;
    } else {
      // Several of the same separator: thousands grouping only ("1.234.567").
      if (!isGrouped(s, sep)) return bad;
      normalised = s.split(sep).join("");
    }
  } else {
    normalised = s;
  }
  const value = Number(`${sign}${normalised}`);
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return bad;
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^\d+$/.test(s);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** A figure as Vietnamese read it: 92,5 ; 1.500 ; 99. */
export function formatVnNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return value.toLocaleString("vi-VN", { maximumFractionDigits: 6 });
}

/** The same figure written back into the form's text box: no grouping, decimal comma ("1500", "92,5"). */
export function numberToInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(".", ",");
}

/**
 * A registered initiative may get progress once its form has been submitted at least once (or was
 * accepted): a draft row is still only a plan.
 */
export function progressOpenFor(reg: { firstSubmittedAt: Date | null; status: SubmissionStatus }): boolean {
  return reg.firstSubmittedAt !== null || reg.status === "ACCEPTED";
}

export const PROGRESS_NOT_OPEN_MESSAGE = "Chỉ cập nhật được tiến độ của nội dung đã nộp trong Mẫu 1 (biểu mẫu này chưa được nộp lần nào).";
export const FORWARDED_READ_ONLY_MESSAGE = "Đây là bản chuyển lên cấp trên: tiến độ và kết quả do đơn vị gốc cập nhật.";
export const CAMPAIGN_CLOSED_MESSAGE = "Kế hoạch thi đua không còn mở: không cập nhật được tiến độ.";

/** Stored columns that follow from the status: a completion date only when completed, a reason only when dropped. */
export function progressColumns(input: { progress: InitiativeProgress; completedOn: string | null; droppedReason: string | null }) {
  return {
    completedOn: input.progress === "COMPLETED" ? input.completedOn : null,
    droppedReason: input.progress === "DROPPED" ? input.droppedReason : null,
  };
}

export const PROGRESS_TONES: Record<InitiativeProgress, "gray" | "blue" | "green" | "red"> = {
  NOT_STARTED: "gray",
  IN_PROGRESS: "blue",
  COMPLETED: "green",
  DROPPED: "red",
};
