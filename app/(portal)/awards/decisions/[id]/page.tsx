import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getDecision } from "@/lib/awards/decisions/queries";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

/** One award decision: its particulars and the awardees in certificate order, each with its certificate (PDF). */
export default async function DecisionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ moi?: string }> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const data = await getDecision(user, id);
  if (!data) notFound();
  const d = data.decision;
  return (
    <>
      <PageHeader
        title={`Quyết định số ${d.number}`}
        description={d.summary ?? undefined}
        breadcrumbs={[
          { href: "/awards/decisions", label: "Quyết định khen thưởng" },
          { href: `/campaigns/${d.campaign.id}/awards/decisions`, label: `Kế hoạch ${d.campaign.documentNumber}` },
        ]}
        actions={
          <div className="flex flex-wrap gap-2">
            <LinkButton href={`/awards/decisions/${d.id}/document`} variant="secondary" prefetch={false} download>
              Tải Quyết định (Word)
            </LinkButton>
            <LinkButton href={`/awards/decisions/${d.id}/document?format=pdf`} variant="secondary" prefetch={false} download>
              Tải Quyết định (PDF)
            </LinkButton>
            {d.proposals.length > 0 && (
              <LinkButton href={`/api/awards/decisions/${d.id}/certificates`} prefetch={false} download>
                Tải tất cả Giấy khen (PDF)
              </LinkButton>
            )}
          </div>
        }
      />
      {sp.moi === "1" && (
        <Alert tone="success" className="mb-4">
          Đã ghi nhận Quyết định số {d.number}: {d.proposals.length} tập thể, cá nhân được khen thưởng. Các đơn vị đề nghị và người được khen thưởng đã được thông báo.
        </Alert>
      )}
      <section aria-labelledby="info-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="info-h" className="sr-only">
          Thông tin quyết định
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">Cơ quan ban hành</dt>
            <dd className="font-medium">{d.organisationUnit.name}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Ngày ký</dt>
            <dd className="font-medium">{formatCalendarDate(d.signedOn)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Người ký</dt>
            <dd className="font-medium">
              {d.signerTitle} {d.signerName}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Kế hoạch thi đua</dt>
            <dd className="font-medium">
              {d.campaign.documentNumber} ({d.campaign.year})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Phiên họp Hội đồng</dt>
            <dd className="font-medium">
              {d.session ? (
                <Link href={`/council/sessions/${d.session.id}/minutes`} className="text-brand-700 underline underline-offset-2">
                  {d.session.title}
                </Link>
              ) : (
                "—"
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Ghi nhận trên cổng</dt>
            <dd>
              {formatDateTimeVN(d.createdAt)}
              {data.recordedBy ? ` bởi ${data.recordedBy}` : ""}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="awardees-h">
        <h2 id="awardees-h" className="mb-2 text-lg font-semibold">
          Tập thể, cá nhân được khen thưởng ({d.proposals.length})
        </h2>
        <ol className="flex flex-col gap-2" data-awardees>
          {d.proposals.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between" data-awardee={p.id}>
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  <span className="text-slate-600">Số {p.certificateNo}.</span> {p.nomineeName}
                </p>
                <p className="text-slate-700">
                  {NOMINEE_TYPE_LABELS[p.nomineeType]}
                  {p.nomineeType !== "COLLECTIVE" && p.nomineeDetail ? `, ${p.nomineeDetail}` : ""} · đơn vị đề nghị: {p.unit.name} · {p.awardForm.name}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap gap-2">
                <LinkButton href={`/api/awards/certificates/${p.id}?xem=1`} variant="ghost" prefetch={false} target="_blank" rel="noopener">
                  Xem<span className="sr-only"> Giấy khen số {p.certificateNo}</span>
                </LinkButton>
                <LinkButton href={`/api/awards/certificates/${p.id}`} variant="secondary" prefetch={false} download>
                  Tải Giấy khen (PDF)<span className="sr-only">: số {p.certificateNo} của {p.nomineeName}</span>
                </LinkButton>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
