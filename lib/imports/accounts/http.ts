import "server-only";
import { revalidatePath } from "next/cache";
import { importResponse, templateResponse } from "@/lib/imports/http";
import { importAccounts, accountsTemplateXlsx } from "./import";

/** "Nhập danh sách tài khoản từ Excel" (administrators): the template (GET) and the upload (POST). */

export function accountsTemplateResponse(): Promise<Response> {
  return templateResponse("manage:user", "mau-danh-sach-tai-khoan.xlsx", accountsTemplateXlsx);
}

export function accountsImportResponse(req: Request): Promise<Response> {
  return importResponse(req, "accounts", importAccounts, (outcome) => {
    if (outcome.created > 0) revalidatePath("/admin", "layout");
  });
}
