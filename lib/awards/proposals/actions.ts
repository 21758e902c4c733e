"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import type { PortalFacts } from "../criteria";
import { deleteProposalDraft, generateDossierDraft, saveProposalDraft, submitProposal, type ProposalSaveResult } from "./mutations";
import { previewNomineeFacts } from "./queries";
import { deleteProposalSchema, generateDraftSchema, previewSchema, proposalFormSchema, type ProposalFormInput } from "./schemas";

function revalidateProposal(campaignId: string, proposalId?: string) {
  revalidatePath(`/unit/campaigns/${campaignId}/awards`);
  revalidatePath(`/campaigns/${campaignId}/awards`, "layout");
  if (proposalId) revalidatePath(`/awards/proposals/${proposalId}`, "layout");
}

/** "Lưu nháp" (creates the proposal on first save). */
export async function saveProposalDraftAction(input: ProposalFormInput): Promise<ActionResult<ProposalSaveResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(proposalFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await saveProposalDraft(actor, parsed.data);
    revalidateProposal(parsed.data.campaignId, data.proposalId);
    return { ok: true, data, message: "Đã lưu nháp đề nghị khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}

/** "Xác nhận và nộp" (the unit's head). */
export async function submitProposalAction(
  input: ProposalFormInput,
): Promise<ActionResult<{ proposalId: string; versionNo: number; isLate: boolean; failsHardCriterion: boolean; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(proposalFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await submitProposal(actor, parsed.data);
    revalidateProposal(parsed.data.campaignId, data.proposalId);
    revalidatePath("/todo");
    return {
      ok: true,
      data,
      message: `Đã nộp đề nghị khen thưởng (phiên bản ${data.versionNo})${data.isLate ? " – trễ hạn" : ""}. Thường trực Hội đồng Thi đua - Khen thưởng sẽ kiểm tra hồ sơ.`,
    };
  } catch (err) {
    return failure(err);
  }
}

export async function deleteProposalDraftAction(input: unknown): Promise<ActionResult<{ campaignId: string; unitId: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(deleteProposalSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await deleteProposalDraft(actor, parsed.data);
    revalidateProposal(data.campaignId);
    return { ok: true, data, message: "Đã xoá đề nghị đang soạn." };
  } catch (err) {
    return failure(err);
  }
}

/** "Tạo bản thảo" of a dossier document (.docx). */
export async function generateDossierDraftAction(input: unknown): Promise<ActionResult<{ fileId: string; fileName: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(generateDraftSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await generateDossierDraft(actor, parsed.data);
    revalidatePath(`/awards/proposals/${parsed.data.proposalId}`);
    return { ok: true, data: { fileId: data.fileId, fileName: data.fileName }, message: `Đã tạo bản thảo “${data.fileName}”: tải về để hoàn chỉnh và ký.` };
  } catch (err) {
    return failure(err);
  }
}

/** The portal's facts about the nominee being chosen, for the live criteria checklist. */
export async function previewNomineeFactsAction(input: unknown): Promise<ActionResult<{ facts: PortalFacts | null }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(previewSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    return { ok: true, data: { facts: await previewNomineeFacts(actor, parsed.data) } };
  } catch (err) {
    return failure(err);
  }
}
