"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";

/**
 * The confirmation after "Xác nhận và nộp", shown while the URL says ?nop=<the submitted version>. The
 * editor writes that into the URL itself once the submission's answer (the page re-rendered) has come,
 * without asking the server for the same page again; a reload keeps the message.
 */
export function JustSubmittedAlert({ submittedVersion, lateFirst }: { submittedVersion: number; lateFirst: boolean }) {
  const nop = Number(useSearchParams().get("nop"));
  if (nop !== submittedVersion) return null;
  return (
    <Alert tone="success" className="mb-4" title={`Đã nộp Mẫu 1 (phiên bản ${submittedVersion})`}>
      {lateFirst ? "Mẫu 1 được ghi nhận nộp trễ hạn." : "Bộ phận CCHC sẽ xem xét và phản hồi."}
    </Alert>
  );
}
