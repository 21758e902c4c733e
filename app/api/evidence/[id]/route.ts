import { handleDownload } from "@/lib/evidence/http";
import { withRefusalPage } from "@/lib/http/refusal";

/**
 * Download of one evidence file for users allowed to see its record; 404 for everyone else (a browser
 * that opened the link is sent to the portal's "download refused" page instead of a bare text).
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRefusalPage(req, await handleDownload(req, id));
}
