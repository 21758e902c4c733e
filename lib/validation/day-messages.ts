/**
 * What a day field says, shared by the date input (components/ui/date-input.tsx, a client component) and the
 * schemas that check the day it passes on: text that is not a day reaches the schema as typed, and the
 * schema's message then says the same thing as the input's, so the field shows one message, not two.
 * A plain module with no imports: the date input is on pages' first load.
 */
export const DAY_FORMAT_HINT = "Nhập ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/04/2027.";
export const DAY_FORMAT_ERROR = "Ngày chưa đúng dạng dd/mm/yyyy (ngày/tháng/năm), ví dụ 05/04/2027.";

/** Already a "yyyy-MM-dd" (the date input's output for a real day): a refusal is then about the day itself. */
export const looksLikeIsoDay = (v: unknown): boolean => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim());
