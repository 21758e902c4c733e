import { z } from "zod";
import type { MilestoneKind, SubmissionStatus, Role } from "@/lib/generated/prisma/enums";
import { matrixStatusOf } from "@/lib/submissions/statuses";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { daysOverdue, dueAtForBeforeDay, vnDayOf } from "@/lib/time/vn";

/**
 * Reminder rules (pure). A deadline "trước ngày X" is the instant X 00:00 Vietnam time.
 * - "before:N": due from 07:00 Vietnam time on day X−N until the deadline passes. When several are due
 *   at once (a missed run, a campaign published late) only the nearest one (smallest N) is sent.
 * - "after:1": from 07:00 on day X (the morning after the last day), while overdue (remindMorningAfter).
 * - "overdue:wK": from 07:00 on day X+7K (K = 1, 2, …) while overdue, only the latest K (remindWeeklyOverdue).
 * Milestones of the units (UNIT_HEAD / UNIT_STAFF) get reminders, and so do the office's summary
 * reports (MIDTERM_SUMMARY / FINAL_SUMMARY, to the office of the issuing unit). What the portal tracks
 * (Mẫu 1, the unit's report of a phase, the office's summary report) gets none once submitted or
 * accepted (a returned one is to do again), none before its phase opens, and overdue reminders like
 * Mẫu 1. Other deliverables get "before" reminders only: nobody can tell whether they are late.
 */

export const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const MORNING_MS = 7 * 3600_000;

export const DEFAULT_REMINDER_OFFSETS = [7, 3, 1] as const;

export interface ReminderSettings {
  reminderOffsetsDays: readonly number[];
  remindMorningAfter: boolean;
  remindWeeklyOverdue: boolean;
}

export interface ReminderObligation {
  milestoneKind: MilestoneKind;
  responsibleRole: Role;
  /** The unit's EFFECTIVE due instant (extension applied). */
  dueAt: Date;
  /** The unit's Mẫu 1, if any (only meaningful for REGISTRATION milestones). */
  registration?: { status: SubmissionStatus; isLate: boolean } | null;
  /** The unit's report of the milestone's phase, or the office's summary report (report milestones). */
  report?: { status: SubmissionStatus; isLate: boolean } | null;
  /** When the report's phase opens, if it is not open at the time of the run (nothing is due before). */
  notOpenUntil?: Date | null;
}

export const REMINDED_ROLES: readonly Role[] = ["UNIT_HEAD", "UNIT_STAFF"];

/** Milestones whose deliverable the portal receives: lateness is known, so overdue reminders are sent. */
export function isTrackedKind(kind: MilestoneKind): boolean {
  return kind === "REGISTRATION" || phaseOfMilestoneKind(kind) !== null;
}

/** Whether a milestone gets reminders: the units' milestones, and the office's summary reports. */
export function isReminded(o: Pick<ReminderObligation, "milestoneKind" | "responsibleRole">): boolean {
  if (REMINDED_ROLES.includes(o.responsibleRole)) return true;
  return phaseOfMilestoneKind(o.milestoneKind)?.summary === true;
}

/** 00:00 Vietnam time of the day the deadline instant falls on (day X). */
function dayXStart(dueAt: Date): number {
  return dueAtForBeforeDay(vnDayOf(dueAt)).getTime();
}

/** The instant a "before:N" reminder becomes due: 07:00 Vietnam time on day X−N. */
export function beforeReminderAt(dueAt: Date, n: number): Date {
  return new Date(dayXStart(dueAt) - n * DAY_MS + MORNING_MS);
}

/** The instant the K-th weekly overdue reminder becomes due (K = 0: the morning after, day X 07:00). */
export function overdueReminderAt(dueAt: Date, k: number): Date {
  return new Date(dayXStart(dueAt) + 7 * k * DAY_MS + MORNING_MS);
}

/** Whether the obligation is done: Mẫu 1 (or the report of the milestone's phase) submitted, on time or late, or accepted. */
export function isDone(o: Pick<ReminderObligation, "milestoneKind" | "registration" | "report">): boolean {
  let record: { status: SubmissionStatus; isLate: boolean } | null;
  if (o.milestoneKind === "REGISTRATION") record = o.registration ?? null;
  else if (phaseOfMilestoneKind(o.milestoneKind)) record = o.report ?? null;
  else return false;
  const s = matrixStatusOf(record);
  return s === "SUBMITTED_ON_TIME" || s === "SUBMITTED_LATE" || s === "ACCEPTED";
}

/** The reminder keys due now (at most one: the most relevant). */
export function dueReminderKeys(settings: ReminderSettings, o: ReminderObligation, now: Date): string[] {
  if (!isReminded(o)) return [];
  if (isDone(o)) return [];
  // A phase not open yet: nothing can be submitted, so nothing is asked.
  if (o.notOpenUntil && now.getTime() < o.notOpenUntil.getTime()) return [];
  // Overdue reminders only for what the portal can tell is not done.
  return deadlineReminderKeys(settings, o.dueAt, now, isTrackedKind(o.milestoneKind));
}

/**
 * The reminder due now for something still to do by `dueAt`: the latest "before:N" reached (07:00 on day
 * X−N); once past due, when `tracked` (the portal can tell it is not done), "after:1" the morning after,
 * then "overdue:wK" weekly. Shared by the milestones and the appraisal rounds' scoring deadlines.
 */
export function deadlineReminderKeys(settings: ReminderSettings, dueAt: Date, now: Date, tracked: boolean): string[] {
  const t = now.getTime();
  if (t < dueAt.getTime()) {
    const offsets = [...new Set(settings.reminderOffsetsDays)].filter((n) => Number.isInteger(n) && n >= 1 && n <= 60).sort((a, b) => a - b);
    for (const n of offsets) {
      if (beforeReminderAt(dueAt, n).getTime() <= t) return [`before:${n}`];
    }
    return [];
  }
  if (!tracked) return [];
  const start = overdueReminderAt(dueAt, 0).getTime();
  if (t < start) return [];
  const k = Math.floor((t - start) / (7 * DAY_MS));
  if (k >= 1 && settings.remindWeeklyOverdue) return [`overdue:w${k}`];
  if (settings.remindMorningAfter && (k === 0 || !settings.remindWeeklyOverdue)) return ["after:1"];
  return [];
}

/** Whole Vietnam calendar days from today to day X (before:N at day X−N → N). */
export function daysToDayX(dueAt: Date, now: Date): number {
  const todayStart = dueAtForBeforeDay(vnDayOf(now)).getTime();
  return Math.round((dayXStart(dueAt) - todayStart) / DAY_MS);
}

/** Title of a reminder: "Còn 3 ngày: nộp Mẫu 1 – 1045/KH-SQHKT", "Quá hạn 2 ngày: …", "Hạn chót hôm nay: …". */
export function reminderTitle(dueAt: Date, now: Date, deliverable: string, documentNumber: string): string {
  let head: string;
  if (now.getTime() >= dueAt.getTime()) head = `Quá hạn ${daysOverdue(dueAt, now)} ngày`;
  else {
    const d = daysToDayX(dueAt, now);
    head = d <= 0 ? "Hạn chót hôm nay" : `Còn ${d} ngày`;
  }
  return `${head}: ${deliverable} – ${documentNumber}`;
}

/** "yyyyMMddHHmm" of an instant in Vietnam time (key of a manual reminder: one per minute). */
export function vnMinuteStamp(now: Date): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16).replace(/[-T:]/g, "");
}

// ---- Settings validation (shared with the campaign form) ------------------------------------------

export const OFFSET_RANGE_MESSAGE = "Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60.";
export const OFFSET_COUNT_MESSAGE = "Tối đa 6 mốc nhắc trước hạn.";
export const OFFSET_DUPLICATE_MESSAGE = "Số ngày nhắc trước hạn bị trùng.";

/** The campaign's offsets as an array: integers 1..60, at most 6, no duplicates; stored sorted descending. */
export const reminderOffsetsSchema = z
  .array(z.number({ error: OFFSET_RANGE_MESSAGE }).int({ error: OFFSET_RANGE_MESSAGE }).min(1, { error: OFFSET_RANGE_MESSAGE }).max(60, { error: OFFSET_RANGE_MESSAGE }))
  .max(6, { error: OFFSET_COUNT_MESSAGE })
  .refine((a) => new Set(a).size === a.length, { error: OFFSET_DUPLICATE_MESSAGE })
  .transform((a) => [...a].sort((x, y) => y - x));

/** Parses the form's text "7, 3, 1" (empty = no reminder before the deadline). Returns an error message or the offsets. */
export function parseOffsetsText(text: string): { ok: true; offsets: number[] } | { ok: false; message: string } {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const nums: number[] = [];
  for (const p of parts) {
    if (!/^[+-]?\d+(\.\d+)?$/.test(p)) return { ok: false, message: OFFSET_RANGE_MESSAGE };
    nums.push(Number(p));
  }
  const r = reminderOffsetsSchema.safeParse(nums);
  if (!r.success) return { ok: false, message: r.error.issues[0]?.message ?? OFFSET_RANGE_MESSAGE };
  return { ok: true, offsets: r.data };
}

export function offsetsToText(offsets: readonly number[] | null | undefined): string {
  return (offsets ?? DEFAULT_REMINDER_OFFSETS).join(", ");
}

/** The form fields of the reminder settings (text input + two checkboxes). */
export const reminderSettingsFormSchema = z.object({
  reminderOffsetsText: z
    .string()
    .max(200, { error: OFFSET_RANGE_MESSAGE })
    .default("7, 3, 1")
    .superRefine((v, ctx) => {
      const r = parseOffsetsText(v);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
    }),
  remindMorningAfter: z.boolean().default(true),
  remindWeeklyOverdue: z.boolean().default(true),
});

/** Stored settings from the form values (the text is already validated). */
export function reminderSettingsFromForm(v: { reminderOffsetsText?: string; remindMorningAfter?: boolean; remindWeeklyOverdue?: boolean }): ReminderSettings & { reminderOffsetsDays: number[] } {
  const r = parseOffsetsText(v.reminderOffsetsText ?? "7, 3, 1");
  return {
    reminderOffsetsDays: r.ok ? r.offsets : [...DEFAULT_REMINDER_OFFSETS],
    remindMorningAfter: v.remindMorningAfter ?? true,
    remindWeeklyOverdue: v.remindWeeklyOverdue ?? true,
  };
}
