import { z } from "zod";
import { CONTROL_CHAR_MESSAGE } from "@/lib/validation/text";

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
  /** A request no form of the portal sends (forged, or from a page of an older version). */
  BAD_REQUEST: "Dữ liệu gửi lên không hợp lệ. Vui lòng tải lại trang rồi thử lại.",
  /** Last line of defence when text with U+0000 reaches the database (the schemas refuse it at the field). */
  INVALID_CHARACTERS: CONTROL_CHAR_MESSAGE,
} as const;

/** What an unexpected error shows (it is logged): a test seeing it has found a bug. */
export const GENERIC_ERROR = "Đã có lỗi xảy ra. Dữ liệu chưa được lưu, vui lòng thử lại.";

/** Marks a zod issue as "the request itself is malformed" (validationFailure answers BAD_REQUEST). */
export const BAD_REQUEST_PARAMS = { badRequest: true } as const;

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

export function badRequest(): ActionResult<never> {
  return { ok: false, code: "VALIDATION", error: MESSAGES.BAD_REQUEST };
}

export function validationFailure(error: z.ZodError): ActionResult<never> {
  if (error.issues.some((i) => i.code === "custom" && (i as { params?: Record<string, unknown> }).params?.badRequest)) return badRequest();
  return { ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION, fieldErrors: zodFieldErrors(error) };
}

/**
 * React's errors when server code touches a temporary reference ("$T…" in a server action's body: a
 * value only the client can use), e.g. "Cannot access rows on the server. You cannot dot into a
 * temporary client reference…" (react-server-dom-webpack/turbopack). A forged request, not a bug.
 */
export function isTemporaryReferenceError(err: unknown): boolean {
  return err instanceof Error && /temporary client reference/i.test(err.message);
}

/** The PostgreSQL SQLSTATE behind a Prisma error (driver adapters put it in meta.driverAdapterError.cause). */
export function databaseErrorCode(err: unknown): string | undefined {
  const e = err as { meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } }; cause?: { code?: unknown; originalCode?: unknown } } | null;
  if (!e || typeof e !== "object") return undefined;
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** 22021: invalid byte sequence (U+0000 in text); 22P05: untranslatable character (\u0000 in jsonb). */
const INVALID_TEXT_CODES = new Set(["22021", "22P05"]);

function isInvalidTextError(err: unknown): boolean {
  const code = databaseErrorCode(err);
  if (code) return INVALID_TEXT_CODES.has(code);
  return err instanceof Error && /invalid byte sequence for encoding|\\u0000 cannot be converted|unsupported Unicode escape sequence/i.test(err.message);
}

/** 22003: a number too large for its column (a forged lockVersion above 2³¹−1, say); Prisma's own check for 64-bit columns. */
function isOutOfRangeError(err: unknown): boolean {
  if (databaseErrorCode(err) === "22003") return true;
  return err instanceof Error && err.name === "PrismaClientValidationError" && /Unable to fit value .* into a 64-bit signed integer/.test(err.message);
}

/** Turns thrown errors into a result the client can show; unexpected errors are logged, not leaked. */
export function failure(err: unknown): ActionResult<never> {
  if (err instanceof DomainError) {
    return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  }
  // An argument checked with schema.parse() (an id, a lock version passed on its own).
  if (err instanceof z.ZodError) return validationFailure(err);
  if (isTemporaryReferenceError(err)) return badRequest();
  if (isInvalidTextError(err)) return { ok: false, code: "VALIDATION", error: MESSAGES.INVALID_CHARACTERS };
  if (isOutOfRangeError(err)) return badRequest();
  console.error(err);
  return { ok: false, code: "RULE", error: GENERIC_ERROR };
}
