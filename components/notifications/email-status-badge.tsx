import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

const LABELS: Record<EmailStatus, string> = { PENDING: "Chờ gửi", SENT: "Đã gửi", LOCAL: "Lưu cục bộ", FAILED: "Lỗi" };
const TONES: Record<EmailStatus, BadgeTone> = { PENDING: "amber", SENT: "green", LOCAL: "blue", FAILED: "red" };

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
