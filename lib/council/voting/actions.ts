"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { getBallotKey } from "@/lib/auth/ballot-key";
import { requireActionUser } from "@/lib/auth/session";
import { castVotes, closeBallot, markPresent, type CastVotesResult, type CloseResult } from "./mutations";
import { castVotesSchema, sessionRefSchema } from "./schemas";

function revalidateSession(sessionId: string) {
  revalidatePath(`/council/sessions/${sessionId}`, "layout");
  revalidatePath("/council");
}

/** "Tôi có mặt". */
export async function markPresentAction(input: unknown): Promise<ActionResult<{ presentAt: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(sessionRefSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await markPresent(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    return { ok: true, data: { presentAt: res.presentAt.toISOString() }, message: res.changed ? "Đã xác nhận bạn có mặt. Bạn có thể biểu quyết." : "Bạn đã xác nhận có mặt trước đó." };
  } catch (err) {
    return failure(err);
  }
}

/** "Ghi nhận biểu quyết": the member's choices for the items they chose on (secret ballot: with their key from the session cookie). */
export async function castVotesAction(input: unknown): Promise<ActionResult<CastVotesResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(castVotesSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await castVotes(actor, parsed.data, await getBallotKey());
    revalidateSession(parsed.data.sessionId);
    const saved = res.created + res.changed;
    return {
      ok: true,
      data: res,
      message: saved
        ? `Đã ghi nhận biểu quyết: ${res.created ? `${res.created} đề nghị mới` : ""}${res.created && res.changed ? ", " : ""}${res.changed ? `${res.changed} đề nghị thay đổi` : ""}. Bạn có thể thay đổi cho đến khi Chủ tịch kết thúc biểu quyết.`
        : "Biểu quyết của bạn không thay đổi.",
    };
  } catch (err) {
    return failure(err);
  }
}

/** "Kết thúc biểu quyết" (the chair). */
export async function closeBallotAction(input: unknown): Promise<ActionResult<CloseResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(sessionRefSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await closeBallot(actor, parsed.data);
    revalidateSession(parsed.data.sessionId);
    revalidatePath("/campaigns", "layout");
    revalidatePath("/awards", "layout");
    return {
      ok: true,
      data: res,
      message: `Đã kết thúc biểu quyết: ${res.approved} tán thành, ${res.rejected} không tán thành${res.noQuorum ? `, ${res.noQuorum} không đủ số thành viên có mặt` : ""}.`,
    };
  } catch (err) {
    return failure(err);
  }
}
