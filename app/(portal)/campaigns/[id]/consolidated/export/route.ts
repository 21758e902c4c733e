import type { NextRequest } from "next/server";
import { consolidatedExportResponse } from "@/lib/consolidation/export";

/** XLSX of the consolidated Mẫu 1 with the page's filters (authorised like the page). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return consolidatedExportResponse(id, req.nextUrl.searchParams);
}
