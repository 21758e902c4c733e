"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { forwardProposals } from "./mutations";
import { forwardProposalsSchema } from "./schemas";

/** "Trình Hội đồng cấp trên" */
export async function forwardProposalsAction(input: unknown): Promise<ActionResult<{ count: number; parentCampaignId: string }>> {
  return runAction({
    input,
    schema: forwardProposalsSchema,
    handler: (actor, data) => forwardProposals(actor, data),
    output: (res) => ({ count: res.copies.length, parentCampaignId: res.parentCampaignId }),
    revalidate: ["campaigns", "awards"],
    message: (res) =>
      `Đã trình ${res.copies.length} đề nghị khen thưởng lên Kế hoạch ${res.parentDocumentNumber}${res.isLate ? " (trễ hạn)" : ""}. Hồ sơ chờ Thường trực cấp trên kiểm tra.`,
  });
}
