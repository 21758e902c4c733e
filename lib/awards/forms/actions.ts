"use server";

import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import type { ActionResult } from "@/lib/actions/result";
import { parseArg } from "@/lib/actions/input";
import { runAction } from "@/lib/actions/run-action";
import { createAwardForm, deleteAwardForm, setAwardFormActive, updateAwardForm } from "./mutations";
import { awardFormSchema } from "./schemas";

const idSchema = z.string().trim().min(1).max(64);
const lockSchema = z.number().int().min(0).max(INT4_MAX);

export async function createAwardFormAction(input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  return runAction({
    input,
    schema: awardFormSchema,
    handler: (actor, data) => createAwardForm(actor, data),
    revalidate: ["awards"],
    message: "Đã tạo hình thức khen thưởng.",
  });
}

export async function updateAwardFormAction(id: string, input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  return runAction({
    input,
    schema: awardFormSchema,
    handler: (actor, data) => updateAwardForm(actor, parseArg(idSchema, id), data),
    revalidate: ["awards"],
    message: "Đã lưu hình thức khen thưởng.",
  });
}

export async function setAwardFormActiveAction(id: string, active: boolean, lockVersion: number): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    handler: (actor) => setAwardFormActive(actor, parseArg(idSchema, id), parseArg(z.boolean(), active), parseArg(lockSchema, lockVersion)),
    output: (saved) => ({ lockVersion: saved.lockVersion }),
    revalidate: ["awards"],
    message: active ? "Đã dùng lại hình thức khen thưởng." : "Đã ngừng sử dụng hình thức khen thưởng.",
  });
}

export async function deleteAwardFormAction(id: string, lockVersion: number): Promise<ActionResult> {
  return runAction({
    handler: async (actor) => {
      await deleteAwardForm(actor, parseArg(idSchema, id), parseArg(lockSchema, lockVersion));
    },
    revalidate: ["awards"],
    message: "Đã xoá hình thức khen thưởng.",
  });
}
