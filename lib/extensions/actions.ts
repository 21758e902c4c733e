"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { formatDeadline } from "@/lib/time/vn";
import { grantExtension, revokeExtension } from "./mutations";
import { grantExtensionSchema, revokeExtensionSchema, type GrantExtensionInput, type RevokeExtensionInput } from "./schemas";

/** The campaign's pages (extensions, status, compliance) and the unit's due dates. */
const DEADLINES: Section[] = ["campaigns", "unit"];

export async function grantExtensionAction(input: GrantExtensionInput): Promise<ActionResult<{ extensionId: string }>> {
  return runAction({
    input,
    schema: grantExtensionSchema,
    handler: (actor, data) => grantExtension(actor, data),
    output: (data) => ({ extensionId: data.extensionId }),
    revalidate: DEADLINES,
    message: (data) => `Đã gia hạn cho ${data.unitName} đến ${formatDeadline(data.dueAt)}.`,
  });
}

export async function revokeExtensionAction(input: RevokeExtensionInput): Promise<ActionResult<{ extensionId: string }>> {
  return runAction({
    input,
    schema: revokeExtensionSchema,
    handler: (actor, data) => revokeExtension(actor, data),
    output: (data) => ({ extensionId: data.extensionId }),
    revalidate: DEADLINES,
    message: "Đã thu hồi gia hạn.",
  });
}
