"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { forwardInitiatives } from "./mutations";
import { forwardInitiativesSchema } from "./schemas";

/** "Gửi lên kế hoạch <số>": the office or leadership forwards the selected typical initiatives. */
export async function forwardInitiativesAction(input: unknown): Promise<ActionResult<{ count: number; versionNo: number; parentCampaignId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = forwardInitiativesSchema.safeParse(input);
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
