"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { finaliseMinutes, generateMinutes, saveMinutes } from "./mutations";
import { finaliseMinutesSchema, generateMinutesSchema, saveMinutesSchema } from "./schemas";

/** "Tạo dự thảo biên bản" */
export async function generateMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; minutes: string }>> {
  return runAction({
    input,
    schema: generateMinutesSchema,
    handler: (actor, data) => generateMinutes(actor, data),
    revalidate: ["council"],
    message: "Đã tạo dự thảo biên bản từ kết quả phiên họp. Thư ký kiểm tra, bổ sung rồi hoàn tất.",
  });
}

/** "Lưu biên bản" */
export async function saveMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; savedAt: string }>> {
  return runAction({
    input,
    schema: saveMinutesSchema,
    handler: (actor, data) => saveMinutes(actor, data),
    output: (res) => ({ lockVersion: res.lockVersion, savedAt: res.savedAt.toISOString() }),
    revalidate: ["council"],
    message: "Đã lưu biên bản.",
  });
}

/** "Hoàn tất biên bản" */
export async function finaliseMinutesAction(input: unknown): Promise<ActionResult<{ lockVersion: number; savedAt: string }>> {
  return runAction({
    input,
    schema: finaliseMinutesSchema,
    handler: (actor, data) => finaliseMinutes(actor, data),
    output: (res) => ({ lockVersion: res.lockVersion, savedAt: res.savedAt.toISOString() }),
    revalidate: ["council"],
    message: "Đã hoàn tất biên bản. Biên bản không sửa được nữa.",
  });
}
