import { MESSAGES } from "@/lib/actions/result";
import { loadRoundResults } from "@/lib/appraisal/outcome/queries";
import { appraisalScoresXlsx, scoresFileName } from "@/lib/appraisal/outcome/xlsx";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/consolidation/download";

const notFound = () => new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** XLSX of a round's scores (ranking + every evaluator's sheet), for the readers of its results; 404 for others. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; roundId: string }> }) {
  const { id, roundId } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  const res = await loadRoundResults(user, roundId);
  if (!res || res.round.campaignId !== id) return notFound();
  const bytes = await appraisalScoresXlsx(res);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(scoresFileName(res.round.name)),
      "Cache-Control": "private, no-store",
    },
  });
}
