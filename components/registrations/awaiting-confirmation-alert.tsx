"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ShownMessage } from "@/components/ui/shown-message";

/**
 * An individual registration waiting for the head's confirmation. Right after its author sent it, while the
 * URL says ?gui=1, the message "Đã gửi trưởng đơn vị xác nhận." (it takes the focus, so it is scrolled into
 * view and read out); otherwise the standing note. The editor writes ?gui=1 into the URL itself once the
 * action's answer (the page re-rendered) has come, without asking the server for the same page again, as
 * the unit's submission does with ?nop= (JustSubmittedAlert); a reload keeps the message.
 */
export function AwaitingConfirmationAlert() {
  if (useSearchParams().get("gui") === "1") {
    return (
      <ShownMessage>
        <Alert tone="success">Đã gửi trưởng đơn vị xác nhận.</Alert>
      </ShownMessage>
    );
  }
  return (
    <Alert tone="info" className="mb-4">
      Đăng ký đang chờ trưởng đơn vị xác nhận. Bạn vẫn có thể chỉnh sửa và lưu trước khi trưởng đơn vị xác nhận.
    </Alert>
  );
}
