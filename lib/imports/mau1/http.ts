import "server-only";
import { revalidatePath } from "next/cache";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { documentNumberSlug } from "@/lib/consolidation/download";
import { xlsxFileResponse } from "@/lib/documents/xlsx-stream";
import { getDb } from "@/lib/db/client";
import { json, readUpload } from "@/lib/imports/http";
import { assertCampaignOpen, loadCampaignForUnit } from "@/lib/registrations/form-context";
import { importUnitMau1 } from "./import";
import { mau1TemplateXlsx } from "./template";

/** The two requests of "Nhập Mẫu 1 từ Excel": the template (GET) and the upload (POST, see lib/imports/http.ts). */

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });


export async function templateResponse(req: Request, campaignId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return text(404, MESSAGES.NOT_FOUND);
  const unitId = new URL(req.url).searchParams.get("unit") ?? "";
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true } });
  if (!unit || !can(user.roles, "edit:registration", unit)) return text(404, MESSAGES.NOT_FOUND);
  const campaign = await loadCampaignForUnit(db, campaignId, unit.id);
  try {
    assertCampaignOpen(campaign);
  } catch (err) {
    if (err instanceof DomainError) return text(err.code === "NOT_FOUND" ? 404 : 409, err.message);
    throw err;
  }
  const bytes = await mau1TemplateXlsx({
    campaign: { documentNumber: campaign.documentNumber, title: campaign.title, startsOn: campaign.startsOn, endsOn: campaign.endsOn, levels: campaign.registrationLevels },
    unitName: unit.name,
    fields: campaign.fields,
  });
  return xlsxFileResponse(bytes, `mau-1-${documentNumberSlug(campaign.documentNumber)}.xlsx`);
}

export async function importResponse(req: Request, campaignId: string): Promise<Response> {
  const upload = await readUpload(req);
  if (upload instanceof Response) return upload;
  const { user, form, bytes } = upload;
  const unitId = String(form.get("unitId") ?? "").slice(0, 64);
  try {
    const outcome = await importUnitMau1(user, { campaignId: campaignId.slice(0, 64), unitId, bytes, validOnly: form.get("validOnly") === "1" });
    if (outcome.ok && outcome.added > 0) {
      revalidatePath("/unit", "layout");
      revalidatePath("/campaigns", "layout");
      revalidatePath("/registrations", "layout");
    }
    return json(outcome.ok ? 200 : 422, outcome);
  } catch (err) {
    if (err instanceof DomainError) return json(err.code === "NOT_FOUND" ? 404 : err.code === "CONFLICT" ? 409 : 422, { ok: false, message: err.message, issues: [] });
    console.error("[import] Mẫu 1 import failed", err);
    return json(500, { ok: false, message: "Không nhập được tệp lúc này. Vui lòng thử lại sau.", issues: [] });
  }
}
