import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AdoptionProgressForm, AdoptionReportForm, AdoptionResultForm, RemoveResultButton, WithdrawAdoptionButton } from "@/components/replication/forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { formatFigure, SPREAD_PROGRESS_LABELS } from "@/lib/library/labels";
import { loadAdoption } from "@/lib/replication/queries";
import { calendarDateToInput, dayToInputVN, formatCalendarDate, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Nhân rộng mô hình" };

/** One adoption: progress, figures and the report (its unit writes; the owner unit and the assigners read). */
export default async function AdoptionPage({ params }: { params: Promise<{ adoptionId: string }> }) {
  const user = await requireUser();
  const { adoptionId } = await params;
  const a = await loadAdoption(user, adoptionId);
  if (!a) notFound();
  const viaMau1 = a.initiative !== null;
  const progress = a.initiative?.progress ?? a.progress;
  const completedOn = a.initiative ? a.initiative.completedOn : a.completedOn;
  const results = a.initiative ? a.initiative.results : a.results;
  return (
    <>
      <PageHeader
        title={`Nhân rộng: ${a.model.title}`}
        breadcrumbs={[{ href: "/unit/replication", label: "Nhân rộng" }]}
        description={
          <>
            {a.unit.name} nhân rộng mô hình của {a.model.unit.name} ·{" "}
            <Link href={`/library/${a.model.id}`} className="text-brand-700 underline">
              Xem mô hình trong thư viện
            </Link>
          </>
        }
      />
      {a.targets.length > 0 && (
        <p className="mb-4 text-sm text-slate-800">
          Được giao bởi {a.targets.map((t) => `${t.assignment.issuingUnit.name} (hạn báo cáo ${formatDeadline(t.assignment.dueAt)})`).join("; ")}.
        </p>
      )}
      <section aria-labelledby="progress-title" className="mb-8">
        <h2 id="progress-title" className="mb-2 text-lg font-semibold">
          Tiến độ
        </h2>
        <p className="mb-3 flex flex-wrap gap-2 text-sm">
          <Badge tone="blue">{SPREAD_PROGRESS_LABELS[progress]}</Badge>
          {completedOn && <span>Hoàn thành ngày {formatCalendarDate(completedOn)}</span>}
          {a.startedOn && <span>Bắt đầu ngày {formatCalendarDate(a.startedOn)}</span>}
        </p>
        {viaMau1 ? (
          <p className="text-sm text-slate-800">
            Đăng ký trong Mẫu 1 kế hoạch số {a.initiative!.campaign.documentNumber}: cập nhật tiến độ và số liệu tại{" "}
            <Link href={`/initiatives/${a.initiative!.id}`} className="text-brand-700 underline">
              trang nội dung
            </Link>
            .
          </p>
        ) : (
          a.canEdit && (
            <AdoptionProgressForm
              adoptionId={a.id}
              lockVersion={a.lockVersion}
              progress={a.progress}
              completedOn={a.completedOn ? dayToInputVN(calendarDateToInput(a.completedOn)) : ""}
              note={a.progressNote ?? ""}
            />
          )
        )}
      </section>

      <section aria-labelledby="results-title" className="mb-8">
        <h2 id="results-title" className="mb-2 text-lg font-semibold">
          Kết quả bằng số liệu
        </h2>
        {results.length === 0 ? (
          <p className="mb-3 text-slate-700">Chưa có số liệu.</p>
        ) : (
          <ul className="mb-3 flex flex-col gap-2">
            {results.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  {r.indicator}: <strong>{formatFigure(r)}</strong>
                  {r.source && <span className="text-sm text-slate-600"> (nguồn: {r.source})</span>}
                </span>
                {a.canEdit && !viaMau1 && <RemoveResultButton resultId={r.id} indicator={r.indicator} />}
              </li>
            ))}
          </ul>
        )}
        {a.canEdit && !viaMau1 && <AdoptionResultForm adoptionId={a.id} />}
      </section>

      <section aria-labelledby="report-title" className="mb-8">
        <h2 id="report-title" className="mb-2 text-lg font-semibold">
          Báo cáo kết quả nhân rộng
        </h2>
        {a.reportedAt && (
          <p className="mb-2 text-sm">
            <Badge tone="green">Đã báo cáo</Badge> {formatDateTimeVN(a.reportedAt)}
            {a.reportedBy ? ` · ${a.reportedBy.fullName}` : ""}
          </p>
        )}
        {a.canReport ? (
          <AdoptionReportForm adoptionId={a.id} lockVersion={a.lockVersion} reportText={a.reportText ?? ""} reported={!!a.reportedAt} />
        ) : a.reportText ? (
          <p className="whitespace-pre-line rounded-md border border-slate-300 bg-white p-3">{a.reportText}</p>
        ) : (
          <p className="text-slate-700">Chưa có báo cáo. {a.canEdit ? "Trưởng đơn vị gửi báo cáo." : ""}</p>
        )}
      </section>
      {a.canEdit && !a.reportedAt && !viaMau1 && <WithdrawAdoptionButton adoptionId={a.id} />}
    </>
  );
}
