import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CAMPAIGN_STATUS_LABELS } from "@/lib/campaigns/defaults";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<CampaignStatus, BadgeTone> = { DRAFT: "amber", PUBLISHED: "green", CLOSED: "gray" };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={TONES[status]}>{CAMPAIGN_STATUS_LABELS[status]}</Badge>;
}
