import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { DeadlineNote } from "@/components/registrations/deadline-note";
import { orNotFound } from "@/components/registrations/not-found";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportEditor } from "@/components/reports/report-editor";
import { ReportHistoryView } from "@/components/reports/report-history";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { UnitCampaignHeader } from "@/components/unit-home/unit-campaign-header";
import { requireUser } from "@/lib/auth/session";
import { PHASE_LABELS, PHASE_REPORT_NAMES, PHASE_SLUGS, phaseFromSlug } from "@/lib/reports/labels";
import { getReportWorkspace } from "@/lib/reports/queries";
import { noMilestoneMessage, notYetOpenMessage } from "@/lib/reports/rules";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { UnitChooser } from "../../unit-chooser";

export const metadata = { title: "Báo cáo của đơn vị (Mẫu 2 + Đề cương)" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UnitReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string; phase: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId, phase: slug }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const phase = phaseFromSlug(slug);
  if (!phase) notFound();
  const basePath = `/unit/campaigns/${campaignId}/reports/${PHASE_SLUGS[phase]}`;
  const title = `${PHASE_LABELS[phase] === "Sơ kết" ? "Báo cáo sơ kết" : "Báo cáo tổng kết"} – Mẫu 2 và Đề cương`;
  const ws = await orNotFound(getReportWorkspace(user, campaignId, one(sp.unit) || undefined, phase));
  if (ws.needsChoice) return <UnitChooser title={title} campaign={ws.campaign} choices={ws.choices} basePath={basePath} />;

  const now = new Date();
  const report = ws.report;
  const d = ws.deadline;
  const deadlinePassed = !!d.dueAt && now.getTime() >= d.dueAt.getTime();
  const submittedOrAccepted = report?.status === "SUBMITTED" || report?.status === "ACCEPTED";
  const nop = Number(one(sp.nop));
  const justSubmitted = Number.isInteger(nop) && nop > 0 && report?.submittedVersion === nop ? nop : null;
  const notOpen = ws.hasMilestone && !ws.windowOpen && d.opensAt ? notYetOpenMessage(phase, d.opensAt) : null;
  const name = PHASE_REPORT_NAMES[phase];

  return (
    <>
      <UnitCampaignHeader
        title={title}
        campaign={ws.campaign}
        unitName={ws.unit.name}
        chooseUnitHref={ws.hasSeveralUnits ? basePath : undefined}
        breadcrumbs={[{ href: `/unit/campaigns/${ws.campaign.id}?unit=${ws.unit.id}`, label: `Kế hoạch ${ws.campaign.documentNumber}` }]}
        actions={
          <>
            <LinkButton href={`/unit/campaigns/${ws.campaign.id}/reports/${PHASE_SLUGS[phase === "MIDTERM" ? "FINAL" : "MIDTERM"]}?unit=${ws.unit.id}`} variant="ghost" className="whitespace-nowrap">
              {phase === "MIDTERM" ? "Báo cáo tổng kết" : "Báo cáo sơ kết"}
            </LinkButton>
            {report && (
              <LinkButton href={`/reports/${report.id}`} variant="secondary">
                Xem bản in
              </LinkButton>
            )}
          </>
        }
      />

      <dl className="mb-6 grid gap-3 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Hạn nộp</dt>
          <dd className="font-medium" data-testid="report-deadline">
            {d.dueAt ? (
              <>
                {formatDeadline(d.dueAt)}{" "}
                {!submittedOrAccepted && <Badge tone={deadlinePassed ? "red" : "gray"}>{describeTimeLeft(d.dueAt, now)}</Badge>}
                <DeadlineNote originalDueAt={d.originalDueAt} extension={d.extension} cutoffAt={d.cutoffAt} />
              </>
            ) : (
              "Kế hoạch chưa quy định"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Mở nhận báo cáo</dt>
          <dd className="font-medium">
            {!ws.hasMilestone ? "—" : d.opensAt ? `từ ${formatDateTimeVN(d.opensAt).replace(" 00:00", "")}` : "từ khi ban hành kế hoạch"}
            {ws.hasMilestone && (ws.windowOpen ? <Badge tone="green" className="ml-2">Đang mở</Badge> : <Badge tone="gray" className="ml-2">Chưa mở</Badge>)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Trạng thái</dt>
          <dd className="flex flex-wrap items-center gap-2" data-testid="report-status">
            <FormStatusBadge status={ws.formStatus} />
            {report?.lastSubmittedAt && <span className="text-slate-700">Nộp gần nhất {formatDateTimeVN(report.lastSubmittedAt)}</span>}
          </dd>
        </div>
      </dl>

      {justSubmitted && (
        <Alert tone="success" className="mb-4" title={`Đã nộp ${name} (phiên bản ${justSubmitted})`}>
          {report?.isLate && justSubmitted === 1 ? "Báo cáo được ghi nhận nộp trễ hạn." : "Bộ phận CCHC sẽ xem xét và phản hồi."}
        </Alert>
      )}
      {report?.status === "RETURNED" && (
        <Alert tone="warning" className="mb-4" title="Bộ phận CCHC trả lại báo cáo để chỉnh sửa">
          {report.returnComment ? <p className="whitespace-pre-line">Ý kiến: {report.returnComment}</p> : null}
          <p className="mt-1">Chỉnh sửa rồi xác nhận và nộp lại; các phiên bản đã nộp vẫn được lưu.</p>
        </Alert>
      )}
      {!ws.hasMilestone && (
        <Alert tone="info" className="mb-4" title="Không có mốc báo cáo này">
          {noMilestoneMessage(phase)}
        </Alert>
      )}
      {notOpen && ws.canEdit && (
        <Alert tone="info" className="mb-4" title="Chưa đến thời gian nộp báo cáo">
          {notOpen} Đơn vị vẫn có thể soạn trước và lưu nháp; trưởng đơn vị chỉ nộp được từ ngày mở nhận.
        </Alert>
      )}

      {ws.canEdit && ws.parts.length === 0 && (
        <Alert tone="info" className="mb-4" title="Chưa có nội dung đăng ký được tiếp nhận">
          Mẫu 2 chỉ tính các mô hình, giải pháp, sáng kiến trong Mẫu 1 (của đơn vị và của cá nhân) đã được Bộ phận CCHC tiếp nhận; hiện chưa có nội dung nào nên các
          số lượng đang là 0. Số liệu tự cập nhật khi Mẫu 1 được tiếp nhận.
        </Alert>
      )}

      {ws.canEdit ? (
        <ReportEditor
          campaignId={ws.campaign.id}
          unitId={ws.unit.id}
          unitName={ws.unit.name}
          phase={phase}
          phaseName={name}
          reportId={report?.id ?? null}
          lockVersion={report?.lockVersion ?? 0}
          table={ws.table}
          registered={ws.registered}
          sections={ws.sections}
          parts={ws.parts}
          canSubmit={ws.canSubmit}
          notOpenMessage={notOpen}
          deadlinePassed={deadlinePassed}
          deadlineText={d.dueAt ? formatDeadline(d.dueAt) : null}
        />
      ) : ws.latest ? (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {report?.status === "ACCEPTED"
              ? "Bộ phận CCHC đã tiếp nhận báo cáo: nội dung dưới đây là phiên bản đã nộp, không chỉnh sửa được nữa."
              : "Báo cáo đã nộp và đang chờ Bộ phận CCHC xem xét. Khi được trả lại, bạn có thể chỉnh sửa và nộp lại."}
          </p>
          <ReportDocument snapshot={ws.latest} caption={`Phiên bản ${report?.submittedVersion} đã nộp`} />
        </>
      ) : (
        ws.hasMilestone && <p className="text-sm text-slate-700">Kế hoạch đã kết thúc: báo cáo chỉ còn để xem.</p>
      )}

      {report ? (
        <EvidencePanel target={{ kind: "report", id: report.id }} canEdit={ws.canEdit} title="Tài liệu, minh chứng đính kèm báo cáo" />
      ) : (
        ws.canEdit && (
          <section aria-labelledby="evidence-new" className="mt-8">
            <h2 id="evidence-new" className="mb-1 text-lg font-semibold">
              Tài liệu, minh chứng đính kèm báo cáo
            </h2>
            <p className="text-sm text-slate-700">Báo cáo được tạo khi lưu nháp lần đầu (tự động sau khi bạn bắt đầu soạn); sau đó có thể đính kèm tệp tại đây.</p>
          </section>
        )
      )}

      {report && (
        <>
          <ReportHistoryView reportId={report.id} history={ws.history} />
          <RecordHistory entityType="Report" entityId={report.id} />
        </>
      )}
    </>
  );
}
