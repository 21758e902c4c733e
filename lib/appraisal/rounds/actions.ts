"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import type { Section } from "@/lib/actions/sections";
import {
  addCriterion,
  addEvaluator,
  addItems,
  addItemsByRule,
  addPair,
  autoAssign,
  closeRound,
  createRound,
  moveCriterion,
  openRound,
  removeCriterion,
  removeEvaluator,
  removeItem,
  removePair,
  reopenRound,
  updateCriterion,
  updateRound,
  type AutoAssignOutcome,
} from "./mutations";
import {
  addCriterionSchema,
  addEvaluatorSchema,
  addItemsByRuleSchema,
  addItemsSchema,
  addPairSchema,
  createRoundSchema,
  moveCriterionSchema,
  removeCriterionSchema,
  removeEvaluatorSchema,
  removeItemSchema,
  removePairSchema,
  roundIdSchema,
  roundRefSchema,
  updateCriterionSchema,
  updateRoundSchema,
} from "./schemas";

// A round's set-up shows on the campaign's pages; its panel and deadline on the evaluators' queue and to-do list.
const SECTIONS: Section[] = ["campaigns", "appraisal", "todo"];

export async function createRoundAction(input: unknown): Promise<ActionResult<{ roundId: string; itemsAdded: number }>> {
  return runAction({
    input,
    schema: createRoundSchema,
    handler: (actor, data) => createRound(actor, data),
    revalidate: SECTIONS,
    message: (res) => `Đã tạo đợt thẩm định${res.itemsAdded ? ` với ${res.itemsAdded} nội dung` : ""}.`,
  });
}

export async function updateRoundAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({ input, schema: updateRoundSchema, handler: (actor, data) => updateRound(actor, data), revalidate: SECTIONS, message: "Đã lưu thông tin đợt thẩm định." });
}

export async function addItemsByRuleAction(input: unknown): Promise<ActionResult<{ added: number }>> {
  return runAction({
    input,
    schema: addItemsByRuleSchema,
    handler: (actor, data) => addItemsByRule(actor, data.roundId, data.rule),
    revalidate: SECTIONS,
    message: (res) => (res.added ? `Đã đưa ${res.added} nội dung vào đợt.` : "Không có nội dung mới nào phù hợp."),
  });
}

export async function addItemsAction(input: unknown): Promise<ActionResult<{ added: number; skipped: number }>> {
  return runAction({
    input,
    schema: addItemsSchema,
    handler: (actor, data) => addItems(actor, data.roundId, data.initiativeIds),
    revalidate: SECTIONS,
    message: (res) => `Đã đưa ${res.added} nội dung vào đợt${res.skipped ? ` (${res.skipped} nội dung đã có sẵn)` : ""}.`,
  });
}

export async function removeItemAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: removeItemSchema,
    handler: async (actor, data) => {
      await removeItem(actor, data.roundId, data.itemId);
    },
    revalidate: SECTIONS,
    message: "Đã đưa nội dung ra khỏi đợt.",
  });
}

export async function addCriterionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    input,
    schema: addCriterionSchema,
    handler: (actor, { roundId, ...c }) => addCriterion(actor, roundId, c),
    revalidate: SECTIONS,
    message: "Đã thêm tiêu chí.",
  });
}

export async function updateCriterionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: updateCriterionSchema,
    handler: async (actor, { roundId, criterionId, ...c }) => {
      await updateCriterion(actor, roundId, criterionId, c);
    },
    revalidate: SECTIONS,
    message: "Đã lưu tiêu chí.",
  });
}

export async function removeCriterionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: removeCriterionSchema,
    handler: async (actor, data) => {
      await removeCriterion(actor, data.roundId, data.criterionId);
    },
    revalidate: SECTIONS,
    message: "Đã xoá tiêu chí.",
  });
}

export async function moveCriterionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: moveCriterionSchema,
    handler: async (actor, data) => {
      await moveCriterion(actor, data.roundId, data.criterionId, data.direction);
    },
    revalidate: SECTIONS,
  });
}

export async function addEvaluatorAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({ input, schema: addEvaluatorSchema, handler: (actor, data) => addEvaluator(actor, data.roundId, data.userId), revalidate: SECTIONS, message: "Đã thêm người chấm." });
}

export async function removeEvaluatorAction(input: unknown): Promise<ActionResult<{ filled: number; shortfalls: number }>> {
  return runAction({
    input,
    schema: removeEvaluatorSchema,
    handler: (actor, data) => removeEvaluator(actor, data.roundId, data.evaluatorId),
    revalidate: SECTIONS,
    message: (res) =>
      `Đã đưa người chấm ra khỏi tổ thẩm định.${res.filled ? ` Đã phân công lại ${res.filled} lượt chấm.` : ""}${res.shortfalls ? ` ${res.shortfalls} nội dung chưa đủ người chấm.` : ""}`,
  });
}

export async function autoAssignAction(input: unknown): Promise<ActionResult<AutoAssignOutcome>> {
  return runAction({
    input,
    schema: roundIdSchema,
    handler: (actor, data) => autoAssign(actor, data.roundId),
    revalidate: SECTIONS,
    message: (res) => `Đã phân công tự động: ${res.created} lượt chấm mới.${res.shortfallText ? ` ${res.shortfallText}` : ""}`,
  });
}

export async function addPairAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({ input, schema: addPairSchema, handler: (actor, data) => addPair(actor, data.roundId, data.itemId, data.evaluatorId), revalidate: SECTIONS, message: "Đã phân công." });
}

export async function removePairAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: removePairSchema,
    handler: async (actor, data) => {
      await removePair(actor, data.roundId, data.assignmentId);
    },
    revalidate: SECTIONS,
    message: "Đã bỏ phân công.",
  });
}

export async function openRoundAction(input: unknown): Promise<ActionResult<{ lockVersion: number; notified: number }>> {
  return runAction({
    input,
    schema: roundRefSchema,
    handler: (actor, data) => openRound(actor, data.roundId, data.lockVersion),
    revalidate: [...SECTIONS, "portal"],
    message: (res) => `Đã mở chấm và thông báo cho ${res.notified} người chấm.`,
  });
}

export async function closeRoundAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({ input, schema: roundRefSchema, handler: (actor, data) => closeRound(actor, data.roundId, data.lockVersion), revalidate: SECTIONS, message: "Đã kết thúc đợt thẩm định." });
}

export async function reopenRoundAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({ input, schema: roundRefSchema, handler: (actor, data) => reopenRound(actor, data.roundId, data.lockVersion), revalidate: SECTIONS, message: "Đã mở lại đợt thẩm định." });
}
