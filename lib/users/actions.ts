"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { addRole, changeOwnPassword, createUser, removeRole, resetUserPassword, setUserActive, updateUser } from "./mutations";
import {
  addRoleSchema,
  changeOwnPasswordSchema,
  createUserSchema,
  removeRoleSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "./schemas";

const LIST = "/admin/users";
const detail = (id: string) => `/admin/users/${id}`;

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string; username: string; temporaryPassword: string | null }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(createUserSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const created = await createUser(actor, parsed.data);
    revalidatePath(LIST);
    return { ok: true, data: created, message: `Đã tạo tài khoản "${created.username}".` };
  } catch (err) {
    return failure(err);
  }
}

export async function updateUserAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(updateUserSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await updateUser(actor, parsed.data);
    revalidatePath(LIST);
    revalidatePath(detail(parsed.data.id));
    return { ok: true, data: undefined, message: "Đã lưu thông tin tài khoản." };
  } catch (err) {
    return failure(err);
  }
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(setUserActiveSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await setUserActive(actor, parsed.data);
    revalidatePath(LIST);
    revalidatePath(detail(parsed.data.id));
    return {
      ok: true,
      data: undefined,
      message: parsed.data.active ? "Đã mở khoá tài khoản." : "Đã khoá tài khoản. Các phiên đăng nhập của tài khoản này đã kết thúc.",
    };
  } catch (err) {
    return failure(err);
  }
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ temporaryPassword: string | null }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(resetPasswordSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await resetUserPassword(actor, parsed.data);
    revalidatePath(detail(parsed.data.id));
    return { ok: true, data: { temporaryPassword: result.temporaryPassword }, message: "Đã đặt lại mật khẩu." };
  } catch (err) {
    return failure(err);
  }
}

export async function addRoleAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(addRoleSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await addRole(actor, parsed.data);
    revalidatePath(LIST);
    revalidatePath(detail(parsed.data.userId));
    return { ok: true, data: undefined, message: "Đã gán vai trò." };
  } catch (err) {
    return failure(err);
  }
}

export async function removeRoleAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(removeRoleSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await removeRole(actor, parsed.data);
    revalidatePath(LIST);
    revalidatePath("/admin/users/[id]", "page");
    return { ok: true, data: undefined, message: "Đã gỡ vai trò." };
  } catch (err) {
    return failure(err);
  }
}

export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult<{ username: string }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(changeOwnPasswordSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await changeOwnPassword(actor, parsed.data);
    return {
      ok: true,
      data: result,
      message: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
    };
  } catch (err) {
    return failure(err);
  }
}
