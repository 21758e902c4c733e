import { incomingExportResponse } from "@/lib/summary/xlsx";

/** XLSX of a consolidated report sent up by a child campaign (?v=n: that version). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; summaryId: string }> }) {
  const { id, summaryId } = await params;
  return incomingExportResponse(id, summaryId, new URL(req.url).searchParams);
}
