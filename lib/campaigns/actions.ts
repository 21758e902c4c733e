"use server";

import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import type { ActionResult } from "@/lib/actions/result";
import { parseArg } from "@/lib/actions/input";
import { runAction } from "@/lib/actions/run-action";
import { cloneCampaign, closeCampaign, publishCampaign } from "./lifecycle";
import { createCampaign, updateCampaign } from "./mutations";
import { campaignFormSchema, cloneCampaignSchema } from "./schemas";

const idSchema = z.string().trim().min(1).max(64);
const lockSchema = z.number().int().min(0).max(INT4_MAX);

export async function createCampaignAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    input,
    schema: campaignFormSchema,
    handler: (actor, data) => createCampaign(actor, data),
    output: (created) => ({ id: created.id }),
    revalidate: ["campaigns"],
    message: "Đã tạo kế hoạch (bản nháp).",
  });
}

export async function updateCampaignAction(id: string, input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  return runAction({
    input,
    schema: campaignFormSchema,
    handler: (actor, data) => updateCampaign(actor, parseArg(idSchema, id), data),
    revalidate: ["campaigns"],
    message: "Đã lưu kế hoạch.",
  });
}

export async function publishCampaignAction(id: string, lockVersion: number): Promise<ActionResult> {
  return runAction({
    handler: async (actor) => {
      await publishCampaign(actor, parseArg(idSchema, id), parseArg(lockSchema, lockVersion));
    },
    revalidate: ["campaigns"],
    message: "Đã ban hành kế hoạch. Các đơn vị tham gia đã thấy kế hoạch này.",
  });
}

export async function closeCampaignAction(id: string, lockVersion: number): Promise<ActionResult> {
  return runAction({
    handler: async (actor) => {
      await closeCampaign(actor, parseArg(idSchema, id), parseArg(lockSchema, lockVersion));
    },
    revalidate: ["campaigns"],
    message: "Đã kết thúc kế hoạch.",
  });
}

export async function cloneCampaignAction(id: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    input,
    schema: cloneCampaignSchema,
    handler: (actor, data) => cloneCampaign(actor, parseArg(idSchema, id), data),
    output: (created) => ({ id: created.id }),
    revalidate: ["campaigns"],
    message: "Đã nhân bản kế hoạch. Hãy kiểm tra và chỉnh sửa trước khi ban hành.",
  });
}
