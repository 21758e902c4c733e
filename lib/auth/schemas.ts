import { z } from "zod";

// Re-exported: the sign-in and password forms import them from ./messages (no zod in their first load).
export { PASSWORD_RULE_TEXT, signInErrorMessage } from "./messages";

export const loginSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, { error: "Vui lòng nhập tên đăng nhập hoặc e-mail." })
    .max(255, { error: "Tối đa 255 ký tự." }),
  password: z.string().min(1, { error: "Vui lòng nhập mật khẩu." }).max(200, { error: "Tối đa 200 ký tự." }),
});
export type LoginInput = z.infer<typeof loginSchema>;


export const newPasswordSchema = z
  .string()
  .min(10, { error: "Mật khẩu phải có ít nhất 10 ký tự." })
  .max(200, { error: "Mật khẩu tối đa 200 ký tự." })
  .refine((v) => /[A-Za-zÀ-ỹ]/.test(v) && /\d/.test(v), { error: "Mật khẩu phải có cả chữ và số." });
