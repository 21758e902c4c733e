import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IdeaAttachments } from "@/components/public-ideas/idea-attachments";
import { AssessIdeaForm } from "@/components/public-ideas/decision-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { getIdeaForUnit } from "@/lib/public-ideas/queries";
import { STATUS_LABELS, SUBMITTER_KIND_LABELS } from "@/lib/public-ideas/rules";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Đánh giá hiến kế" };

export default async function UnitIdeaPage({ params }: { params: Promise<{ ideaId: string }> }) {
  const { ideaId } = await params;
  const user = await requireUser();
  let idea;
  try {
    idea = await getIdeaForUnit(user, ideaId);
  } catch (err) {
    if (err instanceof DomainError) notFound();
    throw err;
  }
  return (
    <>
      <PageHeader title={idea.title} breadcrumbs={[{ href: "/unit/ideas", label: "Hiến kế được chuyển đánh giá" }]} description={`Kế hoạch ${idea.campaign.documentNumber} · ${SUBMITTER_KIND_LABELS[idea.submitterKind]} gửi ngày ${formatDateTimeVN(idea.createdAt)}`} />
      <p className="mb-4">
        <Badge tone="blue">{STATUS_LABELS[idea.status]}</Badge>
      </p>
      <section aria-labelledby="content" className="mb-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="content" className="font-semibold">
          Nội dung {idea.field ? `· ${idea.field.name}` : ""}
        </h2>
        <p className="mt-2 whitespace-pre-line">{idea.content}</p>
        {idea.expectedBenefit && <p className="mt-2 whitespace-pre-line">Lợi ích mong đợi: {idea.expectedBenefit}</p>}
        <IdeaAttachments files={idea.attachments} />
        {idea.forwardNote && <p className="mt-3 text-sm text-slate-700">Ghi chú của Bộ phận CCHC: {idea.forwardNote}</p>}
        <p className="mt-3 text-xs text-slate-600">Thông tin liên hệ của người gửi chỉ Bộ phận CCHC được xem.</p>
      </section>
      {idea.status === "FORWARDED" ? (
        <section aria-labelledby="assess" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 id="assess" className="mb-3 font-semibold">
            Ý kiến đánh giá của đơn vị {idea.unitAssessedAt ? `(đã gửi ${formatDateTimeVN(idea.unitAssessedAt)}, có thể sửa)` : ""}
          </h2>
          <AssessIdeaForm ideaId={idea.id} lockVersion={idea.lockVersion} assessment={idea.unitAssessment} recommendsAccept={idea.unitRecommendsAccept} />
        </section>
      ) : (
        idea.unitAssessment && (
          <section className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 className="font-semibold">Ý kiến đã gửi</h2>
            <p className="mt-1 whitespace-pre-line">{idea.unitAssessment}</p>
          </section>
        )
      )}
    </>
  );
}
