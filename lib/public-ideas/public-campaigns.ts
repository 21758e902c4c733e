import "server-only";
import { getDb } from "@/lib/db/client";
import { calendarDateToInput, vnDayOf } from "@/lib/time/vn";

/** Whether a campaign takes ideas today: published, public, open to ideas, and not past its last day (Vietnam time). */
export function takesIdeas(c: { status: string; isPublic: boolean; acceptsPublicIdeas: boolean; endsOn: Date }, now: Date): boolean {
  return c.status === "PUBLISHED" && c.isPublic && c.acceptsPublicIdeas && calendarDateToInput(c.endsOn) >= vnDayOf(now);
}

/** The campaign an idea is sent to, when it takes ideas; null otherwise (the caller answers "not found"). */
export async function openCampaignForIdeas(campaignId: string, now = new Date()) {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      status: true,
      isPublic: true,
      acceptsPublicIdeas: true,
      endsOn: true,
      documentNumber: true,
      title: true,
      issuingUnitId: true,
      fields: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  if (!c || !takesIdeas(c, now)) return null;
  return { ...c, moderatingUnitId: c.issuingUnitId };
}
