"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { closeUnit, createUnit, moveUnit, reopenUnit, updateUnit } from "./mutations";
import { closeUnitSchema, createUnitSchema, moveUnitSchema, reopenUnitSchema, updateUnitSchema } from "./schemas";

export async function createUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    input,
    schema: createUnitSchema,
    handler: (actor, data) => createUnit(actor, data),
    output: (unit) => ({ id: unit.id }),
    revalidate: ["adminUnits"],
    message: (unit) => `Đã tạo đơn vị "${unit.name}".`,
  });
}

export async function updateUnitAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: updateUnitSchema,
    handler: async (actor, data) => {
      await updateUnit(actor, data);
    },
    revalidate: ["adminUnits"],
    message: "Đã lưu thông tin đơn vị.",
  });
}

export async function moveUnitAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: moveUnitSchema,
    handler: async (actor, data) => {
      await moveUnit(actor, data);
    },
    revalidate: ["adminUnits"],
    message: "Đã chuyển đơn vị.",
  });
}

export async function closeUnitAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: closeUnitSchema,
    handler: async (actor, data) => {
      await closeUnit(actor, data);
    },
    revalidate: ["adminUnits"],
    message: "Đơn vị đã được chuyển sang trạng thái giải thể/ngừng hoạt động.",
  });
}

export async function reopenUnitAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: reopenUnitSchema,
    handler: async (actor, data) => {
      await reopenUnit(actor, data);
    },
    revalidate: ["adminUnits"],
    message: "Đã mở lại đơn vị.",
  });
}
