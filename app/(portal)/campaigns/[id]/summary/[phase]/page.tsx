import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NarrativeEditor } from "@/components/summary/narrative-editor";
import { Pagination } from "@/components/ui/pagination";
import { SummaryReviewHistory, SummaryVersions } from "@/components/summary/summary-history";
import { InitiativeLists, ReportingLists } from "@/components/summary/summary-lists";
import { SummaryStatusBadge } from "@/components/summary/summary-status-badge";
import { FieldTableView, UnitTableView } from "@/components/summary/summary-tables";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import type { PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_LABELS, PHASE_REPORT_NAMES, PHASE_SLUGS, PHASES, phaseFromSlug } from "@/lib/reports/labels";
import { parseSummaryParams, summaryParamsToQuery } from "@/lib/summary/params";
import { getSummaryPhase } from "@/lib/summary/queries";
import { completedCutoffNote, GENERAL_ASSESSMENT_HEADING, SECTION_HEADINGS, type SectionKey, type Sections } from "@/lib/summary/rules";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export async function generateMetadata({ params }: { params: Promise<{ phase: string }> }): Promise<Metadata> {
  const phase = phaseFromSlug((await params).phase);
  return { title: phase ? `Báo cáo ${PHASE_LABELS[phase].toLowerCase()}` : "Báo cáo tổng hợp" };
}

function ReadOnlyNarrative({ sections }: { sections: Sections }) {
  const block = (k: SectionKey) => (
    <div key={k}>
      <h4 className="font-semibold">{SECTION_HEADINGS[k]}</h4>
      {sections[k] ? <p className="mt-1 whitespace-pre-line text-slate-800">{sections[k]}</p> : <p className="mt-1 italic text-slate-600">(Chưa có nội dung.)</p>}
    </div>
  );
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed">
      {(["situation", "currentState", "highlights", "results"] as const).map(block)}
      <div>
        <h4 className="font-semibold">{GENERAL_ASSESSMENT_HEADING}</h4>
        <div className="mt-2 flex flex-col gap-3 pl-4">{(["strengths", "limitations", "lessons"] as const).map(block)}</div>
      </div>
      {block("proposals")}
    </div>
  );
}

export default async function SummaryPhasePage({ params, searchParams }: { params: Promise<{ id: string; phase: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id, phase: slug } = await params;
  const phase = phaseFromSlug(slug);
  if (!phase) notFound();
  const user = await requireUser();
  const p = parseSummaryParams(await searchParams);
  const data = await getSummaryPhase(user, id, phase, p);
  if (!data) notFound();
  const { campaign, report, milestones, fieldTable, reporting } = data;
  const base = `/campaigns/${id}/summary/${slug}`;
  const query = summaryParamsToQuery({ ...p, unitPage: data.units.page, listPage: data.lists.page, latePage: data.late.page, missingPage: data.missing.page, listField: data.lists.fieldId });
  const hasParent = !!campaign.parentCampaign;
  const name = PHASE_REPORT_NAMES[phase];
  const label = PHASE_LABELS[phase].toLowerCase();
  const now = new Date();
  const due = milestones.summary?.milestone.dueAt ?? null;
  const unitDue = milestones.unit?.milestone.dueAt ?? null;
  const canEdit = campaign.rights.canManage && (report?.editable ?? true) && campaign.status !== "DRAFT";
  const submitBlocked = !milestones.summary
    ? `Kế hoạch không có mốc “${name}” của Bộ phận CCHC: bổ sung mốc trong kế hoạch để gửi trên cổng.`
    : campaign.status === "CLOSED"
      ? "Kế hoạch đã kết thúc: không gửi báo cáo được nữa."
      : !milestones.summaryOpen
        ? `Gửi được từ ${formatDateTimeVN(milestones.summary.opensAt)} (khi các đơn vị đã đến hạn báo cáo).`
        : null;

  return (
    <>
      <PageHeader
        title={`Báo cáo ${label}`}
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
        breadcrumbs={[{ href: `/campaigns/${id}/summary`, label: "Báo cáo tổng hợp" }]}
        actions={
          <div className="flex gap-2 whitespace-nowrap">
            <LinkButton href={report && !report.editable && report.submittedVersion > 0 ? `${base}/print?v=${report.submittedVersion}` : `${base}/print`} variant="secondary">
              Xem bản in
            </LinkButton>
            <LinkButton href={`${base}/export`} prefetch={false} variant="secondary" download>
              Tải Excel (XLSX)
            </LinkButton>
          </div>
        }
      />

      <nav aria-label="Giai đoạn báo cáo" className="mb-4 flex gap-2 text-sm">
        {PHASES.map((ph) => (
          <Link
            key={ph}
            href={`/campaigns/${id}/summary/${PHASE_SLUGS[ph]}`}
            aria-current={ph === phase ? "page" : undefined}
            className={
              ph === phase
                ? "rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1.5 font-semibold text-brand-800"
                : "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
            }
          >
            {PHASE_LABELS[ph]}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="status-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="status-h" className="sr-only">
          Tình trạng báo cáo
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">Tình trạng</dt>
            <dd className="flex flex-wrap items-center gap-1">
              <SummaryStatusBadge status={report?.status} hasParent={hasParent} />
              {report?.isLate && <Badge tone="amber">Gửi trễ hạn</Badge>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Hạn gửi</dt>
            <dd className="font-medium">
              {due ? (
                <>
                  {formatDeadline(due)}
                  <span className="block text-xs font-normal text-slate-700">{now >= due ? "đã qua" : describeTimeLeft(due, now)}</span>
                </>
              ) : (
                "Kế hoạch chưa có mốc này"
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Gửi tới</dt>
            <dd className="font-medium">
              {campaign.addressee ?? "Không có kế hoạch cấp trên trên cổng"}
              {campaign.parentCampaign && (
                <span className="block text-xs font-normal text-slate-700">
                  Kế hoạch {campaign.parentCampaign.documentNumber} của {campaign.parentCampaign.issuingUnit.name}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Báo cáo của các đơn vị</dt>
            <dd className="font-medium">
              {reporting.reported}/{reporting.units} đã nộp
              {reporting.late > 0 && <span className="font-normal text-amber-800"> · {reporting.late} trễ hạn</span>}
              {unitDue && <span className="block text-xs font-normal text-slate-700">Hạn của đơn vị: {formatDeadline(unitDue)}</span>}
            </dd>
          </div>
        </dl>
      </section>

      {report?.status === "RETURNED" && (
        <Alert tone="warning" title={`${campaign.addressee ?? "Cấp trên"} trả lại báo cáo để chỉnh sửa`} className="mb-6">
          {report.returnComment && <p className="whitespace-pre-line">{report.returnComment}</p>}
          <p className="mt-1">Sửa nội dung bên dưới rồi gửi lại: báo cáo sẽ thành phiên bản {report.submittedVersion + 1}, các phiên bản trước vẫn được lưu.</p>
        </Alert>
      )}
      {report?.status === "SUBMITTED" &&
        (hasParent ? (
          <Alert tone="info" title={`Đã gửi ${campaign.addressee}`} className="mb-6">
            Phiên bản {report.submittedVersion} gửi lúc {formatDateTimeVN(report.lastSubmittedAt)}; đang chờ cấp trên xem xét. Báo cáo không sửa được trong thời gian này.
          </Alert>
        ) : (
          <Alert tone="success" title="Báo cáo đã hoàn tất" className="mb-6">
            Phiên bản {report.submittedVersion} hoàn tất lúc {formatDateTimeVN(report.lastSubmittedAt)}. Kế hoạch không có kế hoạch cấp trên trên cổng:{" "}
            <Link href={`${base}/print?v=${report.submittedVersion}`} className="underline">
              in báo cáo
            </Link>{" "}
            để trình ký và gửi bằng văn bản.
          </Alert>
        ))}
      {report?.status === "ACCEPTED" && (
        <Alert tone="success" title={`${campaign.addressee ?? "Cấp trên"} đã tiếp nhận báo cáo`} className="mb-6">
          Phiên bản {report.submittedVersion} được tiếp nhận lúc {formatDateTimeVN(report.acceptedAt)}.
        </Alert>
      )}

      <section aria-labelledby="fields-h" className="mb-8">
        <h2 id="fields-h" className="mb-1 text-lg font-semibold">
          1. Kết quả theo lĩnh vực
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Số lượng đăng ký: nội dung thuộc Mẫu 1 đã tiếp nhận. Số lượng hoàn thành: theo tiến độ các nội dung, hoặc số đơn vị tự điều chỉnh (có ghi chú) trong Mẫu 2 đã
          nộp. {completedCutoffNote(unitDue)} Số liệu tính tại thời điểm xem; khi gửi, số liệu được lưu cùng phiên bản.
        </p>
        <FieldTableView table={fieldTable} caption={`Kết quả theo lĩnh vực, ${label}`} />
      </section>

      <section aria-labelledby="units-h" id="units" className="mb-8 scroll-mt-4">
        <h2 id="units-h" className="mb-3 text-lg font-semibold">
          2. Kết quả theo đơn vị
        </h2>
        {data.units.total === 0 ? (
          <Alert tone="info">Kế hoạch chưa có đơn vị tham gia.</Alert>
        ) : (
          <UnitTableView rows={data.units.rows} firstIndex={(data.units.page - 1) * data.pageSize} caption={`Kết quả theo đơn vị, ${label}`} />
        )}
        <Pagination page={data.units.page} pageSize={data.pageSize} total={data.units.total} basePath={base} param="up" params={query} anchor="units" label="kết quả theo đơn vị" />
      </section>

      <section aria-labelledby="lists-h" id="lists" className="mb-8 scroll-mt-4">
        <h2 id="lists-h" className="mb-3 text-lg font-semibold">
          3. Mô hình, giải pháp đã hoàn thành và dừng thực hiện
        </h2>
        <InitiativeLists
          base={base}
          query={query}
          fields={campaign.fields}
          counts={data.lists.counts}
          kind={data.lists.kind}
          fieldId={data.lists.fieldId}
          rows={data.lists.rows}
          page={data.lists.page}
          pageSize={data.pageSize}
          total={data.lists.total}
        />
      </section>

      <section aria-labelledby="reporting-h" id="reporting" className="mb-8 scroll-mt-4">
        <h2 id="reporting-h" className="mb-3 text-lg font-semibold">
          4. Tình hình nộp báo cáo {label} của các đơn vị
        </h2>
        <ReportingLists base={base} query={query} late={data.late} missing={data.missing} pageSize={data.pageSize} unitDueAt={unitDue} />
      </section>

      <section aria-labelledby="narrative-h" id="narrative" className="mb-8 scroll-mt-4">
        <h2 id="narrative-h" className="mb-3 text-lg font-semibold">
          5. Nội dung báo cáo
        </h2>
        {canEdit ? (
          <NarrativeEditor
            campaignId={id}
            phase={phase}
            phaseName={name}
            lockVersion={report?.lockVersion ?? 0}
            sections={report?.sections ?? { situation: "", currentState: "", highlights: "", results: "", strengths: "", limitations: "", lessons: "", proposals: "" }}
            submitBlocked={submitBlocked}
            addressee={campaign.addressee}
          />
        ) : report ? (
          <ReadOnlyNarrative sections={report.sections} />
        ) : (
          <Alert tone="info">Bộ phận CCHC chưa soạn {name}.</Alert>
        )}
      </section>

      {report && report.versions.length > 0 && (
        <section aria-labelledby="versions-h" className="mb-8">
          <h2 id="versions-h" className="mb-2 text-lg font-semibold">
            Các phiên bản đã gửi
          </h2>
          <SummaryVersions versions={report.versions} hrefOf={(v) => `${base}/print?v=${v}`} />
          <h3 className="mt-4 mb-2 font-semibold">Lịch sử gửi và xem xét</h3>
          <SummaryReviewHistory reviews={report.reviews} />
        </section>
      )}
    </>
  );
}
