import { getCurrentUser } from "@/lib/auth/session";
import { minutesFileName } from "@/lib/council/minutes/document";
import { minutesOfficialDocument } from "@/lib/council/minutes/official-document";
import { getMinutesPage, minutesModelOf } from "@/lib/council/minutes/queries";
import { documentNotFound, officialDocumentResponse } from "@/lib/documents/nd30/http";

/** The minutes as a Word document, or PDF with `?format=pdf` (Nghị định 30 layout), for the readers of the minutes; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  const data = await getMinutesPage(user, id);
  if (!data || !data.session.minutes?.trim()) return documentNotFound();
  return officialDocumentResponse(req, minutesOfficialDocument(minutesModelOf(data)), minutesFileName(data.session.title));
}
