import { withRefusalPage } from "@/lib/http/refusal";
import { handleIdeaFileDownload } from "@/lib/public-ideas/http";

/** An attachment of a public idea: the moderating office and the assessing unit only; 404 for everyone else. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRefusalPage(req, await handleIdeaFileDownload(req, id));
}
