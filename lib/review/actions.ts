"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { acceptRegistration, returnRegistration } from "./mutations";
import { acceptRegistrationSchema, returnRegistrationSchema } from "./schemas";

/** The campaign's review, status and consolidated pages; the registration's own pages and the unit's. */
const REVIEWED: Section[] = ["campaigns", "registrations", "unit"];

export async function returnRegistrationAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: returnRegistrationSchema,
    handler: (actor, data) => returnRegistration(actor, data),
    revalidate: REVIEWED,
    message: "Đã trả lại biểu mẫu cho đơn vị để chỉnh sửa.",
  });
}

export async function acceptRegistrationAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: acceptRegistrationSchema,
    handler: (actor, data) => acceptRegistration(actor, data),
    revalidate: REVIEWED,
    message: "Đã tiếp nhận biểu mẫu.",
  });
}
