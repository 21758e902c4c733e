import "server-only";
import { DomainError, failure, MESSAGES } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { getCurrentUser } from "@/lib/auth/session";
import { drain, NOT_FOUND_PAGE, sameOrigin, storedFileResponse } from "@/lib/evidence/http";
import { readableAttachment } from "./queries";
import { MAX_ATTACHMENT_MB, MAX_ATTACHMENTS, MAX_REQUEST_BYTES } from "./rules";
import { submitPublicIdea, type IncomingFile } from "./submit";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });

const STATUS: Record<string, number> = { NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409, RULE: 422 };

export const TOO_LARGE_REQUEST = `Hiến kế gửi kèm quá lớn: tổng dung lượng tối đa khoảng ${MAX_ATTACHMENTS * MAX_ATTACHMENT_MB} MB (${MAX_ATTACHMENTS} tệp, mỗi tệp tối đa ${MAX_ATTACHMENT_MB} MB).`;

/**
 * `POST /api/public/ideas` (multipart/form-data): the public idea form. A route handler rather than a
 * server action: the form carries files (server actions are capped at 2 MB), and the size is checked
 * from Content-Length before the body is read. Answers JSON: `{ ok, trackingCode }` or the ActionResult
 * refusal (`message`, `fieldErrors`).
 */
export async function handleIdeaSubmit(req: Request): Promise<Response> {
  if (!sameOrigin(req)) return json(403, { ok: false, code: "FORBIDDEN", error: MESSAGES.FORBIDDEN });
  const length = Number(req.headers.get("content-length"));
  if (!Number.isFinite(length) || length <= 0) return json(411, { ok: false, code: "RULE", error: "Yêu cầu không hợp lệ: thiếu độ dài nội dung." });
  if (length > MAX_REQUEST_BYTES) {
    await drain(req.body, MAX_REQUEST_BYTES * 2);
    return json(413, { ok: false, code: "RULE", error: TOO_LARGE_REQUEST });
  }
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return json(415, { ok: false, code: "RULE", error: "Yêu cầu không hợp lệ: biểu mẫu phải được gửi từ trang của cổng." });
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return json(400, { ok: false, code: "RULE", error: "Không đọc được biểu mẫu gửi lên. Vui lòng thử lại." });
  }
  const fields: Record<string, string> = {};
  const files: IncomingFile[] = [];
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") {
      if (!(k in fields)) fields[k] = v;
    } else if (k === "files" && v.size > 0) {
      files.push({ name: v.name, size: v.size, stream: () => v.stream() as unknown as AsyncIterable<Uint8Array> });
    }
  }
  try {
    const res = await submitPublicIdea({ fields, files, client: clientAddress(req.headers) });
    return json(200, { ok: true, ...res });
  } catch (err) {
    const res = failure(err);
    const status = err instanceof DomainError ? (STATUS[err.code] ?? 422) : 500;
    return json(status, res);
  }
}

/** `GET /api/public/ideas/files/<id>`: an idea's attachment, for the moderating office or the assessing unit only. */
export async function handleIdeaFileDownload(req: Request, fileId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NOT_FOUND_PAGE();
  const file = await readableAttachment(user, fileId);
  if (!file) return NOT_FOUND_PAGE();
  return storedFileResponse(req, file);
}
