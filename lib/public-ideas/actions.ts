"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { idField, lockVersionField } from "@/lib/validation/fields";
import { acceptIdea, assessIdea, declineIdea, forwardIdea } from "./moderation";
import { acceptIdeaSchema, assessIdeaSchema, declineIdeaSchema, forwardIdeaSchema } from "./schemas";
import { setCampaignPublicity } from "./settings";

export async function forwardIdeaAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: forwardIdeaSchema, handler: (actor, data) => forwardIdea(actor, data), revalidate: ["campaigns", "unit"], message: "Đã chuyển hiến kế cho đơn vị đánh giá." });
}

export async function acceptIdeaAction(input: unknown): Promise<ActionResult<{ initiativeId: string }>> {
  return runAction({ input, schema: acceptIdeaSchema, handler: (actor, data) => acceptIdea(actor, data), revalidate: ["campaigns", "unit", "public"], message: "Đã ghi nhận hiến kế vào phong trào." });
}

export async function declineIdeaAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: declineIdeaSchema, handler: (actor, data) => declineIdea(actor, data), revalidate: ["campaigns", "unit"], message: "Đã trả lời người gửi: không ghi nhận." });
}

export async function assessIdeaAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: assessIdeaSchema, handler: (actor, data) => assessIdea(actor, data), revalidate: ["unit", "campaigns"], message: "Đã gửi ý kiến đánh giá cho Bộ phận CCHC." });
}

const publicitySchema = z.object({
  campaignId: idField,
  lockVersion: lockVersionField,
  isPublic: z.enum(["true", "false"]).transform((v) => v === "true"),
  acceptsPublicIdeas: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function setCampaignPublicityAction(input: unknown): Promise<ActionResult<{ isPublic: boolean; acceptsPublicIdeas: boolean }>> {
  return runAction({
    input,
    schema: publicitySchema,
    handler: (actor, data) => setCampaignPublicity(actor, data),
    revalidate: ["campaigns", "public"],
    message: (r) => (r.isPublic ? (r.acceptsPublicIdeas ? "Kế hoạch được công khai và nhận hiến kế của người dân, doanh nghiệp." : "Kế hoạch được công khai trên cổng.") : "Kế hoạch không còn hiển thị công khai."),
  });
}
