import "server-only";
import { revalidatePath } from "next/cache";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { canAnywhere } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/consolidation/download";
import { json, readUpload } from "@/lib/imports/http";
import { accountsTemplateXlsx, importAccounts } from "./import";

/** "Nhập danh sách tài khoản từ Excel" (administrators): the template (GET) and the upload (POST). */

export async function accountsTemplateResponse(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !canAnywhere(user.roles, "manage:user")) return new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const bytes = await accountsTemplateXlsx();
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "content-disposition": contentDisposition("mau-danh-sach-tai-khoan.xlsx"), "cache-control": "private, no-store" },
  });
}

export async function accountsImportResponse(req: Request): Promise<Response> {
  const upload = await readUpload(req);
  if (upload instanceof Response) return upload;
  try {
    const outcome = await importAccounts(upload.user, upload.bytes);
    if (outcome.ok && outcome.created > 0) revalidatePath("/admin", "layout");
    return json(outcome.ok ? 200 : 422, outcome);
  } catch (err) {
    if (err instanceof DomainError) return json(err.code === "FORBIDDEN" ? 403 : err.code === "NOT_FOUND" ? 404 : 422, { ok: false, message: err.message, issues: [] });
    console.error("[import] accounts import failed", err);
    return json(500, { ok: false, message: "Không nhập được tệp lúc này. Vui lòng thử lại sau.", issues: [] });
  }
}
