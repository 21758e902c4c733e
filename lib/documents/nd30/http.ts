import "server-only";
import { create as contentDispositionHeader } from "content-disposition";
import { MESSAGES } from "@/lib/actions/result";
import { stripDiacritics } from "@/lib/consolidation/download";
import { renderOfficialDocx } from "./docx";
import { documentFileName, type OfficialDocument } from "./model";
import { docxToPdf, PdfUnavailableError } from "./pdf";

/**
 * The download of an official document by every route: `?format=pdf` prints it through LibreOffice,
 * anything else gives the editable .docx. The routes authorise first (a reader of the record) and
 * answer 404 otherwise, so that nobody learns which ids exist.
 */

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const documentNotFound = () => text(MESSAGES.NOT_FOUND, 404);

export function wantsPdf(req: Request): boolean {
  return new URL(req.url).searchParams.get("format") === "pdf";
}

function attachment(name: string): string {
  return contentDispositionHeader(name, { fallback: stripDiacritics(name).replace(/[^\x20-\x7e]/g, "_") });
}

/** A loaded document as a download: 404 when not found or not allowed, 413 when too long for Word. */
export async function loadedDocumentResponse(req: Request, loaded: { doc: OfficialDocument; fileBase: string } | { tooLong: number } | null): Promise<Response> {
  if (!loaded) return documentNotFound();
  if ("tooLong" in loaded)
    return text(`Danh sách có ${loaded.tooLong.toLocaleString("vi-VN")} dòng, quá dài cho một văn bản Word: hãy lọc theo lĩnh vực hoặc đơn vị, hoặc tải bảng Excel.`, 413);
  return officialDocumentResponse(req, loaded.doc, loaded.fileBase);
}

/** `fileName` without its extension ("Biên bản thẩm định - Đợt 1"). */
export async function officialDocumentResponse(req: Request, doc: OfficialDocument, fileBase: string): Promise<Response> {
  const base = fileBase.replace(/\.(docx|pdf)$/i, "");
  const docx = await renderOfficialDocx(doc);
  if (!wantsPdf(req)) {
    return new Response(new Uint8Array(docx), {
      headers: { "Content-Type": DOCX_TYPE, "Content-Length": String(docx.length), "Content-Disposition": attachment(documentFileName(base, "docx")), "Cache-Control": "private, no-store" },
    });
  }
  try {
    const pdf = await docxToPdf(docx);
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Length": String(pdf.length), "Content-Disposition": attachment(documentFileName(base, "pdf")), "Cache-Control": "private, no-store" },
    });
  } catch (err) {
    if (err instanceof PdfUnavailableError) return text("Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Vui lòng tải bản Word (.docx) và in từ Word.", 503);
    console.error("[documents] PDF conversion failed", err);
    return text("Không xuất được PDF lúc này. Vui lòng thử lại sau hoặc tải bản Word (.docx).", 500);
  }
}
