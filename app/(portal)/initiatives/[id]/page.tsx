import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppraisalOutcomePanel } from "@/components/appraisal/results/unit-outcome";
import { RecordHistory } from "@/components/audit/record-history";
import { LineagePanel } from "@/components/cascade/lineage-panel";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { ProgressBadge } from "@/components/progress/progress-badge";
import { ProgressEditor } from "@/components/progress/progress-form";
import { RecognitionBadge } from "@/components/recognition/recognition-badge";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { ResultsTable } from "@/components/progress/results-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { appraisalOutcomesFor } from "@/lib/appraisal/unit-view";
import { requireUser } from "@/lib/auth/session";
import { numberToInput } from "@/lib/progress/rules";
import { getInitiativeDetail } from "@/lib/progress/queries";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, OWNER_TYPE_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { calendarDateToInput, formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Mô hình, giải pháp, sáng kiến" };

function short(text: string, max = 140) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export default async function InitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const d = await getInitiativeDetail(user, id);
  if (!d) notFound();
  const { initiative: ini, progress: pr } = d;
  // Closed appraisal rounds only: totals, rank and verdict, never an evaluator's name or score.
  const outcomes = (await appraisalOutcomesFor([ini.id])).get(ini.id) ?? [];
  const unitQ = `unit=${encodeURIComponent(d.unit.id)}`;
  const breadcrumbs = d.isUnitMember
    ? [
        { href: "/unit", label: "Đơn vị của tôi" },
        { href: `/unit/campaigns/${d.campaign.id}/progress?${unitQ}`, label: "Tiến độ, kết quả và minh chứng" },
      ]
    : [
        { href: "/campaigns", label: "Kế hoạch thi đua" },
        ...(d.canOpenCampaign ? [{ href: `/campaigns/${d.campaign.id}`, label: `Kế hoạch ${d.campaign.documentNumber}` }] : []),
      ];
  const owner = d.registration.kind === "INDIVIDUAL" ? `Cá nhân: ${d.registration.ownerName ?? ini.ownerNames ?? ""}` : ini.ownerType === "INDIVIDUALS" ? `Cá nhân: ${ini.ownerNames ?? ""}` : ini.ownerType === "UNIT" ? OWNER_TYPE_LABELS.UNIT : ownerLabel(ini.ownerType, ini.ownerNames);
  const formHref = d.isUnitMember ? `/registrations/${d.registration.id}` : d.canOpenReview ? `/campaigns/${d.campaign.id}/registrations/${d.registration.id}` : null;

  return (
    <>
      <PageHeader
        title={short(ini.content)}
        breadcrumbs={breadcrumbs}
        description={
          <>
            <p>
              Kế hoạch số <span className="font-semibold">{d.campaign.documentNumber}</span> của {d.campaign.issuingUnitName}: {d.campaign.title}
            </p>
            <p className="mt-1">
              Đơn vị: <span className="font-semibold">{d.unit.name}</span>
            </p>
          </>
        }
      />

      {ini.forwardedFromId && (
        <Alert tone="info" className="mb-4" title="Bản chuyển lên cấp trên">
          <p>
            Nội dung này được chuyển lên từ {ini.originUnitName ?? "đơn vị cấp dưới"}. Tiến độ, số liệu và minh chứng do đơn vị gốc cập nhật; ở đây chỉ xem.
          </p>
        </Alert>
      )}

      <section aria-labelledby="registration-heading" className="mb-8">
        <h2 id="registration-heading" className="mb-2 text-lg font-semibold text-slate-900">
          Thông tin đăng ký
        </h2>
        <div className="rounded-md border border-slate-300 bg-white p-4 text-sm">
          {short(ini.content) !== ini.content && (
            <p className="mb-3 whitespace-pre-line text-base text-slate-900" data-testid="initiative-content">
              {ini.content}
            </p>
          )}
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <div>
              <dt className="text-slate-600">Lĩnh vực</dt>
              <dd className="font-medium">
                {ini.fieldOrder}. {ini.fieldName}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Loại</dt>
              <dd className="font-medium">
                {INITIATIVE_TYPE_LABELS[ini.type]}
                {ini.isTypical && (
                  <Badge tone="violet" className="ml-2">
                    Tiêu biểu
                  </Badge>
                )}
                <RecognitionBadge recognition={ini.recognition} className="ml-2" />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Chủ trì / tác giả</dt>
              <dd className="font-medium">{owner}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Cấp đăng ký</dt>
              <dd className="font-medium">{LEVEL_LABELS[ini.level]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Dự kiến hoàn thành</dt>
              <dd className="font-medium">{formatCalendarDate(ini.expectedCompletion)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Biểu mẫu đăng ký</dt>
              <dd className="font-medium">
                {formHref ? (
                  <Link href={formHref} className="text-brand-700 underline underline-offset-2">
                    {d.registration.kind === "INDIVIDUAL" ? "Đăng ký cá nhân" : "Mẫu 1 của đơn vị"}
                  </Link>
                ) : d.registration.kind === "INDIVIDUAL" ? (
                  "Đăng ký cá nhân"
                ) : (
                  "Mẫu 1 của đơn vị"
                )}{" "}
                · {SUBMISSION_STATUS_LABELS[d.registration.status]}
              </dd>
            </div>
            {ini.note && (
              <div className="sm:col-span-2 lg:col-span-3">
                <dt className="text-slate-600">Ghi chú</dt>
                <dd className="whitespace-pre-line">{ini.note}</dd>
              </div>
            )}
          </dl>
        </div>
      </section>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="mb-2 text-lg font-semibold text-slate-900">
          Tiến độ và kết quả
        </h2>
        {d.readOnlyReason && !ini.forwardedFromId && (
          <Alert tone="info" className="mb-3">
            {d.readOnlyReason}
          </Alert>
        )}
        {d.canEdit ? (
          <div className="rounded-md border border-slate-300 bg-white p-4">
            {pr.progressUpdatedAt && (
              <p className="mb-3 text-sm text-slate-700" data-testid="progress-updated">
                Cập nhật lần cuối: {formatDateTimeVN(pr.progressUpdatedAt)}
                {pr.updatedByName ? ` · ${pr.updatedByName}` : ""}
              </p>
            )}
            <ProgressEditor
              initiativeId={ini.id}
              updatedAt={ini.updatedAt}
              rules={d.rules}
              recognitionWarning={
                ini.recognition
                  ? `Nội dung này đã được công nhận ${RECOGNITION_LEVEL_LABELS[ini.recognition.level]} tại Quyết định số ${ini.recognition.number} ngày ${ini.recognition.signedOnText} của ${ini.recognition.issuer}. Nếu dừng thực hiện, quyết định này được ghi kèm lý do dừng và trong nhật ký.`
                  : null
              }
              initial={{
                progress: pr.progress,
                completedOn: calendarDateToInput(pr.completedOn),
                droppedReason: pr.droppedReason ?? "",
                progressNote: pr.progressNote ?? "",
                results: pr.results.map((r) => ({
                  indicator: r.indicator,
                  unitOfMeasure: r.unitOfMeasure,
                  valueBefore: numberToInput(r.valueBefore),
                  valueAfter: numberToInput(r.valueAfter),
                  source: r.source ?? "",
                })),
              }}
            />
          </div>
        ) : (
          <div className="rounded-md border border-slate-300 bg-white p-4 text-sm">
            {pr.fromOrigin && <p className="mb-2 text-slate-700">Theo cập nhật của {pr.fromOrigin.unitName}.</p>}
            <dl className="grid gap-3 sm:grid-cols-3">
              <div>
                <dt className="text-slate-600">Tình trạng</dt>
                <dd className="mt-0.5" data-testid="progress-status">
                  <ProgressBadge progress={pr.progress} />
                </dd>
              </div>
              {pr.progress === "COMPLETED" && (
                <div>
                  <dt className="text-slate-600">Ngày hoàn thành</dt>
                  <dd className="font-medium">{pr.completedOn ? formatCalendarDate(pr.completedOn) : "—"}</dd>
                </div>
              )}
              <div>
                <dt className="text-slate-600">Cập nhật lần cuối</dt>
                <dd className="font-medium">
                  {pr.progressUpdatedAt ? `${formatDateTimeVN(pr.progressUpdatedAt)}${pr.updatedByName ? ` · ${pr.updatedByName}` : ""}` : "Chưa cập nhật"}
                </dd>
              </div>
              {pr.progress === "DROPPED" && pr.droppedReason && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">Lý do dừng thực hiện</dt>
                  <dd className="whitespace-pre-line">{pr.droppedReason}</dd>
                </div>
              )}
              {pr.progressNote && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">Ghi chú tiến độ</dt>
                  <dd className="whitespace-pre-line">{pr.progressNote}</dd>
                </div>
              )}
            </dl>
            <h3 className="mb-2 mt-4 text-base font-semibold text-slate-900">Kết quả bằng số liệu</h3>
            <ResultsTable results={pr.results} />
          </div>
        )}
      </section>

      <AppraisalOutcomePanel outcomes={outcomes} />
      <EvidencePanel target={{ kind: "initiative", id: ini.id }} canEdit={d.canEdit} />
      <div className="mt-8">
        <LineagePanel initiativeId={ini.id} />
      </div>
      <RecordHistory entityType="Initiative" entityId={ini.id} />
    </>
  );
}
