"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseArg, parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { cloneCampaign, closeCampaign, publishCampaign } from "./lifecycle";
import { createCampaign, updateCampaign } from "./mutations";
import { campaignFormSchema, cloneCampaignSchema } from "./schemas";

const idSchema = z.string().trim().min(1).max(64);
const lockSchema = z.number().int().min(0).max(INT4_MAX);

function revalidateCampaign(id?: string) {
  revalidatePath("/campaigns");
  if (id) revalidatePath(`/campaigns/${id}`, "layout");
}

export async function createCampaignAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(campaignFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const created = await createCampaign(actor, parsed.data);
    revalidateCampaign(created.id);
    return { ok: true, data: { id: created.id }, message: "Đã tạo kế hoạch (bản nháp)." };
  } catch (err) {
    return failure(err);
  }
}

export async function updateCampaignAction(id: string, input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const campaignId = parseArg(idSchema, id);
    const parsed = parseInput(campaignFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const saved = await updateCampaign(actor, campaignId, parsed.data);
    revalidateCampaign(campaignId);
    return { ok: true, data: saved, message: "Đã lưu kế hoạch." };
  } catch (err) {
    return failure(err);
  }
}

export async function publishCampaignAction(id: string, lockVersion: number): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    await publishCampaign(actor, parseArg(idSchema, id), parseArg(lockSchema, lockVersion));
    revalidateCampaign(id);
    return { ok: true, data: undefined, message: "Đã ban hành kế hoạch. Các đơn vị tham gia đã thấy kế hoạch này." };
  } catch (err) {
    return failure(err);
  }
}

export async function closeCampaignAction(id: string, lockVersion: number): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    await closeCampaign(actor, parseArg(idSchema, id), parseArg(lockSchema, lockVersion));
    revalidateCampaign(id);
    return { ok: true, data: undefined, message: "Đã kết thúc kế hoạch." };
  } catch (err) {
    return failure(err);
  }
}

export async function cloneCampaignAction(id: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(cloneCampaignSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const created = await cloneCampaign(actor, parseArg(idSchema, id), parsed.data);
    revalidateCampaign(created.id);
    return { ok: true, data: { id: created.id }, message: "Đã nhân bản kế hoạch. Hãy kiểm tra và chỉnh sửa trước khi ban hành." };
  } catch (err) {
    return failure(err);
  }
}
