"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { acceptRegistration, returnRegistration } from "./mutations";
import { acceptRegistrationSchema, returnRegistrationSchema } from "./schemas";

function revalidateReview(campaignId: string, registrationId: string) {
  revalidatePath(`/campaigns/${campaignId}/registrations/${registrationId}`);
  revalidatePath(`/campaigns/${campaignId}/status`);
  revalidatePath(`/campaigns/${campaignId}/consolidated`);
}

export async function returnRegistrationAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(returnRegistrationSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await returnRegistration(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.registrationId);
    return { ok: true, data, message: "Đã trả lại biểu mẫu cho đơn vị để chỉnh sửa." };
  } catch (err) {
    return failure(err);
  }
}

export async function acceptRegistrationAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(acceptRegistrationSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await acceptRegistration(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.registrationId);
    return { ok: true, data, message: "Đã tiếp nhận biểu mẫu." };
  } catch (err) {
    return failure(err);
  }
}
