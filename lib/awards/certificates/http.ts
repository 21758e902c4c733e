import "server-only";
import { create as contentDispositionHeader } from "content-disposition";
import { MESSAGES } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { stripDiacritics } from "@/lib/consolidation/download";
import { withRefusalPage } from "@/lib/http/refusal";
import { certificatesPdf } from "./pdf";
import { getCertificate, getDecisionCertificates } from "./queries";

/**
 * Route handlers' side of the certificates: `GET /api/awards/certificates/<proposalId>` (one awardee)
 * and `GET /api/awards/decisions/<id>/certificates` (all of a decision). 404 for everyone who may not
 * see them, signed out included (nothing tells whether the record exists). A browser that opened the
 * link is sent to the portal's "download refused" page instead of a bare text answer.
 */

const notFound = (req: Request) =>
  withRefusalPage(
    req,
    new Response(MESSAGES.NOT_FOUND, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    }),
  );

const slug = (s: string) =>
  stripDiacritics(s)
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

function pdfResponse(bytes: Buffer, fileName: string, inline: boolean) {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDispositionHeader(fileName, { type: inline ? "inline" : "attachment", fallback: stripDiacritics(fileName).replace(/[^\x20-\x7e]/g, "_") }),
      "Cache-Control": "private, no-store",
    },
  });
}

/** "Giấy khen số 1 - QĐ 125-QĐ-SQHKT - Phòng Quy hoạch khu vực 1.pdf" */
export function certificateFileName(c: { certificateNo: number; nomineeName: string; decision: { number: string } }) {
  return `Giấy khen số ${c.certificateNo} - QĐ ${slug(c.decision.number)} - ${c.nomineeName.replace(/[\\/:*?"<>|]+/g, " ").slice(0, 80)}.pdf`;
}

export async function handleCertificateDownload(req: Request, proposalId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound(req);
  const cert = await getCertificate(user, proposalId);
  if (!cert) return notFound(req);
  const bytes = await certificatesPdf([cert], `Giấy khen số ${cert.certificateNo} – ${cert.nomineeName}`);
  return pdfResponse(bytes, certificateFileName(cert), new URL(req.url).searchParams.get("xem") === "1");
}

export async function handleDecisionCertificatesDownload(req: Request, decisionId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound(req);
  const res = await getDecisionCertificates(user, decisionId);
  if (!res || res.certificates.length === 0) return notFound(req);
  const bytes = await certificatesPdf(res.certificates, `Giấy khen theo Quyết định số ${res.number}`);
  return pdfResponse(bytes, `Giấy khen - QĐ ${slug(res.number)}.pdf`, new URL(req.url).searchParams.get("xem") === "1");
}
