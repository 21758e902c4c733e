/**
 * Mẫu 2 arithmetic, shared by the unit report and the office's consolidated report.
 * "Số lượng đăng ký" comes from the accepted Mẫu 1; "Số lượng hoàn thành" from the initiatives'
 * progress unless the unit overrides it (with a note).
 */

/**
 * Whether an initiative counts as completed in the report of a phase due at `dueAt` (the units' report
 * milestone of the phase): completed, and not on or after that date (a completion date is a calendar
 * date, read as its midnight UTC; none recorded = completed). Without a due date, completed is enough.
 * The consolidated report counts the same way in SQL (lib/summary/figures.ts).
 */
export function completedAsOf(i: { progress: string; completedOn?: Date | null }, dueAt: Date | null | undefined): boolean {
  if (i.progress !== "COMPLETED") return false;
  return !i.completedOn || !dueAt || i.completedOn.getTime() < dueAt.getTime();
}

export function completedFor(computed: number, override: number | null | undefined): number {
  return override ?? computed;
}

/** Share completed, 0..1, or null when nothing was registered. */
export function completionRate(registered: number, completed: number): number | null {
  return registered > 0 ? completed / registered : null;
}

/** The Vietnamese message when an override is not acceptable, or null. */
export function overrideProblem(registered: number, override: number | null | undefined, note: string | null | undefined): string | null {
  if (override === null || override === undefined) return null;
  if (!Number.isInteger(override) || override < 0) return "Số lượng hoàn thành phải là số nguyên không âm.";
  if (override > registered) return `Số lượng hoàn thành (${override}) không được lớn hơn số lượng đăng ký (${registered}).`;
  if (!note || !note.trim()) return "Vui lòng ghi rõ lý do khi sửa số lượng hoàn thành tính từ tiến độ các nội dung.";
  return null;
}

export interface FieldCountRow {
  fieldId: string;
  registered: number;
  completed: number;
}

/** Sums rows per field (across units) into one row per field plus the total. */
export function sumByField(rows: readonly FieldCountRow[]): { byField: Map<string, { registered: number; completed: number }>; total: { registered: number; completed: number } } {
  const byField = new Map<string, { registered: number; completed: number }>();
  const total = { registered: 0, completed: 0 };
  for (const r of rows) {
    const acc = byField.get(r.fieldId) ?? { registered: 0, completed: 0 };
    acc.registered += r.registered;
    acc.completed += r.completed;
    byField.set(r.fieldId, acc);
    total.registered += r.registered;
    total.completed += r.completed;
  }
  return { byField, total };
}
