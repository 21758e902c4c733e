"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import type { SubmissionStatus, ReportPhase } from "@/lib/generated/prisma/enums";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "@/lib/reports/labels";
import { acceptSummary, generateSummaryDraft, returnSummary, saveSummary, submitSummary } from "./mutations";
import type { Sections, SectionKey } from "./rules";
import { acceptSummarySchema, returnSummarySchema, saveSummarySchema, submitSummarySchema, summaryRefSchema } from "./schemas";

function revalidateSummary(campaignId: string, phase: ReportPhase) {
  revalidatePath(`/campaigns/${campaignId}/summary`);
  revalidatePath(`/campaigns/${campaignId}/summary/${PHASE_SLUGS[phase]}`);
}

export async function saveSummaryAction(input: unknown): Promise<ActionResult<{ lockVersion: number; status: SubmissionStatus; savedAt: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(saveSummarySchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await saveSummary(actor, parsed.data);
    revalidateSummary(parsed.data.campaignId, parsed.data.phase);
    return { ok: true, data: { lockVersion: res.lockVersion, status: res.status, savedAt: res.savedAt.toISOString() }, message: "Đã lưu báo cáo." };
  } catch (err) {
    return failure(err);
  }
}

export async function generateSummaryDraftAction(
  input: unknown,
): Promise<ActionResult<{ sections: Omit<Sections, "proposals">; unitsIncluded: number; generatedSections: readonly SectionKey[] }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(summaryRefSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await generateSummaryDraft(actor, parsed.data);
    return {
      ok: true,
      data: res,
      message:
        res.unitsIncluded > 0
          ? `Đã tạo bản thảo từ báo cáo đã nộp của ${res.unitsIncluded} đơn vị và số liệu tổng hợp. Hãy xem lại, chỉnh sửa rồi bấm “Lưu”.`
          : "Chưa có đơn vị nào nộp báo cáo: bản thảo chỉ gồm số liệu tổng hợp. Hãy xem lại rồi bấm “Lưu”.",
    };
  } catch (err) {
    return failure(err);
  }
}

export async function submitSummaryAction(input: unknown): Promise<ActionResult<{ versionNo: number; isLate: boolean; lockVersion: number; hasParent: boolean }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(submitSummarySchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await submitSummary(actor, parsed.data);
    revalidateSummary(parsed.data.campaignId, parsed.data.phase);
    const name = PHASE_REPORT_NAMES[parsed.data.phase];
    return {
      ok: true,
      data: { versionNo: res.versionNo, isLate: res.isLate, lockVersion: res.lockVersion, hasParent: res.hasParent },
      message: res.hasParent
        ? `Đã gửi ${name} (phiên bản ${res.versionNo}) tới ${res.addressee}${res.isLate ? " — trễ hạn" : ""}.`
        : `Đã hoàn tất ${name} (phiên bản ${res.versionNo})${res.isLate ? " — trễ hạn" : ""}. Kế hoạch không có kế hoạch cấp trên trên cổng: in báo cáo để gửi bằng văn bản.`,
    };
  } catch (err) {
    return failure(err);
  }
}

function revalidateReview(parentId: string, summaryReportId: string, childCampaignId: string, phase: ReportPhase) {
  revalidatePath(`/campaigns/${parentId}/incoming`);
  revalidatePath(`/campaigns/${parentId}/incoming/${summaryReportId}`);
  revalidateSummary(childCampaignId, phase);
}

export async function returnSummaryAction(input: unknown): Promise<ActionResult<{ status: "RETURNED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(returnSummarySchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await returnSummary(actor, parsed.data);
    revalidateReview(parsed.data.parentCampaignId, parsed.data.summaryReportId, res.childCampaignId, res.phase);
    return { ok: true, data: { status: res.status, lockVersion: res.lockVersion }, message: "Đã trả lại báo cáo để chỉnh sửa." };
  } catch (err) {
    return failure(err);
  }
}

export async function acceptSummaryAction(input: unknown): Promise<ActionResult<{ status: "ACCEPTED"; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(acceptSummarySchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await acceptSummary(actor, parsed.data);
    revalidateReview(parsed.data.parentCampaignId, parsed.data.summaryReportId, res.childCampaignId, res.phase);
    return { ok: true, data: { status: res.status, lockVersion: res.lockVersion }, message: "Đã tiếp nhận báo cáo." };
  } catch (err) {
    return failure(err);
  }
}
