"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import type { PortalFacts } from "../criteria";
import { deleteProposalDraft, generateDossierDraft, saveProposalDraft, submitProposal, type ProposalSaveResult } from "./mutations";
import { previewNomineeFacts } from "./queries";
import { deleteProposalSchema, generateDraftSchema, previewSchema, proposalFormSchema, type ProposalFormInput } from "./schemas";

/** The unit's award pages, the campaign's award pages (the office's list) and the proposal's own. */
const PROPOSAL: Section[] = ["unit", "campaigns", "awards"];

/** "Lưu nháp" (creates the proposal on first save). */
export async function saveProposalDraftAction(input: ProposalFormInput): Promise<ActionResult<ProposalSaveResult>> {
  return runAction({
    input,
    schema: proposalFormSchema,
    handler: (actor, data) => saveProposalDraft(actor, data),
    revalidate: PROPOSAL,
    message: "Đã lưu nháp đề nghị khen thưởng.",
  });
}

/** "Xác nhận và nộp" (the unit's head). */
export async function submitProposalAction(
  input: ProposalFormInput,
): Promise<ActionResult<{ proposalId: string; versionNo: number; isLate: boolean; failsHardCriterion: boolean; lockVersion: number }>> {
  return runAction({
    input,
    schema: proposalFormSchema,
    handler: (actor, data) => submitProposal(actor, data),
    revalidate: [...PROPOSAL, "todo"],
    message: (data) =>
      `Đã nộp đề nghị khen thưởng (phiên bản ${data.versionNo})${data.isLate ? " – trễ hạn" : ""}. Thường trực Hội đồng Thi đua - Khen thưởng sẽ kiểm tra hồ sơ.`,
  });
}

export async function deleteProposalDraftAction(input: unknown): Promise<ActionResult<{ campaignId: string; unitId: string }>> {
  return runAction({
    input,
    schema: deleteProposalSchema,
    handler: (actor, data) => deleteProposalDraft(actor, data),
    revalidate: PROPOSAL,
    message: "Đã xoá đề nghị đang soạn.",
  });
}

/** "Tạo bản thảo" of a dossier document (.docx). */
export async function generateDossierDraftAction(input: unknown): Promise<ActionResult<{ fileId: string; fileName: string }>> {
  return runAction({
    input,
    schema: generateDraftSchema,
    handler: (actor, data) => generateDossierDraft(actor, data),
    output: (data) => ({ fileId: data.fileId, fileName: data.fileName }),
    // The new document is listed on the proposal's page.
    revalidate: ["awards"],
    message: (data) => `Đã tạo bản thảo “${data.fileName}”: tải về để hoàn chỉnh và ký.`,
  });
}

/** The portal's facts about the nominee being chosen, for the live criteria checklist (a read: nothing to revalidate). */
export async function previewNomineeFactsAction(input: unknown): Promise<ActionResult<{ facts: PortalFacts | null }>> {
  return runAction({
    input,
    schema: previewSchema,
    handler: async (actor, data) => ({ facts: await previewNomineeFacts(actor, data) }),
  });
}
