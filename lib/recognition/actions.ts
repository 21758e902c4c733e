"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { addRecognitionItems, deleteRecognition, recordRecognition, removeRecognitionItem, updateRecognition } from "./mutations";
import { RECOGNITION_LEVEL_LABELS } from "./rules";
import { addRecognitionItemsSchema, deleteRecognitionSchema, recordRecognitionSchema, removeRecognitionItemSchema, updateRecognitionSchema } from "./schemas";

/** "Ghi nhận quyết định công nhận" */
export async function recordRecognitionAction(input: unknown): Promise<ActionResult<{ decisionId: string; count: number }>> {
  return runAction({
    input,
    schema: recordRecognitionSchema,
    handler: (actor, data) => recordRecognition(actor, data),
    output: (res) => ({ decisionId: res.decisionId, count: res.count }),
    // The campaign's lists and the units' initiative lists and records show the recognition; so do award criteria.
    revalidate: ["campaigns", "unit", "initiatives", "awards"],
    message: (res) => `Đã ghi nhận Quyết định số ${res.number}: ${res.count} nội dung được công nhận ${RECOGNITION_LEVEL_LABELS[res.level]}.`,
  });
}

/** "Bổ sung nội dung vào quyết định" */
export async function addRecognitionItemsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: addRecognitionItemsSchema,
    handler: (actor, data) => addRecognitionItems(actor, data),
    output: () => undefined,
    revalidate: ["campaigns", "unit", "initiatives", "awards"],
    message: (res) => `Đã bổ sung ${res.count} nội dung vào Quyết định số ${res.number}.`,
  });
}

/** "Bỏ khỏi quyết định" */
export async function removeRecognitionItemAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: removeRecognitionItemSchema,
    handler: (actor, data) => removeRecognitionItem(actor, data),
    output: () => undefined,
    revalidate: ["campaigns", "unit", "initiatives", "awards"],
    message: (res) => `Đã bỏ nội dung khỏi Quyết định số ${res.number}.`,
  });
}

/** "Xoá quyết định (ghi nhận nhầm)" */
export async function deleteRecognitionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: deleteRecognitionSchema,
    handler: (actor, data) => deleteRecognition(actor, data),
    output: () => undefined,
    revalidate: ["campaigns", "unit", "initiatives", "awards"],
    message: (res) => `Đã xoá Quyết định công nhận số ${res.number}.`,
  });
}

/** "Sửa số, ngày, người ký" */
export async function updateRecognitionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: updateRecognitionSchema,
    handler: (actor, data) => updateRecognition(actor, data),
    output: () => undefined,
    revalidate: ["campaigns", "unit", "initiatives", "awards"],
    message: (res) => `Đã lưu Quyết định số ${res.number}.`,
  });
}
