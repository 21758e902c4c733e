import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/consolidation/print-button";
import { OfficialDocumentView, officialPrintCss } from "@/components/documents/official-document-view";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getMinutesPage, minutesModelOf } from "@/lib/council/minutes/queries";
import { minutesOfficialDocument } from "@/lib/council/minutes/official-document";

export const metadata: Metadata = { title: "Bản in biên bản họp Hội đồng" };

const PRINT_CSS = officialPrintCss();

/** The minutes alone for printing: the same Nghị định 30 model as the .docx and PDF, laid out by the shared print view. */
export default async function MinutesPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const data = await getMinutesPage(user, id);
  if (!data || !data.session.minutes?.trim()) notFound();
  const s = data.session;
  const base = `/council/sessions/${s.id}/minutes`;
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-col gap-3" data-print-hide>
        <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
          <Link href={base} className="text-brand-700 underline-offset-2 hover:underline">
            ← Biên bản: {s.title}
          </Link>
        </nav>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <h1 className="text-xl font-bold">Bản in biên bản{data.finalised ? "" : " (dự thảo)"}</h1>
          <div className="flex flex-wrap gap-2">
            <PrintButton label="In biên bản" />
            <LinkButton href={`${base}/docx`} variant="secondary" prefetch={false} download>
              Tải biên bản (.docx)
            </LinkButton>
            <LinkButton href={`${base}/docx?format=pdf`} variant="secondary" prefetch={false} download>
              Tải biên bản (PDF)
            </LinkButton>
          </div>
        </div>
        {!data.finalised && <Alert tone="info">Biên bản chưa hoàn tất: bản in mang chữ “Dự thảo”.</Alert>}
      </div>
      <OfficialDocumentView doc={minutesOfficialDocument(minutesModelOf(data))} className="rounded-lg border border-slate-300 p-4 sm:p-10 print:rounded-none print:border-0 print:p-0" />
    </>
  );
}
