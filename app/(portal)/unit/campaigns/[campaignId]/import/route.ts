import { importResponse } from "@/lib/imports/mau1/http";

/** POST: "Nhập Mẫu 1 từ Excel" (multipart: file, unitId, validOnly) into the unit's draft. */
export async function POST(req: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  return importResponse(req, campaignId);
}
