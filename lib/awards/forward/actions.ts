"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { forwardProposals } from "./mutations";
import { forwardProposalsSchema } from "./schemas";

/** "Trình Hội đồng cấp trên" */
export async function forwardProposalsAction(input: unknown): Promise<ActionResult<{ count: number; parentCampaignId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(forwardProposalsSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await forwardProposals(actor, parsed.data);
    revalidatePath(`/campaigns/${parsed.data.campaignId}`, "layout");
    revalidatePath(`/campaigns/${res.parentCampaignId}`, "layout");
    revalidatePath("/awards/proposals/[id]", "page");
    return {
      ok: true,
      data: { count: res.copies.length, parentCampaignId: res.parentCampaignId },
      message: `Đã trình ${res.copies.length} đề nghị khen thưởng lên Kế hoạch ${res.parentDocumentNumber}${res.isLate ? " (trễ hạn)" : ""}. Hồ sơ chờ Thường trực cấp trên kiểm tra.`,
    };
  } catch (err) {
    return failure(err);
  }
}
