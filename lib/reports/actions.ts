"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { PHASE_REPORT_NAMES } from "./labels";
import { acceptReport, returnReport, saveReportDraft, submitReport, type ReportSaveResult } from "./mutations";
import { acceptReportSchema, reportFormSchema, returnReportSchema, type ReportFormInput } from "./schemas";

/** The unit's report pages, the office's list of the campaign's reports and the report's own pages. */
const REPORT: Section[] = ["unit", "campaigns", "reports"];

/** "Lưu nháp" and the editor's autosave. */
export async function saveReportDraftAction(input: ReportFormInput): Promise<ActionResult<ReportSaveResult>> {
  return runAction({
    input,
    schema: reportFormSchema(),
    handler: (actor, data) => saveReportDraft(actor, data),
    // No revalidation: the pages are rendered per request, and an autosave must not re-render the
    // editor's page under the user's typing.
    message: "Đã lưu nháp.",
  });
}

export async function submitReportAction(
  input: ReportFormInput,
): Promise<ActionResult<{ reportId: string; versionNo: number; isLate: boolean; lockVersion: number }>> {
  return runAction({
    input,
    schema: reportFormSchema(),
    handler: (actor, data) => submitReport(actor, data),
    output: (data) => ({ reportId: data.reportId, versionNo: data.versionNo, isLate: data.isLate, lockVersion: data.lockVersion }),
    revalidate: [...REPORT, "todo"],
    message: (data, form) => `Đã nộp ${PHASE_REPORT_NAMES[form.phase]} (phiên bản ${data.versionNo})${data.isLate ? " – trễ hạn" : ""}.`,
  });
}

export async function returnReportAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: returnReportSchema,
    handler: (actor, data) => returnReport(actor, data),
    revalidate: REPORT,
    message: "Đã trả lại báo cáo cho đơn vị để chỉnh sửa.",
  });
}

export async function acceptReportAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: acceptReportSchema,
    handler: (actor, data) => acceptReport(actor, data),
    revalidate: REPORT,
    message: "Đã tiếp nhận báo cáo.",
  });
}
