"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { setEvidenceShareable, setModelPublic, updateModelDescription } from "./mutations";
import { modelPublicSchema, shareEvidenceSchema, updateDescriptionSchema } from "./schemas";

export async function updateModelDescriptionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: updateDescriptionSchema,
    handler: (actor, data) => updateModelDescription(actor, data),
    revalidate: ["library"],
    message: "Đã lưu mô tả mô hình.",
  });
}

export async function setEvidenceShareableAction(input: unknown): Promise<ActionResult<{ shareable: boolean }>> {
  return runAction({
    input,
    schema: shareEvidenceSchema,
    handler: (actor, data) => setEvidenceShareable(actor, data),
    revalidate: ["library", "initiatives"],
    message: (r) => (r.shareable ? "Tệp được chia sẻ trong thư viện điển hình." : "Tệp không còn được chia sẻ."),
  });
}

export async function setModelPublicAction(input: unknown): Promise<ActionResult<{ isPublic: boolean }>> {
  return runAction({
    input,
    schema: modelPublicSchema,
    handler: (actor, data) => setModelPublic(actor, data),
    revalidate: ["library"],
    message: (r) => (r.isPublic ? "Mô hình đã được công khai trên cổng." : "Mô hình không còn hiển thị công khai."),
  });
}
