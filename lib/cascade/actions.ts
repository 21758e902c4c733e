"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { forwardInitiatives, resubmitForwardedRegistration, withdrawForwardedCopy } from "./mutations";
import { forwardInitiativesSchema, resubmitForwardSchema, withdrawForwardSchema } from "./schemas";

/** Both campaigns' pages (the origin's and the parent's) and the initiatives, whose pages show the forwarding's outcome. */
const FORWARDED: Section[] = ["campaigns", "initiatives"];

/** "Gửi lên kế hoạch <số>": the office or leadership forwards the selected typical initiatives. */
export async function forwardInitiativesAction(input: unknown): Promise<ActionResult<{ count: number; versionNo: number; parentCampaignId: string }>> {
  return runAction({
    input,
    schema: forwardInitiativesSchema,
    handler: (actor, data) => forwardInitiatives(actor, data),
    output: (res) => ({ count: res.copies.length, versionNo: res.versionNo, parentCampaignId: res.parentCampaignId }),
    revalidate: FORWARDED,
    message: (res) =>
      `Đã gửi ${res.copies.length} mô hình, giải pháp, sáng kiến lên kế hoạch ${res.parentDocumentNumber} (phiên bản ${res.versionNo}${res.isLate ? ", trễ hạn" : ""}).`,
  });
}

/** "Rút khỏi danh sách gửi lên": one forwarded copy out of the parent's returned registration. */
export async function withdrawForwardAction(input: unknown): Promise<ActionResult<{ remaining: number }>> {
  return runAction({
    input,
    schema: withdrawForwardSchema,
    handler: (actor, data) => withdrawForwardedCopy(actor, data),
    output: (res) => ({ remaining: res.remaining }),
    revalidate: FORWARDED,
    message: (res) =>
      `Đã rút nội dung khỏi Mẫu 1 gửi lên kế hoạch ${res.parentDocumentNumber} (còn ${res.remaining} nội dung). Nội dung gốc có thể gửi lại sau.`,
  });
}

/** "Nộp lại kế hoạch <cấp trên>": the returned registration in the parent frozen again as a new version. */
export async function resubmitForwardAction(input: unknown): Promise<ActionResult<{ versionNo: number }>> {
  return runAction({
    input,
    schema: resubmitForwardSchema,
    handler: (actor, data) => resubmitForwardedRegistration(actor, data),
    output: (res) => ({ versionNo: res.versionNo }),
    revalidate: FORWARDED,
    message: (res) =>
      `Đã nộp lại Mẫu 1 lên kế hoạch ${res.parentDocumentNumber} (phiên bản ${res.versionNo}, ${res.count} nội dung${res.isLate ? ", trễ hạn" : ""}).`,
  });
}
