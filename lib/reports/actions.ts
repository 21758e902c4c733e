"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "./labels";
import { acceptReport, returnReport, saveReportDraft, submitReport, type ReportSaveResult } from "./mutations";
import { acceptReportSchema, reportFormSchema, returnReportSchema, type ReportFormInput } from "./schemas";

function revalidateUnit(campaignId: string, phase: keyof typeof PHASE_SLUGS, reportId?: string) {
  revalidatePath(`/unit/campaigns/${campaignId}/reports/${PHASE_SLUGS[phase]}`);
  revalidatePath(`/campaigns/${campaignId}/reports`, "layout");
  if (reportId) revalidatePath(`/reports/${reportId}`, "layout");
}

/** "Lưu nháp" and the editor's autosave. */
export async function saveReportDraftAction(input: ReportFormInput): Promise<ActionResult<ReportSaveResult>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(reportFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await saveReportDraft(actor, parsed.data);
    // No revalidation: the pages are rendered per request, and an autosave must not re-render the
    // editor's page under the user's typing.
    return { ok: true, data, message: "Đã lưu nháp." };
  } catch (err) {
    return failure(err);
  }
}

export async function submitReportAction(
  input: ReportFormInput,
): Promise<ActionResult<{ reportId: string; versionNo: number; isLate: boolean; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(reportFormSchema(), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await submitReport(actor, parsed.data);
    revalidateUnit(parsed.data.campaignId, parsed.data.phase, data.reportId);
    revalidatePath("/todo");
    const name = PHASE_REPORT_NAMES[parsed.data.phase];
    return {
      ok: true,
      data: { reportId: data.reportId, versionNo: data.versionNo, isLate: data.isLate, lockVersion: data.lockVersion },
      message: `Đã nộp ${name} (phiên bản ${data.versionNo})${data.isLate ? " – trễ hạn" : ""}.`,
    };
  } catch (err) {
    return failure(err);
  }
}

function revalidateReview(campaignId: string, reportId: string) {
  revalidatePath(`/campaigns/${campaignId}/reports`, "layout");
  revalidatePath(`/reports/${reportId}`, "layout");
  revalidatePath("/unit", "layout");
}

export async function returnReportAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(returnReportSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await returnReport(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.reportId);
    return { ok: true, data, message: "Đã trả lại báo cáo cho đơn vị để chỉnh sửa." };
  } catch (err) {
    return failure(err);
  }
}

export async function acceptReportAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(acceptReportSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await acceptReport(actor, parsed.data);
    revalidateReview(parsed.data.campaignId, parsed.data.reportId);
    return { ok: true, data, message: "Đã tiếp nhận báo cáo." };
  } catch (err) {
    return failure(err);
  }
}
