import { TrackLookupForm, WithdrawIdeaButton } from "@/components/public/track-controls";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { currentRequestClient } from "@/lib/auth/request-client";
import { isOpen, STATUS_LABELS } from "@/lib/public-ideas/rules";
import { findIdeaByCode } from "@/lib/public-ideas/track";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Tra cứu hiến kế", robots: { index: false } };

/**
 * The submitter's page, opened with their tracking code (typed, or from the e-mail's link): the status,
 * the office's answer, and withdrawal while no decision is taken. Wrong codes are rate-limited per address.
 */
export default async function TrackIdeaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const code = typeof sp.code === "string" ? sp.code.slice(0, 40) : "";
  let idea: Awaited<ReturnType<typeof findIdeaByCode>> | null = null;
  let problem: string | null = null;
  if (code) {
    try {
      idea = await findIdeaByCode(code, await currentRequestClient());
    } catch (err) {
      if (err instanceof DomainError) problem = err.message;
      else throw err;
    }
  }
  return (
    <>
      <PageHeader title="Tra cứu hiến kế" description="Nhập mã theo dõi (20 ký tự) anh/chị nhận được khi gửi hiến kế." />
      <TrackLookupForm defaultCode={code} error={problem} />
      {idea && (
        <section aria-labelledby="idea-title" className="mt-6 rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 id="idea-title" className="text-lg font-semibold">
            {idea.status === "WITHDRAWN" ? "Hiến kế đã rút" : idea.title}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Gửi ngày {formatDateTimeVN(idea.createdAt)} cho {idea.campaign.title} (Kế hoạch {idea.campaign.documentNumber})
            {idea.field ? ` · Lĩnh vực: ${idea.field.name}` : ""}
          </p>
          <p className="mt-3">
            Tình trạng:{" "}
            <Badge tone={idea.status === "ACCEPTED" ? "green" : idea.status === "DECLINED" || idea.status === "WITHDRAWN" ? "gray" : "blue"}>{STATUS_LABELS[idea.status]}</Badge>
          </p>
          {idea.email && !idea.emailConfirmedAt && idea.status !== "WITHDRAWN" && (
            <Alert tone="warning" className="mt-3">
              Thư điện tử chưa được xác nhận: vui lòng bấm liên kết trong thư xác nhận. Hiến kế chưa xác nhận sẽ không được xem xét.
            </Alert>
          )}
          {idea.answer && (
            <div className="mt-3">
              <h3 className="font-semibold">Trả lời của cơ quan {idea.decidedAt ? `(${formatDateTimeVN(idea.decidedAt)})` : ""}</h3>
              <p className="mt-1 whitespace-pre-line">{idea.answer}</p>
            </div>
          )}
          {idea.status !== "WITHDRAWN" && (
            <details className="mt-3">
              <summary className="cursor-pointer text-brand-700">Nội dung đã gửi</summary>
              <p className="mt-2 whitespace-pre-line">{idea.content}</p>
              {idea.expectedBenefit && <p className="mt-2 whitespace-pre-line">Lợi ích mong đợi: {idea.expectedBenefit}</p>}
              {idea.attachments.length > 0 && <p className="mt-2 text-sm">Tệp đính kèm: {idea.attachments.map((a) => a.fileName).join(", ")}</p>}
            </details>
          )}
          {isOpen(idea.status) && <WithdrawIdeaButton code={code} />}
          {idea.status === "WITHDRAWN" && <p className="mt-3 text-sm text-slate-700">Thông tin cá nhân và nội dung hiến kế đã được xoá.</p>}
        </section>
      )}
    </>
  );
}
