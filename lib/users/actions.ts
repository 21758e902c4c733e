"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
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

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string; username: string; temporaryPassword: string | null }>> {
  return runAction({
    input,
    schema: createUserSchema,
    handler: (actor, data) => createUser(actor, data),
    revalidate: ["adminUsers"],
    message: (created) => `Đã tạo tài khoản "${created.username}".`,
  });
}

export async function updateUserAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: updateUserSchema,
    handler: async (actor, data) => {
      await updateUser(actor, data);
    },
    revalidate: ["adminUsers"],
    message: "Đã lưu thông tin tài khoản.",
  });
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: setUserActiveSchema,
    handler: async (actor, data) => {
      await setUserActive(actor, data);
    },
    revalidate: ["adminUsers"],
    message: (_, data) => (data.active ? "Đã mở khoá tài khoản." : "Đã khoá tài khoản. Các phiên đăng nhập của tài khoản này đã kết thúc."),
  });
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ temporaryPassword: string | null }>> {
  return runAction({
    input,
    schema: resetPasswordSchema,
    handler: (actor, data) => resetUserPassword(actor, data),
    output: (result) => ({ temporaryPassword: result.temporaryPassword }),
    revalidate: ["adminUsers"],
    message: "Đã đặt lại mật khẩu.",
  });
}

export async function addRoleAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: addRoleSchema,
    handler: async (actor, data) => {
      await addRole(actor, data);
    },
    revalidate: ["adminUsers"],
    message: "Đã gán vai trò.",
  });
}

export async function removeRoleAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: removeRoleSchema,
    handler: async (actor, data) => {
      await removeRole(actor, data);
    },
    revalidate: ["adminUsers"],
    message: "Đã gỡ vai trò.",
  });
}

/** Changes nothing a page shows (the other sessions end; this one carries on). */
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult<{ username: string }>> {
  return runAction({
    input,
    schema: changeOwnPasswordSchema,
    handler: (actor, data) => changeOwnPassword(actor, data),
    message: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
  });
}
