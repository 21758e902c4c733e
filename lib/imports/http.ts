import "server-only";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { canAnywhere, type Permission } from "@/lib/auth/roles";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { xlsxFileResponse } from "@/lib/documents/xlsx-stream";
import { drain, sameOrigin } from "@/lib/evidence/http";
import { MAX_IMPORT_BYTES } from "./xlsx-read";

/**
 * The upload of an import (multipart, one file): a route handler rather than a server action, so
 * that a too-large file is refused from Content-Length with a clear message before the body is read
 * (server actions stop at 2 MB with a generic error). Same-origin only, signed in.
 */

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

export const TOO_LARGE = `Tệp quá lớn: tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

export async function readUpload(req: Request): Promise<{ user: SessionUser; form: FormData; bytes: Buffer } | Response> {
  if (!sameOrigin(req)) return json(403, { ok: false, message: MESSAGES.FORBIDDEN });
  const user = await getCurrentUser();
  if (!user) return json(401, { ok: false, message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." });
  const length = Number(req.headers.get("content-length"));
  if (!Number.isFinite(length) || length <= 0) return json(411, { ok: false, message: "Yêu cầu không hợp lệ: thiếu độ dài nội dung." });
  if (length > MAX_IMPORT_BYTES + 64 * 1024) {
    await drain(req.body, (MAX_IMPORT_BYTES + 64 * 1024) * 2);
    return json(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: TOO_LARGE } });
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return json(400, { ok: false, message: "Không đọc được tệp gửi lên. Vui lòng thử lại." });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return json(422, { ok: false, message: "Vui lòng chọn tệp Excel (.xlsx).", fieldErrors: { file: "Vui lòng chọn tệp Excel (.xlsx)." } });
  if (file.size > MAX_IMPORT_BYTES) return json(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: TOO_LARGE } });
  return { user, form, bytes: Buffer.from(await file.arrayBuffer()) };
}

/** GET of an administrator's import template: 404 without `permission` anywhere (the page does not exist for them). */
export async function templateResponse(permission: Permission, fileName: string, build: () => Promise<Buffer>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !canAnywhere(user.roles, permission)) return new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const bytes = await build();
  return xlsxFileResponse(bytes, fileName);
}

/**
 * POST of an administrator's import: the upload read and checked (readUpload), `run` with the user and
 * the file, its outcome as JSON (200, or 422 with the issues by row and column); a refusal of the domain
 * as 403/404/422 with its message, anything else logged and answered with a general message.
 */
export async function importResponse<O extends { ok: boolean }>(
  req: Request,
  what: string,
  run: (user: SessionUser, bytes: Buffer) => Promise<O>,
  afterSuccess: (outcome: Extract<O, { ok: true }>) => void,
): Promise<Response> {
  const upload = await readUpload(req);
  if (upload instanceof Response) return upload;
  try {
    const outcome = await run(upload.user, upload.bytes);
    if (outcome.ok) afterSuccess(outcome as Extract<O, { ok: true }>);
    return json(outcome.ok ? 200 : 422, outcome);
  } catch (err) {
    if (err instanceof DomainError) return json(err.code === "FORBIDDEN" ? 403 : err.code === "NOT_FOUND" ? 404 : 422, { ok: false, message: err.message, issues: [] });
    console.error(`[import] ${what} import failed`, err);
    return json(500, { ok: false, message: "Không nhập được tệp lúc này. Vui lòng thử lại sau.", issues: [] });
  }
}
