"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, notFoundError, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { sendManualReminder } from "./manual";

const schema = z.object({ campaignId: z.string().trim().min(1).max(64), milestoneId: z.string().trim().min(1).max(64).optional() });

/** The office's "remind every unit not done": Mẫu 1 by default, or the units' report of the given milestone. */
export async function sendManualReminderAction(input: { campaignId: string; milestoneId?: string }): Promise<ActionResult<{ people: number; units: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(schema, input);
    if (!parsed.success) return failure(notFoundError());
    const r = await sendManualReminder(actor, parsed.data.campaignId, new Date(), parsed.data.milestoneId);
    revalidatePath(`/campaigns/${r.campaignId}`, "layout");
    return { ok: true, data: { people: r.people, units: r.units }, message: r.message };
  } catch (err) {
    return failure(err);
  }
}
