"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/time/vn";
import { grantExtension, revokeExtension } from "./mutations";
import { grantExtensionSchema, revokeExtensionSchema, type GrantExtensionInput, type RevokeExtensionInput } from "./schemas";

function revalidate(campaignId: string) {
  revalidatePath(`/campaigns/${campaignId}`, "layout");
  revalidatePath("/unit", "layout");
}

export async function grantExtensionAction(input: GrantExtensionInput): Promise<ActionResult<{ extensionId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(grantExtensionSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await grantExtension(actor, parsed.data);
    revalidate(parsed.data.campaignId);
    return { ok: true, data: { extensionId: data.extensionId }, message: `Đã gia hạn cho ${data.unitName} đến ${formatDeadline(data.dueAt)}.` };
  } catch (err) {
    return failure(err);
  }
}

export async function revokeExtensionAction(input: RevokeExtensionInput): Promise<ActionResult<{ extensionId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(revokeExtensionSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await revokeExtension(actor, parsed.data);
    revalidate(data.campaignId);
    return { ok: true, data: { extensionId: data.extensionId }, message: "Đã thu hồi gia hạn." };
  } catch (err) {
    return failure(err);
  }
}
