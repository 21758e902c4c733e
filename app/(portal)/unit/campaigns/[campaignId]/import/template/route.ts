import { templateResponse } from "@/lib/imports/mau1/http";

/** GET ?unit=: the Mẫu 1 template of the campaign for a unit the user edits. */
export async function GET(req: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  return templateResponse(req, campaignId);
}
