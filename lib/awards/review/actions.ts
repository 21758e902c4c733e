"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { admitProposal, returnProposal } from "./mutations";
import { admitProposalSchema, returnProposalSchema } from "./schemas";

function revalidateReview(campaignId: string, proposalId: string) {
  revalidatePath(`/campaigns/${campaignId}/awards`, "layout");
  revalidatePath(`/campaigns/${campaignId}/council`, "layout");
  revalidatePath(`/awards/proposals/${proposalId}`, "layout");
  revalidatePath("/unit", "layout");
}

export async function returnProposalAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(returnProposalSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await returnProposal(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.proposalId);
    return { ok: true, data, message: "Đã trả lại hồ sơ cho đơn vị để chỉnh sửa." };
  } catch (err) {
    return failure(err);
  }
}

export async function admitProposalAction(input: unknown): Promise<ActionResult<{ status: "ADMITTED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(admitProposalSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await admitProposal(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.proposalId);
    return { ok: true, data, message: "Đã tiếp nhận hồ sơ: đủ điều kiện trình Hội đồng Thi đua - Khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}
