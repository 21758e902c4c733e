import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { initiativeListDocument } from "@/lib/documents/nd30/load";

/** The consolidated Mẫu 1 (with the page's filters) as the office's report: Word, or PDF with `?format=pdf`; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  return loadedDocumentResponse(req, await initiativeListDocument(user, id, "consolidated", new URL(req.url).searchParams));
}
