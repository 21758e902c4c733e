import "server-only";
import { Readable } from "node:stream";
import { create as contentDispositionHeader } from "content-disposition";
import { DomainError, failure, MESSAGES } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { stripDiacritics } from "@/lib/consolidation/download";
import { DOCUMENT_KINDS, GENERATED_DESCRIPTION } from "@/lib/awards/proposals/schemas";
import { canReadEvidence } from "./access";
import { isInlineMime } from "./detect";
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from "./limits";
import { uploadEvidence } from "./mutations";
import { EvidenceStorageError, openStored } from "./storage";

/**
 * HTTP side of evidence files. Upload: `POST /api/evidence?target=initiative|report|award&id=…[&replaces=…][&kind=<document kind, award dossiers>]`
 * with the file's raw bytes as the body (one file per request, streamed to disk, never buffered
 * whole) and its name in the `X-File-Name` header (URI-encoded). Download: `GET /api/evidence/<id>`.
 */

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403, VALIDATION: 400, CONFLICT: 409, RULE: 422 };

function decodeHeader(value: string | null): string {
  if (!value) return "";
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Same-origin only: a page of another site cannot post files in the user's name. */
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return req.headers.get("sec-fetch-site") !== "cross-site";
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function* chunksOf(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Reads and discards what is left of a refused upload (bounded), so the browser gets the answer. */
export async function drain(body: ReadableStream<Uint8Array> | null, max = 5 * MAX_EVIDENCE_BYTES) {
  if (!body || body.locked) return;
  let seen = 0;
  try {
    for await (const chunk of chunksOf(body)) {
      seen += chunk.byteLength;
      if (seen > max) break;
    }
  } catch {
    /* the client went away */
  }
}

export async function handleUpload(req: Request): Promise<Response> {
  if (!sameOrigin(req)) return json(403, { ok: false, code: "FORBIDDEN", error: MESSAGES.FORBIDDEN });
  const user = await getCurrentUser();
  if (!user) {
    await drain(req.body);
    return json(401, { ok: false, code: "UNAUTHENTICATED", error: MESSAGES.UNAUTHENTICATED });
  }
  const url = new URL(req.url);
  const kind = url.searchParams.get("target");
  const id = url.searchParams.get("id") ?? "";
  const replacesId = url.searchParams.get("replaces");
  const fileName = decodeHeader(req.headers.get("x-file-name"));
  const description = decodeHeader(req.headers.get("x-file-description"));
  const documentKind = url.searchParams.get("kind");
  const badKind = kind === "award" && documentKind !== null && !DOCUMENT_KINDS.includes(documentKind as (typeof DOCUMENT_KINDS)[number]);
  if ((kind !== "initiative" && kind !== "report" && kind !== "award") || badKind || !id || id.length > 64 || (replacesId && replacesId.length > 64)) {
    await drain(req.body);
    return json(404, { ok: false, code: "NOT_FOUND", error: MESSAGES.NOT_FOUND });
  }
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_EVIDENCE_BYTES) {
    const message = tooLargeMessage(fileName);
    return json(413, { ok: false, code: "RULE", error: message, fieldErrors: { file: message } });
  }
  try {
    const created = await uploadEvidence(user, {
      target: { kind, id },
      fileName,
      // Only the portal itself marks a document as its generated draft.
      description: description === GENERATED_DESCRIPTION ? null : description,
      replacesId: replacesId || null,
      documentKind: kind === "award" ? ((documentKind as (typeof DOCUMENT_KINDS)[number] | null) ?? "OTHER") : null,
      body: req.body ? chunksOf(req.body) : new Uint8Array(0),
    });
    return json(201, { ok: true, data: created, message: `Đã tải lên “${created.fileName}”.` });
  } catch (err) {
    if (err instanceof EvidenceStorageError) {
      // 507 (disk full) or 503: the file could not be stored; recorded for the administrator.
      await drain(req.body);
      return json(err.httpStatus, { ok: false, code: "STORAGE", error: err.message, fieldErrors: err.fieldErrors });
    }
    const res = failure(err);
    const status = err instanceof DomainError ? (STATUS[err.code] ?? 422) : 500;
    await drain(req.body);
    return json(res.ok ? 200 : status, res);
  }
}

function attachmentFallback(name: string): string {
  return stripDiacritics(name).replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
}

export const NOT_FOUND_PAGE = () =>
  new Response("Không tìm thấy hoặc bạn không có quyền truy cập.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });

/**
 * Streams a stored file to a user allowed to see its record (`canReadEvidence`); 404 for everyone
 * else, exactly as for a file that does not exist. PDF and images open in the browser unless
 * `?download=1`; everything else is an attachment. The name is the original (RFC 5987 `filename*`).
 */
export async function handleDownload(req: Request, fileId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NOT_FOUND_PAGE();
  const file = await canReadEvidence(user, fileId);
  if (!file) return NOT_FOUND_PAGE();
  return storedFileResponse(req, file);
}

/** Streams a stored file the caller has authorised (evidence, a public idea's attachment); 404 when it is missing on disk. */
export async function storedFileResponse(req: Request, file: { id: string; storageKey: string; mimeType: string; fileName: string; sha256: string }): Promise<Response> {
  const stored = await openStored(file.storageKey);
  if (!stored) {
    console.error(`Stored file ${file.id} is missing on disk (${file.storageKey})`);
    return NOT_FOUND_PAGE();
  }
  const wantsDownload = new URL(req.url).searchParams.get("download") === "1";
  const type = wantsDownload || !isInlineMime(file.mimeType) ? "attachment" : "inline";
  const body = Readable.toWeb(stored.stream as Readable) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(stored.size),
      "Content-Disposition": contentDispositionHeader(file.fileName, { type, fallback: attachmentFallback(file.fileName) }),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Chrome's PDF viewer does not run in a sandboxed document; other types get no script at all.
      ...(file.mimeType === "application/pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox" }),
      ETag: `"${file.sha256}"`,
    },
  });
}
