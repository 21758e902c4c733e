import { create as contentDispositionHeader } from "content-disposition";
import { MESSAGES } from "@/lib/actions/result";
import { appraisalMinutesDocx } from "@/lib/appraisal/outcome/docx";
import { loadAppraisalMinutes } from "@/lib/appraisal/outcome/minutes";
import { getCurrentUser } from "@/lib/auth/session";
import { stripDiacritics } from "@/lib/consolidation/download";

const notFound = () => new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The appraisal minutes (biên bản thẩm định) as a Word document, for the readers of the round's results; 404 for others. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; roundId: string }> }) {
  const { id, roundId } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  const model = await loadAppraisalMinutes(user, id, roundId);
  if (!model) return notFound();
  const bytes = await appraisalMinutesDocx(model);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDispositionHeader(model.fileName, { fallback: stripDiacritics(model.fileName).replace(/[^\x20-\x7e]/g, "_") }),
      "Cache-Control": "private, no-store",
    },
  });
}
