import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { initiativeListDocument } from "@/lib/documents/nd30/load";

/** The list of typical initiatives sent up as the office's report: Word, or PDF with `?format=pdf`; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  return loadedDocumentResponse(req, await initiativeListDocument(user, id, "typical", new URL(req.url).searchParams));
}
