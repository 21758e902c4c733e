import { phaseFromSlug } from "@/lib/reports/labels";
import { summaryExportResponse } from "@/lib/summary/xlsx";

/** XLSX of the consolidated report's tables: the live figures, or a submitted version's (?v=n). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; phase: string }> }) {
  const { id, phase: slug } = await params;
  const phase = phaseFromSlug(slug);
  if (!phase) return new Response("Không tìm thấy hoặc bạn không có quyền truy cập.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return summaryExportResponse(id, phase, new URL(req.url).searchParams);
}
