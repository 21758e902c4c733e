import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { formatTimeVN, vnDayOf, vnInstant } from "@/lib/time/vn";

/**
 * Council sessions prepared by the emulation standing office: shared by the server actions and the
 * client forms (zodResolver). The meeting's date and time are typed in Vietnam time and stored as an
 * instant (timestamptz).
 */

export const SESSION_TITLE_MAX = 500;
export const SESSION_LOCATION_MAX = 500;
export const SESSION_AGENDA_MAX = 20_000;
export const MAX_AGENDA_ADD = 500;
export const MAX_CONVENED = 200;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "yyyy-MM-dd" + "HH:mm" in Vietnam time → the instant; null when not a real date and time. */
export function vnDateTimeToInstant(date: string, time: string): Date | null {
  if (!DATE_RE.test(date) || !TIME_RE.test(time)) return null;
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || y < 2000 || y > 2100) return null;
  return vnInstant(y, m, d, hh, mm);
}

/** The inverse: the instant's Vietnam date ("yyyy-MM-dd") and time ("HH:mm"), for the form's inputs. */
export function instantToVnInputs(d: Date): { date: string; time: string } {
  return { date: vnDayOf(d), time: formatTimeVN(d) };
}

const id = z.string().min(1).max(64);
const lockVersion = z.coerce.number().int().min(0).max(INT4_MAX);
const tooLong = (n: number) => `Tối đa ${n.toLocaleString("vi-VN")} ký tự.`;

const title = text({ error: "Vui lòng nhập tên phiên họp." })
  .trim()
  .min(1, { error: "Vui lòng nhập tên phiên họp." })
  .max(SESSION_TITLE_MAX, { error: tooLong(SESSION_TITLE_MAX) });
const meetingDate = z.string({ error: "Vui lòng chọn ngày họp." }).regex(DATE_RE, { error: "Vui lòng chọn ngày họp." });
const meetingTime = z.string({ error: "Vui lòng nhập giờ họp (ví dụ 08:30)." }).regex(TIME_RE, { error: "Vui lòng nhập giờ họp (ví dụ 08:30)." });
const location = text()
  .trim()
  .max(SESSION_LOCATION_MAX, { error: tooLong(SESSION_LOCATION_MAX) })
  .nullish()
  .transform((v) => v || null);
const agenda = text()
  .trim()
  .max(SESSION_AGENDA_MAX, { error: tooLong(SESSION_AGENDA_MAX) })
  .nullish()
  .transform((v) => v || null);
export const BALLOT_MODES = ["OPEN", "SECRET"] as const;
const ballotMode = z.enum(BALLOT_MODES, { error: "Vui lòng chọn hình thức biểu quyết." });

function checkMeetingAt<T extends { meetingDate: string; meetingTime: string }>(v: T, ctx: z.RefinementCtx) {
  if (!vnDateTimeToInstant(v.meetingDate, v.meetingTime)) ctx.addIssue({ code: "custom", path: ["meetingDate"], message: "Ngày họp không hợp lệ." });
}

export const createSessionSchema = z
  .object({ campaignId: id, title, meetingDate, meetingTime, location, ballotMode })
  .superRefine(checkMeetingAt);

export const updateSessionDetailsSchema = z
  .object({ sessionId: id, lockVersion, title, meetingDate, meetingTime, location, agenda, ballotMode })
  .superRefine(checkMeetingAt);

export const updateSessionMembersSchema = z
  .object({
    sessionId: id,
    lockVersion,
    memberUserIds: z
      .array(id, { error: "Vui lòng chọn thành viên được triệu tập." })
      .min(1, { error: "Vui lòng chọn ít nhất một thành viên được triệu tập." })
      .max(MAX_CONVENED),
    chairUserId: z.string({ error: "Vui lòng chọn chủ trì phiên họp." }).min(1, { error: "Vui lòng chọn chủ trì phiên họp." }).max(64),
    secretaryUserId: z
      .string()
      .max(64)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (!v.memberUserIds.includes(v.chairUserId)) {
      ctx.addIssue({ code: "custom", path: ["chairUserId"], message: "Chủ trì phiên họp phải là một thành viên được triệu tập." });
    }
    if (v.secretaryUserId && !v.memberUserIds.includes(v.secretaryUserId)) {
      ctx.addIssue({ code: "custom", path: ["secretaryUserId"], message: "Thư ký phiên họp phải là một thành viên được triệu tập." });
    }
  });

export const addAgendaItemsSchema = z.object({
  sessionId: id,
  lockVersion,
  proposalIds: z
    .array(id, { error: "Vui lòng chọn hồ sơ để đưa vào chương trình." })
    .min(1, { error: "Vui lòng chọn ít nhất một hồ sơ để đưa vào chương trình." })
    .max(MAX_AGENDA_ADD, { error: `Mỗi lần thêm tối đa ${MAX_AGENDA_ADD} hồ sơ.` }),
});

export const removeAgendaItemSchema = z.object({ sessionId: id, lockVersion, itemId: id });
export const moveAgendaItemSchema = z.object({ sessionId: id, lockVersion, itemId: id, direction: z.enum(["up", "down"]) });
export const sessionRefSchema = z.object({ sessionId: id, lockVersion });

export type CreateSessionInput = z.infer<typeof createSessionSchema>;
export type UpdateSessionDetailsInput = z.infer<typeof updateSessionDetailsSchema>;
export type UpdateSessionMembersInput = z.infer<typeof updateSessionMembersSchema>;
export type AddAgendaItemsInput = z.infer<typeof addAgendaItemsSchema>;
export type RemoveAgendaItemInput = z.infer<typeof removeAgendaItemSchema>;
export type MoveAgendaItemInput = z.infer<typeof moveAgendaItemSchema>;
export type SessionRefInput = z.infer<typeof sessionRefSchema>;

/** Form values (before the transforms) for react-hook-form. */
export type CreateSessionForm = z.input<typeof createSessionSchema>;
export type SessionDetailsForm = z.input<typeof updateSessionDetailsSchema>;
export type SessionMembersForm = z.input<typeof updateSessionMembersSchema>;

/** Why voting cannot open yet (empty: it can). */
export function openVotingProblems(s: { itemCount: number; memberCount: number; chairConvened: boolean }): string[] {
  const out: string[] = [];
  if (s.itemCount < 1) out.push("Chương trình phiên họp chưa có hồ sơ nào.");
  if (s.memberCount < 1) out.push("Chưa triệu tập thành viên Hội đồng nào.");
  if (!s.chairConvened) out.push("Chủ trì phiên họp phải là một thành viên được triệu tập.");
  return out;
}
