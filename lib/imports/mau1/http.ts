import "server-only";
import { revalidatePath } from "next/cache";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition, documentNumberSlug } from "@/lib/consolidation/download";
import { getDb } from "@/lib/db/client";
import { drain, sameOrigin } from "@/lib/evidence/http";
import { assertCampaignOpen, loadCampaignForUnit } from "@/lib/registrations/form-context";
import { importUnitMau1 } from "./import";
import { MAX_IMPORT_BYTES } from "./parse";
import { mau1TemplateXlsx } from "./template";

/**
 * The two requests of "Nhập Mẫu 1 từ Excel": the template (GET) and the upload (POST, multipart). A
 * route handler rather than a server action, so that the size is refused from Content-Length with a
 * clear message before the body is read (server actions stop at 2 MB with a generic error).
 */

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export const TOO_LARGE = `Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Một Mẫu 1 chỉ cần vài trăm dòng.`;

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
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": contentDisposition(`mau-1-${documentNumberSlug(campaign.documentNumber)}.xlsx`),
      "cache-control": "private, no-store",
    },
  });
}

export async function importResponse(req: Request, campaignId: string): Promise<Response> {
  if (!sameOrigin(req)) return json(403, { ok: false, message: MESSAGES.FORBIDDEN });
  const user = await getCurrentUser();
  if (!user) return json(401, { ok: false, message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." });
  const length = Number(req.headers.get("content-length"));
  if (!Number.isFinite(length) || length <= 0) return json(411, { ok: false, message: "Yêu cầu không hợp lệ: thiếu độ dài nội dung." });
  if (length > MAX_IMPORT_BYTES + 64 * 1024) {
    await drain(req.body, (MAX_IMPORT_BYTES + 64 * 1024) * 2);
    return json(413, { ok: false, message: TOO_LARGE });
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return json(400, { ok: false, message: "Không đọc được tệp gửi lên. Vui lòng thử lại." });
  }
  const file = form.get("file");
  const unitId = String(form.get("unitId") ?? "").slice(0, 64);
  if (!(file instanceof File) || file.size === 0) return json(422, { ok: false, message: "Vui lòng chọn tệp Excel (.xlsx) đã điền Mẫu 1.", fieldErrors: { file: "Vui lòng chọn tệp Excel (.xlsx)." } });
  if (file.size > MAX_IMPORT_BYTES) return json(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: TOO_LARGE } });
  try {
    const outcome = await importUnitMau1(user, { campaignId: campaignId.slice(0, 64), unitId, bytes: Buffer.from(await file.arrayBuffer()), validOnly: form.get("validOnly") === "1" });
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
