"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { finaliseMinutes, generateMinutes, saveMinutes } from "./mutations";
import { finaliseMinutesSchema, generateMinutesSchema, saveMinutesSchema } from "./schemas";

const revalidate = (sessionId: string) => revalidatePath(`/council/sessions/${sessionId}`, "layout");

/** "Tạo dự thảo biên bản" */
export async function generateMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; minutes: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(generateMinutesSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await generateMinutes(actor, parsed.data);
    revalidate(parsed.data.sessionId);
    return { ok: true, data: res, message: "Đã tạo dự thảo biên bản từ kết quả phiên họp. Thư ký kiểm tra, bổ sung rồi hoàn tất." };
  } catch (err) {
    return failure(err);
  }
}

/** "Lưu biên bản" */
export async function saveMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; savedAt: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(saveMinutesSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await saveMinutes(actor, parsed.data);
    revalidate(parsed.data.sessionId);
    return { ok: true, data: { lockVersion: res.lockVersion, savedAt: res.savedAt.toISOString() }, message: "Đã lưu biên bản." };
  } catch (err) {
    return failure(err);
  }
}

/** "Hoàn tất biên bản" */
export async function finaliseMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; savedAt: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(finaliseMinutesSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await finaliseMinutes(actor, parsed.data);
    revalidate(parsed.data.sessionId);
    return { ok: true, data: { lockVersion: res.lockVersion, savedAt: res.savedAt.toISOString() }, message: "Đã hoàn tất biên bản. Biên bản không sửa được nữa." };
  } catch (err) {
    return failure(err);
  }
}
