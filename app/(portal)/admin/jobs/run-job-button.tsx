"use client";

import { ActionButton } from "@/components/reminders/action-button";
import { runJobNowAction } from "@/lib/jobs/actions";

export function RunJobButton({ name, label }: { name: string; label: string }) {
  return <ActionButton label="Chạy ngay" pendingLabel={`Đang chạy ${label.toLowerCase()}…`} action={() => runJobNowAction({ name })} />;
}
