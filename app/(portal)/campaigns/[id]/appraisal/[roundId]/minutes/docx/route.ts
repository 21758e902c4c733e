import { loadAppraisalMinutes } from "@/lib/appraisal/outcome/minutes";
import { appraisalMinutesOfficialDocument } from "@/lib/appraisal/outcome/official-document";
import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, officialDocumentResponse } from "@/lib/documents/nd30/http";

/** The appraisal minutes (biên bản thẩm định) as a Word document, or PDF with `?format=pdf`, for the readers of the round's results; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; roundId: string }> }) {
  const { id, roundId } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  const model = await loadAppraisalMinutes(user, id, roundId);
  if (!model) return documentNotFound();
  return officialDocumentResponse(req, appraisalMinutesOfficialDocument(model), model.fileName);
}
