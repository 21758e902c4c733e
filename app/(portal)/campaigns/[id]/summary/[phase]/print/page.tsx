import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { PrintButton } from "@/components/consolidation/print-button";
import { SummaryDocument } from "@/components/summary/summary-document";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_LABELS, phaseFromSlug } from "@/lib/reports/labels";
import { getSummaryDocument } from "@/lib/summary/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Bản in báo cáo" };

// Only the document prints: the portal's header, menus and this toolbar are hidden.
// Nghị định 30/2020: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14 pt.
const PRINT_CSS = `@media print {
  body header, body footer, body nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
  .summary-document table { page-break-inside: auto; }
  .summary-document tr { page-break-inside: avoid; }
}`;

export default async function SummaryPrintPage({ params, searchParams }: { params: Promise<{ id: string; phase: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id, phase: slug } = await params;
  const phase = phaseFromSlug(slug);
  if (!phase) notFound();
  const sp = await searchParams;
  const user = await requireUser();
  const versionNo = sp.v ? parsePageParam(sp.v) : undefined;
  const doc = await getSummaryDocument(user, id, phase, versionNo);
  if (!doc) notFound();
  const base = `/campaigns/${id}/summary/${slug}`;
  const versions = doc.report?.versions ?? [];
  const label = PHASE_LABELS[phase].toLowerCase();

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-col gap-3 print:hidden">
        <nav aria-label="Đường dẫn" className="text-sm text-slate-600">
          <Link href={base} className="text-brand-700 underline-offset-2 hover:underline">
            ← Báo cáo {label} của Kế hoạch {doc.campaign.documentNumber}
          </Link>
        </nav>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <h1 className="text-xl font-bold">
            Bản in báo cáo {label}
            {doc.live ? " (dự thảo)" : ` – phiên bản ${doc.snapshot.submission?.versionNo}`}
          </h1>
          <div className="flex flex-wrap gap-2">
            <PrintButton label="In báo cáo" />
            <LinkButton href={`${base}/export${doc.live ? "" : `?v=${doc.snapshot.submission?.versionNo}`}`} prefetch={false} variant="secondary" download>
              Tải Excel (XLSX)
            </LinkButton>
            <DocumentDownloads href={`${base}/document`} query={doc.live ? "" : `?v=${doc.snapshot.submission?.versionNo}`} what="báo cáo" />
          </div>
        </div>
        {versions.length > 0 && (
          <nav aria-label="Phiên bản" className="flex flex-wrap gap-2 text-sm">
            <Link
              href={`${base}/print`}
              aria-current={doc.live ? "page" : undefined}
              className={doc.live ? "rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1 font-semibold" : "rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"}
            >
              Nội dung hiện tại
            </Link>
            {versions.map((v) => {
              const active = !doc.live && doc.snapshot.submission?.versionNo === v.versionNo;
              return (
                <Link
                  key={v.versionNo}
                  href={`${base}/print?v=${v.versionNo}`}
                  aria-current={active ? "page" : undefined}
                  className={active ? "rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1 font-semibold" : "rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"}
                >
                  Phiên bản {v.versionNo} · {formatDateTimeVN(v.submittedAt)}
                  {v.isLate && <span className="text-amber-800"> (trễ hạn)</span>}
                </Link>
              );
            })}
          </nav>
        )}
        {doc.live && (
          <Alert tone="info">
            Dự thảo: số liệu tính tại thời điểm xem, nội dung là bản đã lưu gần nhất. {versions.length > 0 ? "Chọn một phiên bản ở trên để in đúng bản đã gửi." : ""}
          </Alert>
        )}
      </div>
      <SummaryDocument s={doc.snapshot} draft={doc.live} />
    </>
  );
}
