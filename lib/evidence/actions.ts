"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { deleteEvidence } from "./mutations";

const deleteSchema = z.object({ fileId: z.string().min(1).max(64) });

/** Uploads go through POST /api/evidence (streamed, 20 MB per file); deleting is a server action. */
export async function deleteEvidenceAction(input: unknown): Promise<ActionResult<{ target: { kind: "initiative" | "report" | "award"; id: string } }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(deleteSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await deleteEvidence(actor, parsed.data);
    revalidatePath(
      data.target.kind === "initiative" ? `/initiatives/${data.target.id}` : data.target.kind === "report" ? `/reports/${data.target.id}` : `/awards/proposals/${data.target.id}`,
    );
    return { ok: true, data, message: data.target.kind === "award" ? "Đã xoá tài liệu." : "Đã xoá tệp minh chứng." };
  } catch (err) {
    return failure(err);
  }
}
