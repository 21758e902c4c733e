import { create as contentDispositionHeader } from "content-disposition";
import { MESSAGES } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { stripDiacritics } from "@/lib/consolidation/download";
import { surveyReportDocx } from "@/lib/surveys/report-docx";
import { surveyReportModel } from "@/lib/surveys/report-model";

const notFound = () => new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The round's report (báo cáo kết quả khảo sát) as a Word document, for the round's readers; 404 for others. */
export async function GET(_req: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  const model = await surveyReportModel(user, roundId);
  if (!model) return notFound();
  const bytes = await surveyReportDocx(model);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDispositionHeader(model.fileName, { fallback: stripDiacritics(model.fileName).replace(/[^\x20-\x7e]/g, "_") }),
      "Cache-Control": "private, no-store",
    },
  });
}
