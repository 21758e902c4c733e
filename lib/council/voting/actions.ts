"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { getBallotKey } from "@/lib/auth/ballot-key";
import { castVotes, closeBallot, markPresent, type CastVotesResult, type CloseResult } from "./mutations";
import { castVotesSchema, sessionRefSchema } from "./schemas";

/** "Tôi có mặt". */
export async function markPresentAction(input: unknown): Promise<ActionResult<{ presentAt: string }>> {
  return runAction({
    input,
    schema: sessionRefSchema,
    handler: (actor, data) => markPresent(actor, data),
    output: (res) => ({ presentAt: res.presentAt.toISOString() }),
    revalidate: ["council"],
    message: (res) => (res.changed ? "Đã xác nhận bạn có mặt. Bạn có thể biểu quyết." : "Bạn đã xác nhận có mặt trước đó."),
  });
}

/** "Ghi nhận biểu quyết": the member's choices for the items they chose on (secret ballot: with their key from the session cookie). */
export async function castVotesAction(input: unknown): Promise<ActionResult<CastVotesResult>> {
  return runAction({
    input,
    schema: castVotesSchema,
    handler: async (actor, data) => castVotes(actor, data, await getBallotKey()),
    revalidate: ["council"],
    message: (res) => {
      const saved = res.created + res.changed;
      return saved
        ? `Đã ghi nhận biểu quyết: ${res.created ? `${res.created} đề nghị mới` : ""}${res.created && res.changed ? ", " : ""}${res.changed ? `${res.changed} đề nghị thay đổi` : ""}. Bạn có thể thay đổi cho đến khi Chủ tịch kết thúc biểu quyết.`
        : "Biểu quyết của bạn không thay đổi.";
    },
  });
}

/** "Kết thúc biểu quyết" (the chair): the results reach the campaign's award pages and the proposals. */
export async function closeBallotAction(input: unknown): Promise<ActionResult<CloseResult>> {
  return runAction({
    input,
    schema: sessionRefSchema,
    handler: (actor, data) => closeBallot(actor, data),
    revalidate: ["council", "campaigns", "awards"],
    message: (res) =>
      `Đã kết thúc biểu quyết: ${res.approved} tán thành, ${res.rejected} không tán thành${res.noQuorum ? `, ${res.noQuorum} không đủ số thành viên có mặt` : ""}.`,
  });
}
