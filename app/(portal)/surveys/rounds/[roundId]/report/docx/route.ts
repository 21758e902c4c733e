import { getCurrentUser } from "@/lib/auth/session";
import { documentNotFound, officialDocumentResponse } from "@/lib/documents/nd30/http";
import { surveyReportOfficialDocument } from "@/lib/surveys/report-document";
import { surveyReportModel } from "@/lib/surveys/report-model";

/** The round's report (báo cáo kết quả khảo sát) as a Word document, or PDF with `?format=pdf`, for the round's readers; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  const model = await surveyReportModel(user, roundId);
  if (!model) return documentNotFound();
  return officialDocumentResponse(req, surveyReportOfficialDocument(model), model.fileName);
}
