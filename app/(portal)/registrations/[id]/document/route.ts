import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { registrationDocument } from "@/lib/documents/nd30/load";

/** The Mẫu 1 as the unit head signs it: Word, or PDF with `?format=pdf`; 404 for those who may not read it. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  return loadedDocumentResponse(req, await registrationDocument(user, id));
}
