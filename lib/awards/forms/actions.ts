"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseArg, parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { createAwardForm, deleteAwardForm, setAwardFormActive, updateAwardForm } from "./mutations";
import { awardFormSchema } from "./schemas";

const idSchema = z.string().trim().min(1).max(64);
const lockSchema = z.number().int().min(0).max(INT4_MAX);

function revalidateForms(id?: string) {
  revalidatePath("/awards");
  revalidatePath("/awards/forms");
  if (id) revalidatePath(`/awards/forms/${id}`);
}

export async function createAwardFormAction(input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(awardFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const created = await createAwardForm(actor, parsed.data);
    revalidateForms(created.id);
    return { ok: true, data: created, message: "Đã tạo hình thức khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}

export async function updateAwardFormAction(id: string, input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const formId = parseArg(idSchema, id);
    const parsed = parseInput(awardFormSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const saved = await updateAwardForm(actor, formId, parsed.data);
    revalidateForms(formId);
    return { ok: true, data: saved, message: "Đã lưu hình thức khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}

export async function setAwardFormActiveAction(id: string, active: boolean, lockVersion: number): Promise<ActionResult<{ lockVersion: number }>> {
  try {
    const actor = await requireActionUser();
    const formId = parseArg(idSchema, id);
    const saved = await setAwardFormActive(actor, formId, parseArg(z.boolean(), active), parseArg(lockSchema, lockVersion));
    revalidateForms(formId);
    return { ok: true, data: { lockVersion: saved.lockVersion }, message: active ? "Đã dùng lại hình thức khen thưởng." : "Đã ngừng sử dụng hình thức khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}

export async function deleteAwardFormAction(id: string, lockVersion: number): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const formId = parseArg(idSchema, id);
    await deleteAwardForm(actor, formId, parseArg(lockSchema, lockVersion));
    revalidateForms();
    return { ok: true, data: undefined, message: "Đã xoá hình thức khen thưởng." };
  } catch (err) {
    return failure(err);
  }
}
