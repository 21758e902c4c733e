"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, notFoundError, type ActionResult } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { sendManualReminder } from "./manual";

const schema = z.object({ campaignId: z.string().trim().min(1).max(64) });

export async function sendManualReminderAction(input: { campaignId: string }): Promise<ActionResult<{ people: number; units: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(notFoundError());
    const r = await sendManualReminder(actor, parsed.data.campaignId);
    revalidatePath(`/campaigns/${r.campaignId}`, "layout");
    return { ok: true, data: { people: r.people, units: r.units }, message: r.message };
  } catch (err) {
    return failure(err);
  }
}
