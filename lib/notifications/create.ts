import type { Tx } from "@/lib/db/client";
import type { DigestMode } from "@/lib/generated/prisma/enums";

export interface NotificationInput {
  userId: string;
  title: string; // short Vietnamese sentence, e.g. "Còn 3 ngày: nộp Mẫu 1 (1045/KH-SQHKT)"
  body: string;
  link?: string | null; // path inside the portal, e.g. "/unit/campaigns/<id>?unit=<unitId>"
  campaignId?: string | null;
  digestMode: DigestMode; // the recipient's choice: DAILY → wantsDigest
}

/** Creates an in-app notification inside the caller's transaction; returns its id. */
export async function createNotification(tx: Tx, input: NotificationInput): Promise<string> {
  const row = await tx.notification.create({
    data: {
      userId: input.userId,
      title: input.title.slice(0, 500),
      body: input.body.slice(0, 2000),
      link: input.link ?? null,
      campaignId: input.campaignId ?? null,
      wantsDigest: input.digestMode === "DAILY",
    },
    select: { id: true },
  });
  return row.id;
}
