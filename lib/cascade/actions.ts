"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { forwardInitiatives, resubmitForwardedRegistration, withdrawForwardedCopy } from "./mutations";
import { forwardInitiativesSchema, resubmitForwardSchema, withdrawForwardSchema } from "./schemas";

/** "Gửi lên kế hoạch <số>": the office or leadership forwards the selected typical initiatives. */
export async function forwardInitiativesAction(input: unknown): Promise<ActionResult<{ count: number; versionNo: number; parentCampaignId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(forwardInitiativesSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await forwardInitiatives(actor, parsed.data);
    revalidatePath(`/campaigns/${parsed.data.campaignId}`, "layout");
    revalidatePath(`/campaigns/${res.parentCampaignId}`, "layout");
    revalidatePath("/initiatives/[id]", "page");
    return {
      ok: true,
      data: { count: res.copies.length, versionNo: res.versionNo, parentCampaignId: res.parentCampaignId },
      message: `Đã gửi ${res.copies.length} mô hình, giải pháp, sáng kiến lên kế hoạch ${res.parentDocumentNumber} (phiên bản ${res.versionNo}${
        res.isLate ? ", trễ hạn" : ""
      }).`,
    };
  } catch (err) {
    return failure(err);
  }
}

function revalidateForward(campaignId: string, parentCampaignId: string) {
  revalidatePath(`/campaigns/${campaignId}`, "layout");
  revalidatePath(`/campaigns/${parentCampaignId}`, "layout");
  revalidatePath("/initiatives/[id]", "page");
}

/** "Rút khỏi danh sách gửi lên": one forwarded copy out of the parent's returned registration. */
export async function withdrawForwardAction(input: unknown): Promise<ActionResult<{ remaining: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(withdrawForwardSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await withdrawForwardedCopy(actor, parsed.data);
    revalidateForward(parsed.data.campaignId, res.parentCampaignId);
    return {
      ok: true,
      data: { remaining: res.remaining },
      message: `Đã rút nội dung khỏi Mẫu 1 gửi lên kế hoạch ${res.parentDocumentNumber} (còn ${res.remaining} nội dung). Nội dung gốc có thể gửi lại sau.`,
    };
  } catch (err) {
    return failure(err);
  }
}

/** "Nộp lại kế hoạch <cấp trên>": the returned registration in the parent frozen again as a new version. */
export async function resubmitForwardAction(input: unknown): Promise<ActionResult<{ versionNo: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(resubmitForwardSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await resubmitForwardedRegistration(actor, parsed.data);
    revalidateForward(parsed.data.campaignId, res.parentCampaignId);
    return {
      ok: true,
      data: { versionNo: res.versionNo },
      message: `Đã nộp lại Mẫu 1 lên kế hoạch ${res.parentDocumentNumber} (phiên bản ${res.versionNo}, ${res.count} nội dung${res.isLate ? ", trễ hạn" : ""}).`,
    };
  } catch (err) {
    return failure(err);
  }
}
