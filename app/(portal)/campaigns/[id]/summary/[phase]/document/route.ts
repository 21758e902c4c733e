import { getCurrentUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/consolidation/filters";
import { documentNotFound, loadedDocumentResponse } from "@/lib/documents/nd30/http";
import { summaryDocument } from "@/lib/documents/nd30/load";
import { phaseFromSlug } from "@/lib/reports/labels";

/** The office's report of a phase (`?v=` a submitted version, else the live draft): Word, or PDF with `?format=pdf`; 404 for others. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; phase: string }> }) {
  const { id, phase: slug } = await params;
  const phase = phaseFromSlug(slug);
  const user = await getCurrentUser();
  if (!user || !phase) return documentNotFound();
  const v = new URL(req.url).searchParams.get("v");
  return loadedDocumentResponse(req, await summaryDocument(user, id, phase, v ? parsePageParam(v) : undefined));
}
