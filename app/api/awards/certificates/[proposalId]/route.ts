import { handleCertificateDownload } from "@/lib/awards/certificates/http";

/** One awardee's certificate (Giấy khen) as PDF; 404 for those who may not see it. `?xem=1` opens it in the browser. */
export async function GET(req: Request, { params }: { params: Promise<{ proposalId: string }> }) {
  const { proposalId } = await params;
  return handleCertificateDownload(req, proposalId);
}
