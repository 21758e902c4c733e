import { z } from "zod";
import { text } from "@/lib/validation/text";
import { ALL_ROLES } from "@/lib/auth/roles";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { searchTextParam } from "@/lib/text/search-param";
import { isRecordId } from "@/lib/validation/record-id";

const id = z.string().trim().min(1, { error: "Thiếu mã bản ghi." }).max(64);

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: "Tên đăng nhập phải có ít nhất 3 ký tự." })
  .max(64, { error: "Tên đăng nhập tối đa 64 ký tự." })
  .regex(/^[a-z0-9._-]+$/, { error: "Tên đăng nhập chỉ gồm chữ thường không dấu (a-z), số và các ký tự . _ -" });

/** "" = no e-mail. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(255, { error: "E-mail tối đa 255 ký tự." })
  .refine((v) => v === "" || z.email().safeParse(v).success, { error: "E-mail không hợp lệ (ví dụ: ten@coquan.gov.vn)." });

const fullName = text().trim().min(1, { error: "Vui lòng nhập họ và tên." }).max(255, { error: "Họ và tên tối đa 255 ký tự." });
const jobTitle = text().trim().max(255, { error: "Chức vụ tối đa 255 ký tự." });
const unitId = z.string().trim().min(1, { error: "Vui lòng chọn đơn vị." }).max(64);
const role = z.enum(ALL_ROLES, { error: "Vui lòng chọn vai trò." });

export const PASSWORD_MODES = ["generate", "manual"] as const;

/** Either a generated temporary password or one typed by the administrator (checked with the password rules). */
const passwordChoice = {
  passwordMode: z.enum(PASSWORD_MODES),
  password: z.string().max(200, { error: "Mật khẩu tối đa 200 ký tự." }),
};

function checkTypedPassword(value: { passwordMode: string; password: string }, ctx: z.RefinementCtx) {
  if (value.passwordMode !== "manual") return;
  const result = newPasswordSchema.safeParse(value.password);
  if (!result.success) ctx.addIssue({ code: "custom", path: ["password"], message: result.error.issues[0].message });
}

export const createUserSchema = z
  .object({
    username: usernameSchema,
    email,
    fullName,
    jobTitle,
    unitId,
    ...passwordChoice,
    /** Optional first role: "" = none. Its unit: "" = the home unit. */
    role: z.union([z.literal(""), role]),
    roleUnitId: z.string().trim().max(64),
  })
  .superRefine(checkTypedPassword);
export type CreateUserInput = z.infer<typeof createUserSchema>;
export type CreateUserFormValues = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({ id, email, fullName, jobTitle, unitId });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setUserActiveSchema = z.object({ id, active: z.boolean() });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const resetPasswordSchema = z.object({ id, ...passwordChoice }).superRefine(checkTypedPassword);
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const addRoleSchema = z.object({ userId: id, role, unitId });
export type AddRoleInput = z.infer<typeof addRoleSchema>;

export const removeRoleSchema = z.object({ assignmentId: id });
export type RemoveRoleInput = z.infer<typeof removeRoleSchema>;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "Vui lòng nhập mật khẩu hiện tại." }).max(200, { error: "Mật khẩu tối đa 200 ký tự." }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, { error: "Vui lòng nhập lại mật khẩu mới." }).max(200),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword && v.newPassword !== v.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp với mật khẩu mới." });
    }
    if (v.currentPassword && v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });
    }
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** Filters of the account list (from the URL). */
export const userListFilterSchema = z.object({
  // From the URL: control characters (U+0000) become spaces, never a database error (lib/text/search-param);
  // a unit id that is not one (lib/validation/record-id) filters nothing.
  q: z.string().trim().max(100).transform((v) => searchTextParam(v, 100)).catch(""),
  unitId: z.string().trim().transform((v) => (isRecordId(v) ? v : "")).catch(""),
  role: z.union([z.literal(""), role]).catch(""),
  status: z.enum(["", "active", "inactive"]).catch(""),
});
export type UserListFilter = z.infer<typeof userListFilterSchema>;
