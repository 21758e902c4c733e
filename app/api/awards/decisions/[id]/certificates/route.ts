import { handleDecisionCertificatesDownload } from "@/lib/awards/certificates/http";

/** All certificates of a decision in one PDF (a page each), for the organisation's offices and leadership. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleDecisionCertificatesDownload(req, id);
}
