import type { ScoringView } from "@/lib/appraisal/scoring/queries";
import { formatFileSize } from "@/lib/evidence/limits";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, OWNER_TYPE_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { PHASE_LABELS, PROGRESS_LABELS } from "@/lib/reports/labels";
import { formatFigure } from "@/lib/reports/rules";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

type Dossier = NonNullable<ScoringView["dossier"]>;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={id} className="mb-2 font-semibold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words font-medium text-slate-900">{children}</dd>
    </div>
  );
}

const value = (n: number | null, unit: string) => (n === null ? "—" : `${formatFigure(n)}${unit.trim() ? ` ${unit.trim()}` : ""}`);

/**
 * The whole dossier of one initiative for its evaluator, in one place: the Mẫu 1 row, owner and unit,
 * progress, result figures, evidence files (downloaded through /api/evidence, which authorises the
 * assigned evaluator) and the parts of the unit's submitted reports about it.
 */
export function AppraisalDossier({ dossier }: { dossier: Dossier }) {
  const { row, progress } = dossier;
  const owner = row.individualName ?? (row.ownerType === "INDIVIDUALS" && row.ownerNames ? row.ownerNames : row.ownerType === "UNIT" ? OWNER_TYPE_LABELS.UNIT : ownerLabel(row.ownerType, row.ownerNames));
  return (
    <div className="flex flex-col gap-4" data-testid="appraisal-dossier">
      <Section id="dossier-row" title="Nội dung đăng ký (Mẫu 1)">
        <p className="mb-3 whitespace-pre-line text-slate-900">{row.content}</p>
        <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Item label="Loại">{INITIATIVE_TYPE_LABELS[row.type]}</Item>
          <Item label="Lĩnh vực">{row.fieldName}</Item>
          <Item label="Cấp đăng ký">{LEVEL_LABELS[row.level]}</Item>
          <Item label="Dự kiến tiến độ hoàn thành">{formatCalendarDate(row.expectedCompletion)}</Item>
          <Item label="Chủ thể">{owner}</Item>
          <Item label="Đơn vị">
            {dossier.unitName}
            {dossier.originUnitName && dossier.originUnitName !== dossier.unitName ? ` (nguồn: ${dossier.originUnitName})` : ""}
          </Item>
          {row.note && <Item label="Ghi chú">{row.note}</Item>}
        </dl>
      </Section>

      <Section id="dossier-progress" title="Tình hình thực hiện">
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <Item label="Tình trạng">{PROGRESS_LABELS[progress.progress]}</Item>
          {progress.completedOn && <Item label="Hoàn thành ngày">{formatCalendarDate(progress.completedOn)}</Item>}
          {progress.droppedReason && <Item label="Lý do dừng">{progress.droppedReason}</Item>}
        </dl>
        {progress.progressNote && <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{progress.progressNote}</p>}
      </Section>

      <Section id="dossier-results" title="Kết quả bằng số liệu">
        {dossier.results.length === 0 ? (
          <p className="text-sm text-slate-700">Đơn vị chưa nhập số liệu kết quả.</p>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm">
            {dossier.results.map((r) => (
              <li key={r.id} className="py-2">
                <p className="font-medium text-slate-900">{r.indicator}</p>
                <p className="tabular-nums text-slate-800">
                  {r.valueBefore === null ? value(r.valueAfter, r.unitOfMeasure) : `${value(r.valueBefore, r.unitOfMeasure)} → ${value(r.valueAfter, r.unitOfMeasure)}`}
                  {r.source ? <span className="text-slate-600"> (nguồn: {r.source})</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="dossier-evidence" title="Tệp minh chứng">
        {dossier.files.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có tệp minh chứng.</p>
        ) : (
          <ul className="divide-y divide-slate-200 text-sm">
            {dossier.files.map((f) => (
              <li key={f.id} className="py-2">
                <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="break-words font-medium text-brand-700 underline underline-offset-2">
                  {f.fileName}
                </a>
                <span className="text-slate-600">
                  {" "}
                  · {formatFileSize(f.sizeBytes)} · {formatDateTimeVN(f.createdAt)}
                </span>
                {f.description && <p className="text-slate-700">{f.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="dossier-reports" title="Báo cáo của đơn vị về nội dung này">
        {dossier.reportParts.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có báo cáo sơ kết, tổng kết đã nộp nói về nội dung này.</p>
        ) : (
          <div className="flex flex-col gap-4 text-sm">
            {dossier.reportParts.map((p) => (
              <article key={p.id} aria-label={`Báo cáo ${PHASE_LABELS[p.phase].toLowerCase()}`}>
                <h4 className="font-medium text-slate-900">
                  Báo cáo {PHASE_LABELS[p.phase].toLowerCase()} của {p.unitName}
                  {p.submittedAt ? <span className="font-normal text-slate-600"> · nộp {formatDateTimeVN(p.submittedAt)}</span> : null}
                  {p.status === "ACCEPTED" ? <span className="font-normal text-slate-600"> · đã tiếp nhận</span> : null}
                </h4>
                <p className="mt-1 text-slate-600">III. Tóm tắt về mô hình, giải pháp</p>
                <p className="whitespace-pre-line text-slate-900">{p.summary?.trim() || "—"}</p>
                <p className="mt-1 text-slate-600">IV. Kết quả đạt được</p>
                <p className="whitespace-pre-line text-slate-900">{p.results?.trim() || "—"}</p>
              </article>
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}
