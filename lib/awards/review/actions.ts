"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { admitProposal, returnProposal } from "./mutations";
import { admitProposalSchema, returnProposalSchema } from "./schemas";

/** The campaign's award and council pages, the proposal's own pages, and the proposing unit's. */
const REVIEWED: Section[] = ["campaigns", "awards", "unit"];

export async function returnProposalAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: returnProposalSchema,
    handler: (actor, data) => returnProposal(actor, data),
    revalidate: REVIEWED,
    message: "Đã trả lại hồ sơ cho đơn vị để chỉnh sửa.",
  });
}

export async function admitProposalAction(input: unknown): Promise<ActionResult<{ status: "ADMITTED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: admitProposalSchema,
    handler: (actor, data) => admitProposal(actor, data),
    revalidate: REVIEWED,
    message: "Đã tiếp nhận hồ sơ: đủ điều kiện trình Hội đồng Thi đua - Khen thưởng.",
  });
}
