"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { closeUnit, createUnit, moveUnit, reopenUnit, updateUnit } from "./mutations";
import { closeUnitSchema, createUnitSchema, moveUnitSchema, reopenUnitSchema, updateUnitSchema } from "./schemas";

const PATH = "/admin/units";

export async function createUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(createUnitSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const unit = await createUnit(actor, parsed.data);
    revalidatePath(PATH);
    return { ok: true, data: { id: unit.id }, message: `Đã tạo đơn vị "${unit.name}".` };
  } catch (err) {
    return failure(err);
  }
}

export async function updateUnitAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(updateUnitSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await updateUnit(actor, parsed.data);
    revalidatePath(PATH);
    return { ok: true, data: undefined, message: "Đã lưu thông tin đơn vị." };
  } catch (err) {
    return failure(err);
  }
}

export async function moveUnitAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(moveUnitSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await moveUnit(actor, parsed.data);
    revalidatePath(PATH);
    return { ok: true, data: undefined, message: "Đã chuyển đơn vị." };
  } catch (err) {
    return failure(err);
  }
}

export async function closeUnitAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(closeUnitSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await closeUnit(actor, parsed.data);
    revalidatePath(PATH);
    return { ok: true, data: undefined, message: "Đơn vị đã được chuyển sang trạng thái giải thể/ngừng hoạt động." };
  } catch (err) {
    return failure(err);
  }
}

export async function reopenUnitAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(reopenUnitSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await reopenUnit(actor, parsed.data);
    revalidatePath(PATH);
    return { ok: true, data: undefined, message: "Đã mở lại đơn vị." };
  } catch (err) {
    return failure(err);
  }
}
