import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { OfficialDocumentView, officialPrintCss } from "@/components/documents/official-document-view";
import { PrintButton } from "@/components/consolidation/print-button";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { loadAppraisalMinutes } from "@/lib/appraisal/outcome/minutes";
import { appraisalMinutesOfficialDocument } from "@/lib/appraisal/outcome/official-document";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Bản in biên bản thẩm định" };

const PRINT_CSS = officialPrintCss();

/** The appraisal minutes alone for printing: the same Nghị định 30 model as the .docx and PDF, laid out by the shared print view. */
export default async function AppraisalMinutesPrintPage({ params }: { params: Promise<{ id: string; roundId: string }> }) {
  const [{ id, roundId }, user] = await Promise.all([params, requireUser()]);
  const m = await loadAppraisalMinutes(user, id, roundId);
  if (!m) notFound();
  const results = `/campaigns/${id}/appraisal/${roundId}/results`;
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-col gap-3" data-print-hide>
        <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
          <Link href={results} className="text-brand-700 underline-offset-2 hover:underline">
            ← Kết quả thẩm định
          </Link>
        </nav>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <h1 className="text-xl font-bold">Bản in biên bản thẩm định{m.draft ? " (dự thảo)" : ""}</h1>
          <div className="flex flex-wrap gap-2">
            <PrintButton label="In biên bản" />
            <LinkButton href={`/campaigns/${id}/appraisal/${roundId}/minutes/docx`} variant="secondary" prefetch={false} download>
              Tải biên bản (.docx)
            </LinkButton>
            <LinkButton href={`/campaigns/${id}/appraisal/${roundId}/minutes/docx?format=pdf`} variant="secondary" prefetch={false} download>
              Tải biên bản (PDF)
            </LinkButton>
          </div>
        </div>
        {m.draft && <Alert tone="info">Đợt thẩm định chưa kết thúc: bản in mang chữ “Dự thảo”.</Alert>}
      </div>
      <OfficialDocumentView doc={appraisalMinutesOfficialDocument(m)} className="rounded-lg border border-slate-300 p-4 sm:p-10 print:rounded-none print:border-0 print:p-0" />
    </>
  );
}
