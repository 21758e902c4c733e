import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { reportDocument } from "@/lib/documents/nd30/load";

/** The Mẫu 2 with its Đề cương as the unit head signs them: Word, or PDF with `?format=pdf`; 404 for those who may not read it. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  return loadedDocumentResponse(req, await reportDocument(user, id));
}
