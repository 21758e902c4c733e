import { paperTemplateResponse } from "@/lib/imports/mau1/paper-http";

/** GET: the plan's Mẫu 1 template, to type a form received on paper into. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return paperTemplateResponse(id);
}
