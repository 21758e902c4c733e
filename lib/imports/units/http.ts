import "server-only";
import { revalidatePath } from "next/cache";
import { importResponse, templateResponse } from "@/lib/imports/http";
import { importUnits, unitsTemplateXlsx } from "./import";

/** "Nhập danh sách đơn vị từ Excel" (administrators): the template (GET) and the upload (POST). */

export function unitsTemplateResponse(): Promise<Response> {
  return templateResponse("manage:unit", "mau-danh-sach-don-vi.xlsx", unitsTemplateXlsx);
}

export function unitsImportResponse(req: Request): Promise<Response> {
  return importResponse(req, "units", importUnits, (outcome) => {
    if (outcome.created > 0) revalidatePath("/admin", "layout");
  });
}
