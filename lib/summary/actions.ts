"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { PHASE_REPORT_NAMES } from "@/lib/reports/labels";
import { acceptSummary, generateSummaryDraft, returnSummary, saveSummary, submitSummary } from "./mutations";
import type { Sections, SectionKey } from "./rules";
import { acceptSummarySchema, returnSummarySchema, saveSummarySchema, submitSummarySchema, summaryRefSchema } from "./schemas";

// The consolidated report's pages (/campaigns/<id>/summary/…) and, at the level above, what arrived
// (/campaigns/<parent>/incoming/…): all campaign pages.

export async function saveSummaryAction(input: unknown): Promise<ActionResult<{ lockVersion: number; status: SubmissionStatus; savedAt: string }>> {
  return runAction({
    input,
    schema: saveSummarySchema,
    handler: (actor, data) => saveSummary(actor, data),
    output: (res) => ({ lockVersion: res.lockVersion, status: res.status, savedAt: res.savedAt.toISOString() }),
    revalidate: ["campaigns"],
    message: "Đã lưu báo cáo.",
  });
}

/** A draft for the editor: nothing saved, nothing to revalidate. */
export async function generateSummaryDraftAction(
  input: unknown,
): Promise<ActionResult<{ sections: Omit<Sections, "proposals">; unitsIncluded: number; generatedSections: readonly SectionKey[] }>> {
  return runAction({
    input,
    schema: summaryRefSchema,
    handler: (actor, data) => generateSummaryDraft(actor, data),
    message: (res) =>
      res.unitsIncluded > 0
        ? `Đã tạo bản thảo từ báo cáo đã nộp của ${res.unitsIncluded} đơn vị và số liệu tổng hợp. Hãy xem lại, chỉnh sửa rồi bấm “Lưu”.`
        : "Chưa có đơn vị nào nộp báo cáo: bản thảo chỉ gồm số liệu tổng hợp. Hãy xem lại rồi bấm “Lưu”.",
  });
}

export async function submitSummaryAction(input: unknown): Promise<ActionResult<{ versionNo: number; isLate: boolean; lockVersion: number; hasParent: boolean }>> {
  return runAction({
    input,
    schema: submitSummarySchema,
    handler: (actor, data) => submitSummary(actor, data),
    output: (res) => ({ versionNo: res.versionNo, isLate: res.isLate, lockVersion: res.lockVersion, hasParent: res.hasParent }),
    revalidate: ["campaigns"],
    message: (res, data) => {
      const name = PHASE_REPORT_NAMES[data.phase];
      return res.hasParent
        ? `Đã gửi ${name} (phiên bản ${res.versionNo}) tới ${res.addressee}${res.isLate ? " — trễ hạn" : ""}.`
        : `Đã hoàn tất ${name} (phiên bản ${res.versionNo})${res.isLate ? " — trễ hạn" : ""}. Kế hoạch không có kế hoạch cấp trên trên cổng: in báo cáo để gửi bằng văn bản.`;
    },
  });
}

export async function returnSummaryAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: returnSummarySchema,
    handler: (actor, data) => returnSummary(actor, data),
    output: (res) => ({ status: res.status, lockVersion: res.lockVersion }),
    revalidate: ["campaigns"],
    message: "Đã trả lại báo cáo để chỉnh sửa.",
  });
}

export async function acceptSummaryAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  return runAction({
    input,
    schema: acceptSummarySchema,
    handler: (actor, data) => acceptSummary(actor, data),
    output: (res) => ({ status: res.status, lockVersion: res.lockVersion }),
    revalidate: ["campaigns"],
    message: "Đã tiếp nhận báo cáo.",
  });
}
