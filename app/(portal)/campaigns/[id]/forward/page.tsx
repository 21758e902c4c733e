import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ForwardForm, type ForwardCandidate } from "@/components/cascade/forward-form";
import { ResubmitForwardPanel } from "@/components/cascade/returned-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getForwardPage } from "@/lib/cascade/queries";
import { FIELD_MATCH_LABELS } from "@/lib/cascade/rules";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { recognitionsForIds, type RecognitionRef } from "@/lib/recognition/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";

export const metadata: Metadata = { title: "Gửi lên cấp trên" };

const recognitionText = (r: RecognitionRef | undefined) =>
  r ? `Được ${r.issuer} công nhận ${RECOGNITION_LEVEL_LABELS[r.level]} (QĐ số ${r.number} ngày ${r.signedOnText})` : null;

export default async function ForwardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const data = await getForwardPage(user, id, parsePageParam(sp.page));
  if (!data) notFound();
  const { campaign, parent, parentRegistration: reg, blocker, canForward, mappings, rows } = data;
  // The parent returned the organisation's Mẫu 1: those who forward may withdraw copies and resubmit it.
  const returnedActions = !!reg && reg.status === "RETURNED" && canForward && !blocker && !!parent;
  const resubmitted = typeof sp.nop === "string" && reg && reg.submittedVersion === Number(sp.nop) && reg.status !== "RETURNED" ? reg.submittedVersion : null;
  // The recognition decisions of each row's lineage (a City decision on the forwarded copy reads back here).
  const recognised = await recognitionsForIds(rows.map((r) => r.id));
  const fieldNo = new Map(mappings.map((m, i) => [m.from.id, { no: m.from.sortOrder, target: m.to.name, i }]));

  const candidates: ForwardCandidate[] = rows.map((r) => {
    const mapped = fieldNo.get(r.fieldId);
    let note: string | null = null;
    if (!r.forwardToParent) {
      if (!r.isTypical) note = "Không còn là tiêu biểu: không gửi được.";
      else if (r.registrationStatus === "RETURNED" || r.registrationStatus === "DRAFT" || r.registrationStatus === "AWAITING_CONFIRMATION")
        note = "Biểu mẫu đang trả lại cho đơn vị chỉnh sửa: gửi được khi đơn vị nộp lại.";
      else if (!parent) note = "Chưa gửi (kế hoạch không có kế hoạch cấp trên).";
    }
    return {
      id: r.id,
      content: r.content,
      href: `/initiatives/${r.id}`,
      unitName: r.unitName,
      originUnitName: r.originUnitName,
      fieldId: r.fieldId,
      fieldLabel: `${mapped ? `${mapped.no}. ` : ""}${r.fieldName}`,
      targetFieldName: mapped ? `${mapped.target} (kế hoạch ${parent?.documentNumber ?? ""})` : null,
      typeLabel: INITIATIVE_TYPE_LABELS[r.type] ?? r.type,
      levelLabel: LEVEL_LABELS[r.level] ?? r.level,
      progressLabel: PROGRESS_LABELS[r.progress] ?? r.progress,
      figures: r.figures,
      forwards: r.forwards,
      selectable: r.selectable && !blocker,
      note,
      withdrawCopyId: returnedActions && r.withdrawable && r.forwardToParent ? r.forwardToParent.id : null,
      recognition: recognitionText(recognised.get(r.id)),
    };
  });
  const waiting = rows.filter((r) => r.selectable).length;

  return (
    <>
      <PageHeader
        title="Gửi lên cấp trên"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
      />
      {resubmitted && parent && (
        <Alert tone="success" className="mb-4">
          Đã nộp lại Mẫu 1 của {campaign.issuingUnit.name} lên kế hoạch {parent.documentNumber} (phiên bản {resubmitted}).
        </Alert>
      )}

      <section aria-labelledby="parent-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="parent-h" className="mb-2 text-lg font-semibold">
          Kế hoạch cấp trên
        </h2>
        {parent ? (
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Thực hiện kế hoạch</dt>
              <dd className="font-medium">
                {parent.canRead ? (
                  <Link href={`/campaigns/${parent.id}`} className="text-brand-700 underline">
                    {parent.documentNumber}
                  </Link>
                ) : (
                  parent.documentNumber
                )}{" "}
                của {parent.issuingUnitName}
                <span className="block font-normal text-slate-700">{parent.title}</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Cơ quan nhận</dt>
              <dd className="font-medium">{parent.addressee}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Hạn đăng ký ở cấp trên</dt>
              <dd className="font-medium">{parent.registrationDueAt ? formatDeadline(parent.registrationDueAt) : "Kế hoạch cấp trên không đặt hạn"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Mẫu 1 của {campaign.issuingUnit.name} trong kế hoạch cấp trên</dt>
              <dd className="font-medium" data-parent-registration>
                {reg && reg.submittedVersion > 0 ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={reg.status === "RETURNED" ? "red" : reg.status === "ACCEPTED" ? "green" : "blue"}>{SUBMISSION_STATUS_LABELS[reg.status]}</Badge>
                    <span className="font-normal text-slate-800">
                      {reg.initiativeCount} nội dung · phiên bản {reg.submittedVersion}, nộp lúc {formatDateTimeVN(reg.lastSubmittedAt)}
                      {reg.isLate ? " · trễ hạn" : ""}
                    </span>
                    {reg.status === "RETURNED" && reg.returnComment && (
                      <span className="block w-full font-normal text-red-800">Nội dung cần chỉnh sửa: {reg.returnComment}</span>
                    )}
                  </span>
                ) : (
                  <span className="font-normal">Chưa gửi nội dung nào.</span>
                )}
                {returnedActions && (
                  <ResubmitForwardPanel
                    campaignId={campaign.id}
                    registrationId={reg.id}
                    lockVersion={reg.lockVersion}
                    parentDocumentNumber={parent.documentNumber}
                    addressee={parent.addressee}
                    count={reg.initiativeCount}
                  />
                )}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm text-slate-700">Kế hoạch này không thực hiện kế hoạch cấp trên nào.</p>
        )}
      </section>

      {blocker && (
        <Alert tone="warning" className="mb-4">
          {blocker}
        </Alert>
      )}
      {!canForward && !blocker && (
        <Alert tone="info" className="mb-4">
          Bộ phận CCHC và Lãnh đạo của {campaign.issuingUnit.name} gửi các mô hình, giải pháp, sáng kiến tiêu biểu lên kế hoạch cấp trên; bạn xem được kết quả.
        </Alert>
      )}

      <section aria-labelledby="list-h" className="mb-6">
        <h2 id="list-h" className="text-lg font-semibold">
          Mô hình, giải pháp, sáng kiến tiêu biểu
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Do Lãnh đạo lựa chọn ở trang{" "}
          <Link href={`/campaigns/${campaign.id}/typical`} className="text-brand-700 underline">
            Mô hình tiêu biểu
          </Link>
          . Mỗi nội dung gửi lên trở thành một dòng trong Mẫu 1 của {campaign.issuingUnit.name} ở kế hoạch cấp trên, giữ nguồn gốc, số liệu kết quả và minh
          chứng (minh chứng xem qua nội dung gốc).
          {waiting > 0 && canForward && !blocker && ` Còn ${waiting} nội dung chưa gửi trên trang này.`}
        </p>

        {mappings.length > 0 && (
          <details className="mb-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">Lĩnh vực tương ứng ở kế hoạch {parent?.documentNumber}</summary>
            <ul className="mt-2 flex flex-col gap-1" data-field-mapping>
              {mappings.map((m) => (
                <li key={m.from.id}>
                  {m.from.sortOrder}. {m.from.name} → <span className="font-medium">{m.to.name}</span>{" "}
                  <span className="text-slate-600">({FIELD_MATCH_LABELS[m.match]})</span>
                </li>
              ))}
            </ul>
          </details>
        )}

        {rows.length === 0 ? (
          <Alert tone="info">
            Chưa có mô hình, giải pháp, sáng kiến nào được Lãnh đạo chọn là tiêu biểu.{" "}
            <Link href={`/campaigns/${campaign.id}/typical`} className="underline">
              Chọn ở trang Mô hình tiêu biểu
            </Link>
            .
          </Alert>
        ) : (
          <ForwardForm
            campaignId={campaign.id}
            parentDocumentNumber={parent?.documentNumber ?? null}
            addressee={parent?.addressee ?? null}
            organisationName={campaign.issuingUnit.name}
            rows={candidates}
            canSubmit={canForward && !blocker}
            firstIndex={(data.page - 1) * data.pageSize}
          />
        )}
        {data.total > 0 && <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={`/campaigns/${campaign.id}/forward`} params={{}} />}
      </section>
    </>
  );
}
