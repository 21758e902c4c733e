"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { deleteEvidence } from "./mutations";

const deleteSchema = z.object({ fileId: z.string().min(1).max(64) });

const SECTION_OF = { initiative: "initiatives", report: "reports", award: "awards" } as const;

/** Uploads go through POST /api/evidence (streamed, 20 MB per file); deleting is a server action. */
export async function deleteEvidenceAction(input: unknown): Promise<ActionResult<{ target: { kind: "initiative" | "report" | "award"; id: string } }>> {
  return runAction({
    input,
    schema: deleteSchema,
    handler: (actor, data) => deleteEvidence(actor, data),
    // The page of the record the file belonged to.
    revalidate: (data) => [SECTION_OF[data.target.kind]],
    message: (data) => (data.target.kind === "award" ? "Đã xoá tài liệu." : "Đã xoá tệp minh chứng."),
  });
}
