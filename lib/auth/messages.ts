/** What the sign-in and password forms say, without zod (the forms load their schema only to validate). */

/**
 * What the sign-in form says for next-auth's error code: a blocked client ("LOCKED:<minutes>", only the
 * client that kept failing), an unreachable database ("UNAVAILABLE"), or a wrong name or password.
 */
export function signInErrorMessage(code: string | null | undefined): string {
  if (code?.startsWith("LOCKED")) {
    const minutes = Number.parseInt(code.split(":")[1] ?? "", 10);
    const wait = Number.isFinite(minutes) && minutes > 0 ? `${minutes} phút` : "ít phút";
    return `Bạn đã nhập sai mật khẩu nhiều lần nên tạm thời không thể đăng nhập từ thiết bị này. Vui lòng thử lại sau ${wait}, hoặc liên hệ quản trị hệ thống để được mở khoá.`;
  }
  if (code === "UNAVAILABLE" || code === "fetch" || code === "Configuration") {
    return "Hệ thống tạm thời không khả dụng. Vui lòng thử lại sau ít phút; tên đăng nhập và mật khẩu của bạn không bị ảnh hưởng.";
  }
  return "Tên đăng nhập hoặc mật khẩu không đúng.";
}

export const PASSWORD_RULE_TEXT = "Ít nhất 10 ký tự, gồm chữ và số.";
