"use client";

import { sendManualReminderAction } from "@/lib/reminders/actions";
import { ActionButton } from "./action-button";

/** "Nhắc tất cả đơn vị chưa nộp": the CCHC office reminds every unit whose Mẫu 1 is not submitted. */
export function ManualReminderButton({ campaignId }: { campaignId: string }) {
  return (
    <ActionButton
      label="Nhắc tất cả đơn vị chưa nộp"
      pendingLabel="Đang gửi nhắc việc…"
      confirmText="Gửi thông báo và thư nhắc nộp Mẫu 1 tới trưởng đơn vị và cán bộ của mọi đơn vị chưa nộp?"
      action={() => sendManualReminderAction({ campaignId })}
    />
  );
}
