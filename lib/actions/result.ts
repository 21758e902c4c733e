import { z } from "zod";

export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; code: ErrorCode; fieldErrors?: FieldErrors };

export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "RULE";

export const MESSAGES = {
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  NOT_FOUND: "Không tìm thấy hoặc bạn không có quyền truy cập.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  VALIDATION: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
  CONFLICT:
    "Biểu mẫu đã được người khác thay đổi sau khi bạn mở. Thay đổi của bạn chưa được lưu: hãy tải lại trang để xem bản mới nhất rồi nhập lại.",
} as const;

/** A rule of the domain was broken; the message is shown to the user as is. */
export class DomainError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const notFoundError = () => new DomainError("NOT_FOUND", MESSAGES.NOT_FOUND);
export const forbiddenError = () => new DomainError("FORBIDDEN", MESSAGES.FORBIDDEN);
export const conflictError = () => new DomainError("CONFLICT", MESSAGES.CONFLICT);
export const ruleError = (message: string, fieldErrors?: FieldErrors) => new DomainError("RULE", message, fieldErrors);

/** Flattens zod issues to "path.to.field" → first message. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function validationFailure(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION, fieldErrors: zodFieldErrors(error) };
}

/** Turns thrown errors into a result the client can show; unexpected errors are logged, not leaked. */
export function failure(err: unknown): ActionResult<never> {
  if (err instanceof DomainError) {
    return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  }
  console.error(err);
  return { ok: false, code: "RULE", error: "Đã có lỗi xảy ra. Dữ liệu chưa được lưu, vui lòng thử lại." };
}
