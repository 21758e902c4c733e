import { paperImportResponse } from "@/lib/imports/mau1/paper-http";

/** POST: the office records a Mẫu 1 received on paper, from the filled template (multipart). */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return paperImportResponse(req, id);
}
