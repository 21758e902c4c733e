import { TZDate } from "@date-fns/tz";

/**
 * Vietnam time, whatever the server's own zone. Vietnam has kept UTC+07:00 without daylight saving since
 * 13/06/1975 (the South moved from +08:00 then): for instants from 1976 on, conversions are plain arithmetic
 * on the epoch milliseconds (a compliance page converts ~10,000 instants per view; building a zoned date for
 * each cost ~150 ms of CPU). Older instants fall back to the time zone database, so history stays right.
 */
export const VN_TZ = "Asia/Ho_Chi_Minh";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * HOUR_MS;
/** 1976-01-01T00:00 in Vietnam: from here on the offset is +07:00. */
const FIXED_OFFSET_FROM = Date.UTC(1976, 0, 1) - VN_OFFSET_MS;

function offsetAt(t: number): number {
  return t >= FIXED_OFFSET_FROM ? VN_OFFSET_MS : -new TZDate(t, VN_TZ).getTimezoneOffset() * 60_000;
}

/**
 * The Vietnam wall clock of an instant as a Date whose UTC fields (getUTCFullYear… getUTCMinutes) read
 * the Vietnam date and time. Never show it as an instant.
 */
export function vnWallClock(d: Date | number): Date {
  const t = typeof d === "number" ? d : d.getTime();
  return new Date(t + offsetAt(t));
}

/** The instant of a Vietnam wall-clock time (month 1–12). */
export function vnInstant(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
  if (year >= 1976) return new Date(Date.UTC(year, month - 1, day, hours, minutes) - VN_OFFSET_MS);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, 0, VN_TZ).getTime());
}

/**
 * The Vietnam calendar day number (days since 1970-01-01) of an instant: differences are whole days.
 * Plain arithmetic, no Date built: the compliance page counts days for thousands of units.
 */
export function vnDayNumber(d: Date): number {
  const t = d.getTime();
  return Math.floor((t + offsetAt(t)) / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, "0");

/** dd/MM/yyyy of an instant, in Vietnam time. */
export function formatDateVN(d: Date | null | undefined): string {
  if (!d) return "";
  const w = vnWallClock(d);
  return `${pad2(w.getUTCDate())}/${pad2(w.getUTCMonth() + 1)}/${pad4(w.getUTCFullYear())}`;
}

/** dd/MM/yyyy HH:mm of an instant, in Vietnam time. */
export function formatDateTimeVN(d: Date | null | undefined): string {
  if (!d) return "";
  const w = vnWallClock(d);
  return `${pad2(w.getUTCDate())}/${pad2(w.getUTCMonth() + 1)}/${pad4(w.getUTCFullYear())} ${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;
}

/** HH:mm of an instant, in Vietnam time. */
export function formatTimeVN(d: Date): string {
  const w = vnWallClock(d);
  return `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;
}

/** A calendar date stored in a DATE column (Prisma returns it at UTC midnight): dd/MM/yyyy. */
export function formatCalendarDate(d: Date | null | undefined): string {
  if (!d) return "";
  const iso = d.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "yyyy-MM-dd" (an <input type=date> value) of a DATE column. */
export function calendarDateToInput(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}

/** "yyyy-MM-dd" → Date at UTC midnight, as stored in DATE columns. */
export function inputToCalendarDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** The Vietnam calendar day ("yyyy-MM-dd") an instant falls on. */
export function vnDayOf(d: Date): string {
  const w = vnWallClock(d);
  return `${pad4(w.getUTCFullYear())}-${pad2(w.getUTCMonth() + 1)}-${pad2(w.getUTCDate())}`;
}

/**
 * "Trước ngày X" (before day X): the deadline is 00:00 of day X in Vietnam time.
 * Input "yyyy-MM-dd"; returns that instant.
 */
export function dueAtForBeforeDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return vnInstant(y, m, d);
}

/** The inverse of dueAtForBeforeDay: the "before day" of a deadline instant, as "yyyy-MM-dd". */
export function beforeDayOf(dueAt: Date): string {
  return vnDayOf(dueAt);
}

/** Human text of a deadline: "trước ngày 18/04/2022". */
export function formatDeadline(dueAt: Date): string {
  return `trước ngày ${formatDateVN(dueAt)}`;
}

/** A submission is late when it arrives at or after the deadline instant. */
export function isLate(submittedAt: Date, dueAt: Date | null | undefined): boolean {
  return !!dueAt && submittedAt.getTime() >= dueAt.getTime();
}

/**
 * Whole Vietnam calendar days from now to the deadline's last day (the day before X).
 * Positive: days left; 0: today is the last day; negative: days overdue.
 */
export function daysUntilDue(dueAt: Date, now = new Date()): number {
  return vnDayNumber(dueAt) - 1 - vnDayNumber(now);
}

/**
 * Whole days since the deadline passed, counted from day X of "trước ngày X" (at least 1 once passed):
 * deadline "trước ngày 20/11", today 22/11 → 2.
 */
export function daysOverdue(dueAt: Date, now = new Date()): number {
  if (now.getTime() < dueAt.getTime()) return 0;
  return Math.max(1, vnDayNumber(now) - vnDayNumber(dueAt));
}

/** "còn 3 ngày", "hạn chót hôm nay", "quá hạn 2 ngày". */
export function describeTimeLeft(dueAt: Date, now = new Date()): string {
  if (now.getTime() >= dueAt.getTime()) {
    return `quá hạn ${daysOverdue(dueAt, now)} ngày`;
  }
  const left = daysUntilDue(dueAt, now);
  return left <= 0 ? "hạn chót hôm nay" : `còn ${left} ngày`;
}

/** Shift a Vietnam-time deadline by whole years, keeping its calendar day (clone into a new year). */
export function shiftDueAtByYears(dueAt: Date, years: number): Date {
  const day = beforeDayOf(dueAt);
  const [y, m, d] = day.split("-").map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29/02 → 28/02 in a non-leap year
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return dueAtForBeforeDay(target.toISOString().slice(0, 10));
}

export function shiftCalendarDateByYears(d: Date, years: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
  if (target.getUTCMonth() !== d.getUTCMonth()) target.setUTCDate(0);
  return target;
}

/**
 * A day typed as dd/MM/yyyy (also d/M/yyyy, with "/", "-" or "." between the parts), or already "yyyy-MM-dd",
 * → "yyyy-MM-dd" (what the forms' schemas expect); null when it is not a real calendar day.
 */
export function parseDayVN(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const vnMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vnMatch) [d, m, y] = [Number(vnMatch[1]), Number(vnMatch[2]), Number(vnMatch[3])];
  else if (isoMatch) [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  else return null;
  if (y < 1 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "yyyy-MM-dd" → "dd/MM/yyyy" for display in a text field; anything else is returned unchanged. */
export function dayToInputVN(day: string | null | undefined): string {
  if (!day) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}
