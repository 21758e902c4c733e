import "server-only";
import { revalidatePath } from "next/cache";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { documentNumberSlug } from "@/lib/consolidation/download";
import { getDb } from "@/lib/db/client";
import { xlsxFileResponse } from "@/lib/documents/xlsx-stream";
import { json, readUpload } from "@/lib/imports/http";
import { paperRefusal, recordPaperMau1 } from "./paper";
import { paperReceiptFromForm } from "./paper-schema";
import { mau1TemplateXlsx } from "./template";

/** The two requests of "Nhận Mẫu 1 bản giấy" (the office's page /campaigns/<id>/paper): the template and the upload. */

const notFound = () => new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** GET: the campaign's Mẫu 1 template, for the office that reviews its forms, while the plan is open. */
export async function paperTemplateResponse(campaignId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId.slice(0, 64) },
    include: { fields: { orderBy: { sortOrder: "asc" } }, issuingUnit: { select: { id: true, path: true } } },
  });
  if (!campaign || campaign.status !== "PUBLISHED" || !can(user.roles, "review:registration", campaign.issuingUnit)) return notFound();
  const bytes = await mau1TemplateXlsx({
    campaign: { documentNumber: campaign.documentNumber, title: campaign.title, startsOn: campaign.startsOn, endsOn: campaign.endsOn, levels: campaign.registrationLevels },
    unitName: null,
    fields: campaign.fields,
  });
  return xlsxFileResponse(bytes, `mau-1-ban-giay-${documentNumberSlug(campaign.documentNumber)}.xlsx`);
}

/** POST (multipart: file, unitId, reference, receivedOn, signedBy, replaceDraft). */
export async function paperImportResponse(req: Request, campaignId: string): Promise<Response> {
  const upload = await readUpload(req);
  if (upload instanceof Response) return upload;
  const { user, form, bytes } = upload;
  try {
    const outcome = await recordPaperMau1(user, { campaignId: campaignId.slice(0, 64), bytes, fields: paperReceiptFromForm(form) });
    if (outcome.ok) {
      revalidatePath("/campaigns", "layout");
      revalidatePath("/unit", "layout");
      revalidatePath("/registrations", "layout");
    }
    return json(outcome.ok ? 200 : 422, outcome);
  } catch (err) {
    const refusal = paperRefusal(err);
    if (refusal) return json(err instanceof DomainError && err.code === "CONFLICT" ? 409 : 422, refusal);
    if (err instanceof DomainError) return json(err.code === "NOT_FOUND" ? 404 : 403, { ok: false, message: err.message, issues: [] });
    console.error("[import] paper Mẫu 1 failed", err);
    return json(500, { ok: false, message: "Không ghi nhận được lúc này. Vui lòng thử lại sau.", issues: [] });
  }
}
