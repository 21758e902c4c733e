import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { PARTICIPANT_TYPE_LABELS } from "@/lib/campaigns/defaults";
import { getPublicCampaign } from "@/lib/public-site/queries";
import { formatCalendarDate, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Phong trào thi đua" };

/** A public campaign: what it asks, of whom, by when; the way to contribute. 404 for a campaign not marked public. */
export default async function PublicCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getPublicCampaign(id);
  if (!c) notFound();
  const citizen = c.criteria.filter((x) => x.participantType === "CITIZEN");
  const others = c.criteria.filter((x) => x.participantType !== "CITIZEN");
  return (
    <>
      <PageHeader
        title={c.title}
        breadcrumbs={[{ href: "/public/campaigns", label: "Phong trào" }]}
        description={
          <>
            {c.issuingUnit.name} · Kế hoạch số {c.documentNumber} ngày {formatCalendarDate(c.issuedOn)}
          </>
        }
        actions={c.takesIdeas ? <LinkButton href={`/public/campaigns/${c.id}/ideas/new`}>Gửi hiến kế</LinkButton> : undefined}
      />
      <div className="mb-4 flex flex-wrap gap-2">
        {c.status === "CLOSED" ? <Badge tone="gray">Đã kết thúc</Badge> : <Badge tone="green">Đang phát động</Badge>}
        {c.takesIdeas ? <Badge tone="blue">Đang nhận hiến kế đến hết ngày {formatCalendarDate(c.endsOn)}</Badge> : <Badge tone="gray">Không nhận hiến kế qua cổng</Badge>}
      </div>
      {c.theme && (
        <section aria-labelledby="theme" className="mb-6">
          <h2 id="theme" className="text-lg font-semibold">
            Chủ đề
          </h2>
          <p className="mt-1 whitespace-pre-line">{c.theme}</p>
        </section>
      )}
      {c.purpose && (
        <section aria-labelledby="purpose" className="mb-6">
          <h2 id="purpose" className="text-lg font-semibold">
            Mục đích, yêu cầu
          </h2>
          <p className="mt-1 whitespace-pre-line">{c.purpose}</p>
        </section>
      )}
      <section aria-labelledby="fields" className="mb-6">
        <h2 id="fields" className="text-lg font-semibold">
          Lĩnh vực
        </h2>
        <ol className="mt-1 list-decimal pl-6">
          {c.fields.map((f) => (
            <li key={f.id}>{f.name}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="citizen" className="mb-6 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="citizen" className="text-lg font-semibold">
          Tiêu chí thi đua đối với người dân và doanh nghiệp
        </h2>
        {citizen.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {citizen.map((x) => (
              <li key={x.id} className="whitespace-pre-line">
                {x.content}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">Kế hoạch không nêu tiêu chí riêng cho người dân, doanh nghiệp.</p>
        )}
        {c.takesIdeas ? (
          <Alert tone="info" className="mt-3">
            Anh/chị gửi hiến kế trực tuyến, không cần tài khoản; sau khi gửi sẽ nhận mã theo dõi để xem kết quả xử lý. Thông tin liên hệ chỉ bộ phận tiếp nhận được xem.
          </Alert>
        ) : null}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="criteria" className="mb-6">
          <h2 id="criteria" className="text-lg font-semibold">
            Tiêu chí đối với tập thể, cá nhân
          </h2>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {others.map((x) => (
              <li key={x.id}>
                <span className="font-medium">{PARTICIPANT_TYPE_LABELS[x.participantType]}:</span> {x.content}
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.milestones.length > 0 && (
        <section aria-labelledby="deadlines" className="mb-6">
          <h2 id="deadlines" className="text-lg font-semibold">
            Các mốc thời gian
          </h2>
          <ul className="mt-1 divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
            {c.milestones.map((m) => (
              <li key={m.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:justify-between">
                <span>{m.name}</span>
                <span className="text-sm font-medium text-slate-800">{formatDeadline(m.dueAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="text-sm text-slate-700">
        {c._count.publicIdeas.toLocaleString("vi-VN")} hiến kế của người dân, doanh nghiệp đã được ghi nhận · {c._count.awardDecisions.toLocaleString("vi-VN")} quyết
        định khen thưởng. Người ký kế hoạch: {c.signerTitle} {c.signerName}.
      </p>
    </>
  );
}
