"use server";

import { z } from "zod";
import { notFoundError, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { runAction } from "@/lib/actions/run-action";
import { sendManualReminder } from "./manual";

const schema = z.object({ campaignId: z.string().trim().min(1).max(64), milestoneId: z.string().trim().min(1).max(64).optional() });

/** The office's "remind every unit not done": Mẫu 1 by default, or the units' report of the given milestone. */
export async function sendManualReminderAction(input: { campaignId: string; milestoneId?: string }): Promise<ActionResult<{ people: number; units: number }>> {
  return runAction({
    // Parsed in the handler: a malformed reference is "not found" (the button has no fields to mark).
    handler: (actor) => {
      const parsed = parseInput(schema, input);
      if (!parsed.success) throw notFoundError();
      return sendManualReminder(actor, parsed.data.campaignId, new Date(), parsed.data.milestoneId);
    },
    output: (r) => ({ people: r.people, units: r.units }),
    revalidate: ["campaigns"],
    message: (r) => r.message,
  });
}
