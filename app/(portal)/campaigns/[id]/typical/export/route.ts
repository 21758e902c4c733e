import { typicalExportResponse } from "@/lib/consolidation/export";

/** XLSX of the typical initiatives to send to the level above. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return typicalExportResponse(id);
}
