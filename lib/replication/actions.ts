"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import { addAdoptionResult, adoptModel, assignReplication, cancelAssignment, removeAdoptionResult, reportAdoption, updateAdoptionProgress, withdrawAdoption } from "./mutations";
import { addResultSchema, adoptSchema, adoptionProgressSchema, adoptionRefSchema, assignmentRefSchema, assignSchema, removeResultSchema, reportAdoptionSchema } from "./schemas";

// An adoption shows on the unit's pages, the model's page in the library, the assigners' lists and to-do lists.
const SECTIONS: Section[] = ["unit", "library", "replication", "todo"];

export async function adoptModelAction(input: unknown): Promise<ActionResult<{ adoptionId: string }>> {
  return runAction({ input, schema: adoptSchema, handler: adoptModel, revalidate: SECTIONS, message: "Đã đăng ký nhân rộng mô hình." });
}

export async function updateAdoptionProgressAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: adoptionProgressSchema, handler: updateAdoptionProgress, revalidate: SECTIONS, message: "Đã lưu tiến độ." });
}

export async function addAdoptionResultAction(input: unknown): Promise<ActionResult<{ resultId: string }>> {
  return runAction({ input, schema: addResultSchema, handler: addAdoptionResult, revalidate: SECTIONS, message: "Đã thêm kết quả." });
}

export async function removeAdoptionResultAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: removeResultSchema, handler: removeAdoptionResult, revalidate: SECTIONS, message: "Đã xoá kết quả." });
}

export async function reportAdoptionAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: reportAdoptionSchema, handler: (actor, data) => reportAdoption(actor, data), revalidate: SECTIONS, message: "Đã gửi báo cáo kết quả nhân rộng." });
}

export async function withdrawAdoptionAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: adoptionRefSchema, handler: withdrawAdoption, revalidate: SECTIONS, message: "Đã rút đăng ký nhân rộng." });
}

export async function assignReplicationAction(input: unknown): Promise<ActionResult<{ assignmentId: string; count: number }>> {
  return runAction({ input, schema: assignSchema, handler: (actor, data) => assignReplication(actor, data), revalidate: SECTIONS, message: (r) => `Đã giao nhân rộng cho ${r.count} đơn vị.` });
}

export async function cancelAssignmentAction(input: unknown): Promise<ActionResult> {
  return runAction({ input, schema: assignmentRefSchema, handler: (actor, data) => cancelAssignment(actor, data), revalidate: SECTIONS, message: "Đã hủy việc giao nhân rộng." });
}
