"use client";

import { sendManualReminderAction } from "@/lib/reminders/actions";
import { ActionButton } from "./action-button";

/**
 * "Nhắc tất cả đơn vị chưa nộp": the CCHC office reminds every unit that has not submitted Mẫu 1, or,
 * with `milestoneId` of a unit report milestone, the units' report of that phase (`what` names it).
 */
export function ManualReminderButton({ campaignId, milestoneId, what = "Mẫu 1", label }: { campaignId: string; milestoneId?: string; what?: string; label?: string }) {
  return (
    <ActionButton
      label={label ?? "Nhắc tất cả đơn vị chưa nộp"}
      pendingLabel="Đang gửi nhắc việc…"
      confirm={{
        title: `Nhắc nộp ${what}?`,
        description: `Thông báo và thư nhắc nộp ${what} được gửi tới trưởng đơn vị và cán bộ của mọi đơn vị chưa nộp.`,
        confirmLabel: "Gửi nhắc việc",
      }}
      action={() => sendManualReminderAction(milestoneId ? { campaignId, milestoneId } : { campaignId })}
    />
  );
}
