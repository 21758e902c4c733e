import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { MatrixStatusBadge } from "@/components/consolidation/matrix-status-badge";
import { ReviewActions } from "@/components/consolidation/review-actions";
import { RegistrationTable } from "@/components/registrations/registration-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { matrixStatusOf } from "@/lib/submissions/statuses";
import { getRegistrationForReview, REVIEW_ACTION_LABELS } from "@/lib/review/queries";
import { isPaperReceipt } from "@/lib/registrations/labels";
import { formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Xem xét Mẫu 1" };

export default async function ReviewRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; registrationId: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { id, registrationId } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const view = await getRegistrationForReview(user, id, registrationId, sp.v ? parsePageParam(sp.v) : undefined);
  if (!view) notFound();
  const { registration: reg, campaign, versions, selected, reviews } = view;
  // Versions the office entered from a paper form: dated by the day of receipt, not a time of day.
  const paperReview = (r: { action: string; comment: string | null }) => r.action === "SUBMIT" && isPaperReceipt(r.comment);
  const paperVersions = new Set(reviews.filter(paperReview).map((r) => r.versionNo));
  const owner = reg.kind === "INDIVIDUAL" && reg.ownerName ? `${reg.ownerName} (${reg.unit.name})` : reg.unit.name;
  const drafting = versions.length === 0;
  const base = `/campaigns/${id}/registrations/${reg.id}`;

  return (
    <>
      <PageHeader
        title={`Mẫu 1 – ${owner}`}
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
        breadcrumbs={[{ href: `/campaigns/${id}/status`, label: "Tình hình nộp" }]}
      />

      <section aria-labelledby="info-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="info-h" className="sr-only">
          Thông tin biểu mẫu
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className="text-slate-600">{reg.kind === "INDIVIDUAL" ? "Cá nhân đăng ký" : "Đơn vị"}</dt>
            <dd className="font-medium">
              {owner}
              {reg.unit.status === "CLOSED" && <span className="ml-1 font-normal text-slate-600">(đơn vị đã ngừng hoạt động)</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Tình trạng</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <MatrixStatusBadge status={matrixStatusOf(reg)} />
              {/* the matrix label already says "Nộp trễ hạn" for a late form waiting for review */}
              {reg.isLate && (reg.status === "RETURNED" || reg.status === "ACCEPTED") && <Badge tone="amber">Nộp trễ hạn</Badge>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Hạn nộp</dt>
            <dd className="font-medium">
              {campaign.registrationDueAt ? formatDeadline(campaign.registrationDueAt) : "Chưa đặt"}
              {campaign.extensionReason && campaign.registrationPlanDueAt && (
                <span className="block text-xs font-normal text-slate-700">
                  Đã gia hạn ({campaign.extensionReason}) · hạn chung: {formatDeadline(campaign.registrationPlanDueAt)}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Nộp lần đầu</dt>
            <dd className="font-medium">{reg.firstSubmittedAt ? formatDateTimeVN(reg.firstSubmittedAt) : "Chưa nộp"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Nộp gần nhất</dt>
            <dd className="font-medium">
              {reg.lastSubmittedAt ? formatDateTimeVN(reg.lastSubmittedAt) : "Chưa nộp"}
              {reg.submittedVersion > 0 && <span className="font-normal text-slate-700"> · phiên bản {reg.submittedVersion}</span>}
            </dd>
          </div>
          {reg.acceptedAt && reg.status === "ACCEPTED" && (
            <div>
              <dt className="text-slate-600">Tiếp nhận lúc</dt>
              <dd className="font-medium">{formatDateTimeVN(reg.acceptedAt)}</dd>
            </div>
          )}
        </dl>
      </section>

      {reg.status === "RETURNED" && reg.returnComment && (
        <Alert tone="warning" title="Đã trả lại cho đơn vị để chỉnh sửa" className="mb-6">
          <p className="whitespace-pre-line">{reg.returnComment}</p>
        </Alert>
      )}

      {drafting ? (
        <Alert tone="info" className="mb-6" title="Đơn vị đang soạn Mẫu 1, chưa nộp.">
          Bản nháp là việc riêng của đơn vị nên chưa hiển thị ở đây. Biểu mẫu sẽ xuất hiện khi trưởng đơn vị xác nhận và nộp.
        </Alert>
      ) : (
        <>
          {view.isReviewer && (
            <div className="mb-6">
              <ReviewActions
                campaignId={id}
                registrationId={reg.id}
                lockVersion={reg.lockVersion}
                canReviewNow={view.canReviewNow}
                status={reg.status}
                unitName={owner}
              />
            </div>
          )}

          <section aria-labelledby="versions-h" className="mb-6">
            <h2 id="versions-h" className="mb-2 text-lg font-semibold">
              Các phiên bản đã nộp
            </h2>
            <ol className="flex flex-wrap gap-2 text-sm">
              {versions.map((v) => {
                const active = selected?.versionNo === v.versionNo;
                return (
                  <li key={v.versionNo}>
                    <Link
                      href={`${base}?v=${v.versionNo}`}
                      aria-current={active ? "page" : undefined}
                      className={
                        active
                          ? "block rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1.5 font-semibold"
                          : "block rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
                      }
                    >
                      Phiên bản {v.versionNo} · {paperVersions.has(v.versionNo) ? `${formatDateVN(v.submittedAt)} · bản giấy` : formatDateTimeVN(v.submittedAt)}
                      {v.isLate && <span className="ml-1 text-amber-800">(trễ hạn)</span>}
                      {v.submittedByName && (
                        <span className="block text-xs font-normal text-slate-700">
                          {paperVersions.has(v.versionNo) ? "Người nhập" : "Người nộp"}: {v.submittedByName}
                        </span>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </section>

          {selected && (
            <section aria-labelledby="content-h" className="mb-6">
              <h2 id="content-h" className="mb-2 text-lg font-semibold">
                Nội dung phiên bản {selected.versionNo}
                {selected.isLatest ? " (mới nhất)" : ""}
              </h2>
              {!selected.isLatest && (
                <p className="mb-2 text-sm text-slate-700">
                  Đây là phiên bản cũ.{" "}
                  <Link href={base} className="text-brand-700 underline">
                    Xem phiên bản mới nhất
                  </Link>
                </p>
              )}
              <RegistrationTable
                fields={campaign.fields}
                rows={selected.snapshot.rows}
                caption={`Mẫu 1 của ${selected.snapshot.ownerName ?? selected.snapshot.unitName}, ${
                  selected.snapshot.paper ? `bản giấy nhận ngày ${formatDateVN(selected.submittedAt)}` : `nộp lúc ${formatDateTimeVN(selected.submittedAt)}`
                }`}
              />
            </section>
          )}
        </>
      )}

      <section aria-labelledby="reviews-h" className="mb-6">
        <h2 id="reviews-h" className="mb-2 text-lg font-semibold">
          Quá trình nộp và xem xét
        </h2>
        {reviews.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có lần nộp nào.</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {reviews.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <p>
                  <time className="font-medium">{paperReview(r) ? formatDateVN(r.createdAt) : formatDateTimeVN(r.createdAt)}</time> ·{" "}
                  {paperReview(r) ? "Nộp bằng bản giấy (Bộ phận CCHC ghi nhận)" : REVIEW_ACTION_LABELS[r.action]} (phiên bản {r.versionNo}) ·{" "}
                  {r.actorName ?? "—"}
                </p>
                {r.comment && <p className="mt-1 whitespace-pre-line wrap-anywhere text-slate-800">“{r.comment}”</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <RecordHistory entityType="Registration" entityId={reg.id} />
    </>
  );
}
