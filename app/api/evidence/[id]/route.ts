import { handleDownload } from "@/lib/evidence/http";

/** Download of one evidence file for users allowed to see its record; 404 for everyone else. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleDownload(req, id);
}
