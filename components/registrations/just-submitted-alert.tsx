"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ShownMessage } from "@/components/ui/shown-message";

/**
 * The confirmation after "Xác nhận và nộp", shown while the URL says ?nop=<the submitted version>. The
 * editor writes that into the URL itself once the submission's answer (the page re-rendered) has come,
 * without asking the server for the same page again; a reload keeps the message. When it appears it
 * takes the focus, so it is scrolled into view (below the page's facts on a phone) and read out.
 */
export function JustSubmittedAlert({ submittedVersion, lateFirst }: { submittedVersion: number; lateFirst: boolean }) {
  if (Number(useSearchParams().get("nop")) !== submittedVersion) return null;
  return (
    <ShownMessage>
      <Alert tone="success" title={`Đã nộp Mẫu 1 (phiên bản ${submittedVersion})`}>
        {lateFirst ? "Mẫu 1 được ghi nhận nộp trễ hạn." : "Bộ phận CCHC sẽ xem xét và phản hồi."}
      </Alert>
    </ShownMessage>
  );
}
