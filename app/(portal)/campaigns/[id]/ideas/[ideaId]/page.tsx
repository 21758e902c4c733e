import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { IdeaAttachments } from "@/components/public-ideas/idea-attachments";
import { AcceptIdeaForm, DeclineIdeaForm, ForwardIdeaForm } from "@/components/public-ideas/decision-forms";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { getIdeaForOffice } from "@/lib/public-ideas/queries";
import { isOpen, STATUS_LABELS, SUBMITTER_KIND_LABELS } from "@/lib/public-ideas/rules";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Hiến kế" };

/** One idea for the office: the submitter's contact (only here), the unit's assessment, duplicates, and the three decisions. */
export default async function IdeaPage({ params }: { params: Promise<{ id: string; ideaId: string }> }) {
  const { id, ideaId } = await params;
  const user = await requireUser();
  let idea;
  try {
    idea = await getIdeaForOffice(user, ideaId);
  } catch (err) {
    if (err instanceof DomainError) notFound();
    throw err;
  }
  if (idea.campaignId !== id) notFound();
  const open = isOpen(idea.status);
  const unconfirmed = !!idea.email && !idea.emailConfirmedAt;
  const units = idea.campaign.units.filter((u) => u.unit.status === "ACTIVE").map((u) => ({ value: u.unit.id, label: u.unit.name }));
  const responsible = idea.forwardedUnit?.name ?? idea.campaign.issuingUnit.name;
  return (
    <>
      <PageHeader title={idea.title} breadcrumbs={[{ href: `/campaigns/${id}/ideas`, label: "Hiến kế của người dân, doanh nghiệp" }]} description={`Gửi lúc ${formatDateTimeVN(idea.createdAt)}`} />
      <p className="mb-4 flex flex-wrap gap-2">
        <Badge tone={idea.status === "ACCEPTED" ? "green" : idea.status === "DECLINED" ? "gray" : "blue"}>{STATUS_LABELS[idea.status]}</Badge>
        {unconfirmed && <Badge tone="amber">Chưa xác nhận thư điện tử</Badge>}
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <section aria-labelledby="content" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="content" className="font-semibold">
              Nội dung {idea.field ? `· ${idea.field.name}` : ""}
            </h2>
            <p className="mt-2 whitespace-pre-line">{idea.content}</p>
            {idea.expectedBenefit && (
              <>
                <h3 className="mt-3 font-semibold">Lợi ích mong đợi</h3>
                <p className="mt-1 whitespace-pre-line">{idea.expectedBenefit}</p>
              </>
            )}
            <IdeaAttachments files={idea.attachments} />
          </section>
          {idea.forwardedUnit && (
            <section aria-labelledby="assessment" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 id="assessment" className="font-semibold">
                Đánh giá của {idea.forwardedUnit.name}
              </h2>
              {idea.forwardNote && <p className="mt-1 text-sm text-slate-700">Ghi chú khi chuyển: {idea.forwardNote}</p>}
              {idea.unitAssessedAt ? (
                <>
                  <p className="mt-2 font-medium">{idea.unitRecommendsAccept ? "Đề xuất ghi nhận vào phong trào" : "Đề xuất không ghi nhận"} ({formatDateTimeVN(idea.unitAssessedAt)})</p>
                  <p className="mt-1 whitespace-pre-line">{idea.unitAssessment}</p>
                </>
              ) : (
                <p className="mt-2 text-slate-700">Đơn vị chưa gửi ý kiến đánh giá.</p>
              )}
            </section>
          )}
          {idea.answer && (
            <section aria-labelledby="answer" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 id="answer" className="font-semibold">
                Trả lời người gửi ({formatDateTimeVN(idea.decidedAt)})
              </h2>
              <p className="mt-1 whitespace-pre-line">{idea.answer}</p>
              {idea.initiative && (
                <p className="mt-2 text-sm">
                  Đã ghi nhận là sáng kiến do {idea.initiative.unit.name} theo dõi:{" "}
                  <Link href={`/initiatives/${idea.initiative.id}`} className="text-brand-700 underline">
                    {idea.initiative.content}
                  </Link>
                </p>
              )}
            </section>
          )}
          {open && !unconfirmed && (
            <section aria-labelledby="decide" className="flex flex-col gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 id="decide" className="font-semibold">
                Xử lý
              </h2>
              <div>
                <h3 className="mb-2 text-sm font-semibold text-slate-800">Ghi nhận vào phong trào (giao {responsible} theo dõi)</h3>
                <AcceptIdeaForm
                  ideaId={idea.id}
                  lockVersion={idea.lockVersion}
                  fields={idea.campaign.fields.map((f) => ({ value: f.id, label: f.name }))}
                  defaultFieldId={idea.field?.id ?? ""}
                  defaultContent={idea.title}
                  unitName={responsible}
                />
              </div>
              <div>
                <h3 className="mb-2 text-sm font-semibold text-slate-800">Chuyển đơn vị chuyên môn đánh giá</h3>
                {units.length ? <ForwardIdeaForm ideaId={idea.id} lockVersion={idea.lockVersion} units={units} /> : <p className="text-sm text-slate-700">Kế hoạch chưa có đơn vị tham gia.</p>}
              </div>
              <div>
                <h3 className="mb-2 text-sm font-semibold text-slate-800">Không ghi nhận</h3>
                <DeclineIdeaForm ideaId={idea.id} lockVersion={idea.lockVersion} />
              </div>
            </section>
          )}
          {open && unconfirmed && <Alert tone="warning">Người gửi chưa xác nhận thư điện tử: chỉ xử lý được sau khi xác nhận. Quá 72 giờ chưa xác nhận, hiến kế sẽ bị ẩn rồi xoá.</Alert>}
        </div>
        <aside className="flex flex-col gap-4">
          <section aria-labelledby="submitter" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="submitter" className="font-semibold">
              Người gửi
            </h2>
            <p className="mt-1 text-xs text-slate-600">Chỉ Bộ phận CCHC được xem; không chia sẻ cho đơn vị khác (Nghị định 13/2023/NĐ-CP).</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">Tư cách</dt>
              <dd>{SUBMITTER_KIND_LABELS[idea.submitterKind]}</dd>
              <dt className="text-slate-600">Tên</dt>
              <dd>{idea.submitterName}</dd>
              {idea.taxCode && (
                <>
                  <dt className="text-slate-600">Mã số thuế</dt>
                  <dd>{idea.taxCode}</dd>
                </>
              )}
              <dt className="text-slate-600">Thư điện tử</dt>
              <dd className="break-all">{idea.email ?? "—"}</dd>
              <dt className="text-slate-600">Điện thoại</dt>
              <dd>{idea.phone ?? "—"}</dd>
              <dt className="text-slate-600">Phường, xã</dt>
              <dd>{idea.ward ?? "—"}</dd>
            </dl>
          </section>
          <section aria-labelledby="dups" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="dups" className="font-semibold">
              Có thể trùng
            </h2>
            {idea.duplicates.length === 0 ? (
              <p className="mt-1 text-sm text-slate-700">Không thấy hiến kế trùng người gửi hoặc tên tương tự.</p>
            ) : (
              <ul className="mt-1 flex flex-col gap-2 text-sm">
                {idea.duplicates.map((d) => (
                  <li key={d.id}>
                    <Link href={`/campaigns/${id}/ideas/${d.id}`} className="text-brand-700 underline">
                      {d.title}
                    </Link>{" "}
                    <span className="text-slate-700">
                      ({d.sameContact ? "cùng người gửi" : `tên giống ${Math.round(d.similarity * 100)} %`}; {STATUS_LABELS[d.status].toLowerCase()})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
