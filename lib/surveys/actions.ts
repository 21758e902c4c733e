"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { addMember, addVisit, announceRound, cancelVisit, createPlan, createRound, removeMember, updatePlan, updateVisit } from "./mutations";
import {
  cancelVisitSchema,
  findingSchema,
  memberRefSchema,
  memberSchema,
  planSchema,
  proposalSchema,
  roundReportSchema,
  roundRefSchema,
  roundSchema,
  unitReportSchema,
  updatePlanSchema,
  updateVisitSchema,
  visitRefSchema,
  visitSchema,
} from "./schemas";
import { closeSurveyRound, generateRoundDraft, saveFinding, saveRoundReport, saveUnitReport, setProposal, submitUnitReport } from "./work";
import { z } from "zod";

// A survey shows on its pages, the visited unit's pages, to-do lists, the menu (team membership) and notifications.
const SECTIONS: Section[] = ["surveys", "unit", "todo", "portal"];
const roundLockSchema = z.object({ roundId: z.string().trim().min(1).max(64), lockVersion: z.coerce.number().int().min(0).max(2_147_483_647) });

export async function createPlanAction(input: unknown): Promise<ActionResult<{ planId: string }>> {
  return runAction({ input, schema: planSchema, handler: createPlan, revalidate: SECTIONS, message: "Đã lập kế hoạch khảo sát." });
}
export async function updatePlanAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: updatePlanSchema, handler: updatePlan, revalidate: SECTIONS, message: "Đã lưu kế hoạch khảo sát." });
}
export async function createRoundAction(input: unknown): Promise<ActionResult<{ roundId: string }>> {
  return runAction({ input, schema: roundSchema, handler: createRound, revalidate: SECTIONS, message: "Đã tạo đợt khảo sát." });
}
export async function addMemberAction(input: unknown): Promise<ActionResult<{ memberId: string }>> {
  return runAction({ input, schema: memberSchema, handler: addMember, revalidate: SECTIONS, message: "Đã thêm thành viên đoàn." });
}
export async function removeMemberAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: memberRefSchema, handler: removeMember, revalidate: SECTIONS, message: "Đã bỏ thành viên khỏi đoàn." });
}
export async function addVisitAction(input: unknown): Promise<ActionResult<{ visitId: string }>> {
  return runAction({ input, schema: visitSchema, handler: addVisit, revalidate: SECTIONS, message: "Đã lên lịch khảo sát." });
}
export async function updateVisitAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: updateVisitSchema, handler: updateVisit, revalidate: SECTIONS, message: "Đã đổi lịch khảo sát." });
}
export async function cancelVisitAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: cancelVisitSchema, handler: (a, d) => cancelVisit(a, d), revalidate: SECTIONS, message: "Đã hủy lịch khảo sát." });
}
export async function announceRoundAction(input: unknown): Promise<ActionResult<{ visits: number; notified: number }>> {
  return runAction({ input, schema: roundRefSchema, handler: (a, d) => announceRound(a, d), revalidate: SECTIONS, message: (r) => `Đã thông báo đợt khảo sát: ${r.visits} buổi, ${r.notified} lượt thư mời.` });
}
export async function saveUnitReportAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({ input, schema: unitReportSchema, handler: (a, d) => saveUnitReport(a, d as never), revalidate: SECTIONS, message: "Đã lưu báo cáo." });
}
export async function submitUnitReportAction(input: unknown): Promise<ActionResult<{ late: boolean }>> {
  return runAction({ input, schema: visitRefSchema, handler: (a, d) => submitUnitReport(a, d), revalidate: SECTIONS, message: (r) => (r.late ? "Đã gửi báo cáo (trễ hạn)." : "Đã gửi báo cáo cho đoàn khảo sát.") });
}
export async function saveFindingAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: findingSchema, handler: saveFinding, revalidate: SECTIONS, message: "Đã lưu kết quả khảo sát." });
}
export async function generateRoundDraftAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: roundLockSchema, handler: (a, d) => generateRoundDraft(a, d), revalidate: SECTIONS, message: "Đã tạo dự thảo báo cáo từ báo cáo của đơn vị và kết quả khảo sát." });
}
export async function saveRoundReportAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: roundReportSchema, handler: (a, d) => saveRoundReport(a, d), revalidate: SECTIONS, message: "Đã lưu báo cáo kết quả khảo sát." });
}
export async function setProposalAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: proposalSchema, handler: setProposal, revalidate: [...SECTIONS, "campaigns"], message: "Đã lưu đề xuất." });
}
export async function closeSurveyRoundAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: roundLockSchema, handler: (a, d) => closeSurveyRound(a, d), revalidate: [...SECTIONS, "campaigns"], message: "Đã kết thúc đợt khảo sát; các đề xuất công nhận được chuyển tới lãnh đạo." });
}
