import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { recognitionDocument } from "@/lib/documents/nd30/load";

/** A recognition decision with its annex: Word, or PDF with `?format=pdf`; 404 for those who may not read the campaign's recognitions. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; decisionId: string }> }) {
  const { id, decisionId } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  return loadedDocumentResponse(req, await recognitionDocument(user, id, decisionId));
}
