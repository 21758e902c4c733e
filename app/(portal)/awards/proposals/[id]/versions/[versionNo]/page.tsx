import { notFound } from "next/navigation";
import { DossierBody } from "@/components/awards/proposal-dossier";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { DOCUMENT_KIND_LABELS } from "@/lib/awards/labels";
import { loadProposalVersion } from "@/lib/awards/proposals/queries";
import { formatFileSize } from "@/lib/evidence/limits";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Phiên bản đề nghị khen thưởng đã nộp" };

/** A submitted version of an award proposal, exactly as frozen at submission (with the documents it cites). */
export default async function ProposalVersionPage({ params }: { params: Promise<{ id: string; versionNo: string }> }) {
  const [{ id, versionNo }, user] = await Promise.all([params, requireUser()]);
  const v = await loadProposalVersion(user, id, Number(versionNo));
  if (!v) notFound();
  const s = v.snapshot;
  return (
    <>
      <PageHeader
        title={`Đề nghị khen thưởng: ${s.nominee.name} – phiên bản ${v.versionNo}`}
        breadcrumbs={[{ href: `/awards/proposals/${id}`, label: "Đề nghị khen thưởng" }]}
        description={
          <p className="flex flex-wrap items-center gap-2">
            Nộp lúc {formatDateTimeVN(v.submittedAt)} · {v.submittedByName} {v.isLate ? <Badge tone="amber">Trễ hạn</Badge> : <Badge tone="green">Đúng hạn</Badge>}
          </p>
        }
      />
      <DossierBody content={{ ...s, criteria: s.criteria ?? [] }} criteriaNote="Kết quả kiểm tra tại thời điểm nộp phiên bản này." />
      <section aria-labelledby="version-docs" className="mt-6">
        <h2 id="version-docs" className="mb-1 text-lg font-semibold text-slate-900">
          Hồ sơ kèm theo phiên bản
        </h2>
        {s.documents.length === 0 ? (
          <p className="text-sm italic text-slate-600">Phiên bản này không kèm tài liệu.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
            {s.documents.map((d) => (
              <li key={d.id} className="px-3 py-2 text-sm">
                <span className="text-slate-600">{DOCUMENT_KIND_LABELS[d.kind]}: </span>
                <a href={`/api/evidence/${d.id}?download=1`} className="break-words font-medium text-brand-700 underline underline-offset-2">
                  {d.fileName}
                </a>{" "}
                <span className="text-xs text-slate-600">({formatFileSize(d.sizeBytes)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
