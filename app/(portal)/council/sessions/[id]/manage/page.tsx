import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { SessionAgenda, SessionCandidates } from "@/components/council/session-agenda";
import { SessionDetailsForm } from "@/components/council/session-details-form";
import { SessionLifecycle } from "@/components/council/session-lifecycle";
import { SessionMembersForm } from "@/components/council/session-members-form";
import { SessionStatusBadge } from "@/components/council/session-status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { BALLOT_MODE_LABELS, POSITION_LABELS } from "@/lib/awards/labels";
import { requireUser } from "@/lib/auth/session";
import type { PageSearchParams } from "@/lib/consolidation/filters";
import { getSessionForManage } from "@/lib/council/sessions/queries";
import { instantToVnInputs } from "@/lib/council/sessions/schemas";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Chuẩn bị phiên họp Hội đồng" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ManageSessionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const cq = one(sp.cq)?.trim().slice(0, 200) || undefined;
  const view = await getSessionForManage(user, id, { agendaPage: parsePage(sp.page), candidatePage: parsePage(sp.cp), candidateQuery: cq });
  if (!view) notFound();
  const { session: s, campaign } = view;
  const draft = s.status === "DRAFT";
  const base = `/council/sessions/${s.id}/manage`;
  const inputs = instantToVnInputs(s.meetingAt);

  return (
    <>
      <PageHeader
        title={s.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SessionStatusBadge status={s.status} />
            <span>
              {formatDateTimeVN(s.meetingAt)}
              {s.location ? ` · ${s.location}` : ""} · {BALLOT_MODE_LABELS[s.ballotMode]} · Kế hoạch {campaign.documentNumber}
            </span>
          </span>
        }
        breadcrumbs={[
          { href: "/campaigns", label: "Kế hoạch thi đua" },
          { href: `/campaigns/${campaign.id}`, label: `Kế hoạch ${campaign.documentNumber}` },
          { href: `/campaigns/${campaign.id}/council`, label: "Hội đồng TĐKT" },
        ]}
        actions={
          s.status !== "DRAFT" ? (
            <Link href={`/council/sessions/${s.id}`} className={buttonClass("secondary")}>
              Xem phiên họp
            </Link>
          ) : undefined
        }
      />

      {draft ? (
        <section aria-labelledby="open-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="open-h" className="mb-2 text-lg font-semibold">
            Mở biểu quyết
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Khi mở biểu quyết, các thành viên được triệu tập nhận thông báo kèm đường dẫn đến phiên họp; thành phần, chương trình và hình thức biểu quyết không
            thay đổi được nữa.
          </p>
          <SessionLifecycle
            sessionId={s.id}
            lockVersion={s.lockVersion}
            campaignId={campaign.id}
            problems={view.openProblems}
            memberCount={view.convened.length}
            itemCount={view.agenda.total}
          />
        </section>
      ) : (
        <Alert tone="info" className="mb-6" title={s.status === "VOTING" ? "Phiên họp đang biểu quyết" : "Phiên họp đã kết thúc biểu quyết"}>
          {s.votingOpenedAt && <>Mở biểu quyết lúc {formatDateTimeVN(s.votingOpenedAt)}. </>}
          {s.closedAt && <>Kết thúc lúc {formatDateTimeVN(s.closedAt)}. </>}
          Thành phần và chương trình không thay đổi được nữa.
        </Alert>
      )}

      <section aria-labelledby="details-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="details-h" className="mb-3 text-lg font-semibold">
          Thông tin phiên họp
        </h2>
        {s.status === "CLOSED" ? (
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">Thời gian</dt>
              <dd>{formatDateTimeVN(s.meetingAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Địa điểm</dt>
              <dd>{s.location ?? "—"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Nội dung, chương trình họp</dt>
              <dd className="whitespace-pre-line">{s.agenda ?? "—"}</dd>
            </div>
          </dl>
        ) : (
          <SessionDetailsForm
            sessionId={s.id}
            lockVersion={s.lockVersion}
            status={s.status}
            values={{ title: s.title, meetingDate: inputs.date, meetingTime: inputs.time, location: s.location ?? "", agenda: s.agenda ?? "", ballotMode: s.ballotMode }}
          />
        )}
      </section>

      <section aria-labelledby="members-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="members-h" className="mb-1 text-lg font-semibold">
          Thành phần
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Hội đồng Thi đua - Khen thưởng {s.organisation.name}: chủ trì {s.chairName ?? "—"}
          {s.secretaryName ? `, thư ký ${s.secretaryName}` : ""}.
        </p>
        {draft ? (
          view.council.length === 0 ? (
            <Alert tone="warning">Hội đồng chưa có thành viên nào đang hoạt động.</Alert>
          ) : (
            <SessionMembersForm
              sessionId={s.id}
              lockVersion={s.lockVersion}
              options={view.council}
              convened={view.convened.map((m) => m.userId)}
              chairUserId={s.chairUserId}
              secretaryUserId={s.secretaryUserId}
            />
          )
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {view.convened.map((m) => (
              <li key={m.userId}>
                <span className="font-medium">{m.fullName}</span> · {POSITION_LABELS[m.position]}
                {m.userId === s.chairUserId && " · chủ trì"}
                {m.userId === s.secretaryUserId && " · thư ký"}
                {m.presentAt && <span className="text-green-800"> · có mặt</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="agenda-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="agenda-h" className="mb-3 text-lg font-semibold">
          Chương trình: hồ sơ trình Hội đồng ({view.agenda.total})
        </h2>
        <SessionAgenda
          sessionId={s.id}
          lockVersion={s.lockVersion}
          campaignId={campaign.id}
          items={view.agenda.items}
          total={view.agenda.total}
          editable={draft}
        />
        <Pagination
          page={view.agenda.page}
          pageSize={view.agenda.pageSize}
          total={view.agenda.total}
          basePath={base}
          params={{ cp: sp.cp ? String(one(sp.cp)) : undefined, cq }}
          param="page"
          anchor="agenda-h"
          label="chương trình phiên họp"
        />
      </section>

      {draft && (
        <section aria-labelledby="cand-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="cand-h" className="mb-1 text-lg font-semibold">
            Hồ sơ đã tiếp nhận chờ đưa vào phiên họp ({view.candidates.total})
          </h2>
          <p className="mb-3 text-sm text-slate-700">Chỉ hồ sơ của kế hoạch {campaign.documentNumber} đã được Thường trực Thi đua tiếp nhận.</p>
          <form method="get" action={`${base}#cand-h`} className="mb-3 flex flex-wrap items-end gap-2" role="search" aria-label="Tìm hồ sơ chờ đưa vào phiên họp">
            <div className="flex flex-col gap-1">
              <label htmlFor="cq" className="text-sm font-medium">
                Tên tập thể, cá nhân
              </label>
              <Input id="cq" name="cq" defaultValue={cq ?? ""} className="w-64 max-w-full" />
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Tìm
            </button>
            {cq && (
              <Link href={`${base}#cand-h`} className="py-2 text-sm text-brand-700 underline">
                Bỏ lọc
              </Link>
            )}
          </form>
          <SessionCandidates key={`${view.candidates.page}-${cq ?? ""}`} sessionId={s.id} lockVersion={s.lockVersion} rows={view.candidates.rows} />
          <Pagination
            page={view.candidates.page}
            pageSize={view.candidates.pageSize}
            total={view.candidates.total}
            basePath={base}
            params={{ page: sp.page ? String(one(sp.page)) : undefined, cq }}
            param="cp"
            anchor="cand-h"
            label="hồ sơ chờ đưa vào phiên họp"
          />
        </section>
      )}

      <RecordHistory entityType="CouncilSession" entityId={s.id} />
    </>
  );
}
