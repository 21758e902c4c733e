import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ComplianceBar } from "@/components/compliance/compliance-bar";
import { daysLateText, STANDING_TONES } from "@/components/compliance/standing-badge";
import { UnitStandingRow } from "@/components/compliance/unit-standing-row";
import { ManualReminderButton } from "@/components/reminders/manual-reminder-button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { getCampaignCompliance, type MilestoneCompliance } from "@/lib/compliance/queries";
import { COMPLIANCE_STATUS_LABELS, formatNumberVN, formatPercentVN, proposalSummaryText, UNTRACKED_LABEL, type ComplianceSummary } from "@/lib/compliance/rules";
import { OBLIGATION_STATUS_LABELS } from "@/lib/obligations/rules";
import type { MilestoneKind } from "@/lib/generated/prisma/enums";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { PHASE_LABELS } from "@/lib/reports/labels";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Tuân thủ thời hạn" };

const UNITS_PER_PAGE = 50;
const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2";

/** "Mẫu 1", "Báo cáo sơ kết"… : what a tracked milestone's deliverable is called in a unit's row. */
function recordLabel(kind: MilestoneKind): string {
  const p = phaseOfMilestoneKind(kind);
  if (!p) return "Mẫu 1";
  return p.summary ? `Báo cáo ${PHASE_LABELS[p.phase].toLowerCase()} tổng hợp` : `Báo cáo ${PHASE_LABELS[p.phase].toLowerCase()}`;
}

/** Nobody has submitted and the deadline has not passed for anyone: no rate to speak of yet. */
function nothingDueYet(s: ComplianceSummary): boolean {
  return s.onTime + s.late === 0 && s.overdue === 0;
}

export default async function CompliancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ only?: string; page?: string; m?: string }> }) {
  const { id } = await params;
  const { only, page: pageParam, m: milestoneParam } = await searchParams;
  const page = parsePage(pageParam);
  const problemsOnly = only === "problem";
  const user = await requireUser();
  const now = new Date();
  const data = await getCampaignCompliance(user, id, now, { rowsOf: milestoneParam ?? "", page, pageSize: UNITS_PER_PAGE, problemsOnly });
  if (!data) notFound();
  const { campaign: c, milestones, unitCount } = data;
  const tracked = milestones.filter((m) => m.tracked);
  // The per-unit table of one milestone at a time (a city has ~2,000 units): the chosen one, else the first.
  const selected = tracked.find((m) => m.rowsLoaded);
  const base = `/campaigns/${c.id}/compliance`;
  const mParam = selected && selected !== tracked[0] ? selected.id : undefined;
  const hrefWith = (q: { m?: string; only?: boolean }) => {
    const sp = new URLSearchParams();
    if (q.m) sp.set("m", q.m);
    if (q.only) sp.set("only", "problem");
    const s = sp.toString();
    return s ? `${base}?${s}` : base;
  };
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 ${active ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-slate-800"}`;

  return (
    <>
      <PageHeader
        title="Tuân thủ thời hạn"
        description={
          <span>
            Kế hoạch {c.documentNumber} · {c.issuingUnit.name} · {unitCount} đơn vị tham gia · số liệu lúc {formatDateTimeVN(now)}
          </span>
        }
      />

      <section aria-labelledby="summary-h" className="mb-8">
        <h2 id="summary-h" className="mb-2 text-lg font-semibold">
          Tổng hợp theo mốc
        </h2>
        {milestones.length === 0 ? (
          <p className="text-sm text-slate-700">Kế hoạch chưa có mốc thời gian. Bộ phận CCHC thêm các mốc khi sửa kế hoạch.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <caption className="sr-only">Tỉ lệ nộp đúng hạn theo từng mốc của kế hoạch</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={th}>Mốc</th>
                  <th scope="col" className={th}>Thời hạn</th>
                  <th scope="col" className={`${th} text-right`}>Đơn vị phải nộp</th>
                  <th scope="col" className={`${th} text-right`}>Đúng hạn</th>
                  <th scope="col" className={`${th} text-right`}>Trễ hạn</th>
                  <th scope="col" className={`${th} text-right`}>Chưa nộp (quá hạn)</th>
                  <th scope="col" className={`${th} text-right`}>Tỉ lệ đúng hạn</th>
                  <th scope="col" className={`${th} text-right`}>Số ngày trễ TB / tối đa</th>
                </tr>
              </thead>
              <tbody>
                {milestones.map((m) => (
                  <tr key={m.id} className={`border-t border-slate-200 align-top ${m === selected ? "bg-brand-50/40" : ""}`} data-milestone={m.kind}>
                    <th scope="row" className={`${td} font-normal`}>
                      {m.tracked ? (
                        <Link href={hrefWith({ m: m === tracked[0] ? undefined : m.id, only: problemsOnly })} className="text-brand-700 underline underline-offset-2">
                          <span className="font-medium">{m.deliverable ? `${m.deliverable}: ` : ""}</span>
                          {m.name}
                        </Link>
                      ) : (
                        <>
                          <span className="font-medium">{m.deliverable ? `${m.deliverable}: ` : ""}</span>
                          {m.name}
                        </>
                      )}
                      <span className="block text-xs text-slate-600">{ROLE_LABELS[m.responsibleRole]}</span>
                    </th>
                    <td className={`${td} whitespace-nowrap`}>
                      {formatDeadline(m.dueAt)}
                      {m.notOpenUntil && <span className="block text-xs text-slate-700">Mở nhận từ {formatDateVN(m.notOpenUntil)}</span>}
                    </td>
                    {m.summary ? (
                      <>
                        <td className={`${td} text-right`}>{m.scope === "OFFICE" ? "Bộ phận CCHC" : m.summary.participating}</td>
                        <td className={`${td} text-right`}>{m.summary.onTime}</td>
                        <td className={`${td} text-right`}>{m.summary.late}</td>
                        <td className={`${td} text-right`}>
                          {m.summary.missing} ({m.summary.overdue})
                        </td>
                        <td className={`${td} text-right font-semibold`} data-rate>
                          {nothingDueYet(m.summary) ? "—" : formatPercentVN(m.summary.onTimeRate)}
                        </td>
                        <td className={`${td} text-right`}>
                          {m.summary.late ? `${formatNumberVN(m.summary.avgDaysLate)} / ${formatNumberVN(m.summary.maxDaysLate)} ngày` : "—"}
                        </td>
                      </>
                    ) : m.proposals ? (
                      <td colSpan={6} className={`${td} text-slate-800`} data-proposals>
                        Không bắt buộc · {proposalSummaryText(m.proposals)}
                        {m.proposals.totals.returned > 0 && <>, {m.proposals.totals.returned} hồ sơ bị trả lại chờ đơn vị gửi lại</>}
                      </td>
                    ) : m.councilReview ? (
                      <td colSpan={6} className={`${td} ${m.councilReview.overdue ? "font-medium text-red-800" : "text-slate-800"}`} data-council-review={m.councilReview.status}>
                        {OBLIGATION_STATUS_LABELS[m.councilReview.status]}
                        {m.councilReview.overdue && " (quá hạn)"} · {m.councilReview.text}
                      </td>
                    ) : (
                      <td colSpan={6} className={`${td} text-slate-600`}>
                        {UNTRACKED_LABEL}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-2 text-xs text-slate-600">
          Tỉ lệ đúng hạn = số đơn vị nộp đúng hạn / số đơn vị phải nộp. Số ngày trễ tính từ thời hạn của từng đơn vị (kể cả khi được gia hạn) đến lần nộp đầu tiên,
          làm tròn lên. Báo cáo tổng hợp do Bộ phận CCHC lập. Đề nghị khen thưởng không bắt buộc nên không tính đúng hạn, chỉ đếm số hồ sơ các đơn vị đã gửi; các
          việc chưa nhận qua cổng hiện “{UNTRACKED_LABEL}”.
        </p>
      </section>

      {tracked.length > 1 && (
        <nav aria-label="Chọn mốc để xem từng đơn vị" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-slate-800">Xem từng đơn vị theo mốc:</span>
          {tracked.map((m) => (
            <Link
              key={m.id}
              href={hrefWith({ m: m === tracked[0] ? undefined : m.id, only: problemsOnly })}
              aria-current={m === selected ? "page" : undefined}
              className={chip(m === selected)}
              data-select-milestone={m.kind}
            >
              {recordLabel(m.kind)}
              <span className="sr-only"> – {m.name}</span>
            </Link>
          ))}
        </nav>
      )}

      {selected && <MilestoneUnits m={selected} campaign={c} userRoles={user.roles} problemsOnly={problemsOnly} page={page} base={base} mParam={mParam} hrefWith={hrefWith} chip={chip} />}
    </>
  );
}

function MilestoneUnits({
  m,
  campaign: c,
  userRoles,
  problemsOnly,
  page,
  base,
  mParam,
  hrefWith,
  chip,
}: {
  m: MilestoneCompliance;
  campaign: { id: string; status: string; issuingUnit: { id: string; path: string; name: string } };
  userRoles: SessionUser["roles"];
  problemsOnly: boolean;
  page: number;
  base: string;
  mParam: string | undefined;
  hrefWith: (q: { m?: string; only?: boolean }) => string;
  chip: (active: boolean) => string;
}) {
  // The statistics cover every unit; the table shows one page of them (a city has ~2,000 units).
  const rows = m.units;
  const problemCount = m.problems;
  const phase = phaseOfMilestoneKind(m.kind);
  const isUnitReport = !!phase && !phase.summary;
  const label = recordLabel(m.kind);
  const canRemind =
    m.scope === "UNITS" &&
    c.status === "PUBLISHED" &&
    !m.notOpenUntil &&
    can(userRoles, isUnitReport ? "review:report" : "review:registration", c.issuingUnit);
  return (
    <section aria-labelledby={`m-${m.id}`} className="mb-8" data-units-of={m.kind}>
      <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 id={`m-${m.id}`} className="mb-1 text-lg font-semibold">
            {m.deliverable ? `${m.deliverable}: ` : ""}
            {m.name}
          </h2>
          <p className="text-sm text-slate-700">
            {formatDeadline(m.dueAt)} · tỉ lệ đúng hạn{" "}
            <span className="font-semibold">{m.summary && nothingDueYet(m.summary) ? "chưa có (chưa đến hạn)" : formatPercentVN(m.summary?.onTimeRate)}</span>
            {m.notOpenUntil && <> · mở nhận từ {formatDateVN(m.notOpenUntil)}</>}
          </p>
        </div>
        {canRemind && problemCount > 0 && (
          <div className="shrink-0">
            <ManualReminderButton
              campaignId={c.id}
              milestoneId={isUnitReport ? m.id : undefined}
              what={isUnitReport ? label.toLowerCase() : "Mẫu 1"}
              label={`Nhắc các đơn vị chưa nộp ${isUnitReport ? label.toLowerCase() : "Mẫu 1"}`}
            />
          </div>
        )}
      </div>
      {m.summary && m.summary.participating > 0 && <ComplianceBar summary={m.summary} label={`Tình hình nộp ${m.deliverable ?? m.name}`} />}

      {m.scope === "UNITS" && (
        <nav aria-label="Lọc đơn vị" className="mt-4 mb-2 flex flex-wrap gap-2 text-sm">
          <Link href={hrefWith({ m: mParam })} aria-current={!problemsOnly ? "page" : undefined} className={chip(!problemsOnly)}>
            Tất cả đơn vị ({m.summary?.participating ?? 0})
          </Link>
          <Link href={hrefWith({ m: mParam, only: true })} aria-current={problemsOnly ? "page" : undefined} className={chip(problemsOnly)}>
            Chỉ đơn vị trễ / chưa nộp ({problemCount})
          </Link>
        </nav>
      )}

      {m.listed === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {!m.summary?.participating ? "Kế hoạch chưa có đơn vị tham gia." : "Không có đơn vị nào trễ hoặc chưa nộp. Chọn “Tất cả đơn vị” để xem toàn bộ."}
        </p>
      ) : rows.length === 0 ? (
        // A page past the end (an old link, a typed number): say so and lead back rather than show an empty table.
        <p className="mt-4 rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          Trang {page} không có đơn vị nào: danh sách có {m.listed.toLocaleString("vi-VN")} đơn vị trong {Math.ceil(m.listed / UNITS_PER_PAGE)} trang.{" "}
          <Link href={hrefWith({ m: mParam, only: problemsOnly })} className="link">
            Về trang đầu
          </Link>
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="data-table w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">
              {m.scope === "OFFICE" ? `Tình hình lập ${label.toLowerCase()} của Bộ phận CCHC` : "Tình hình nộp của từng đơn vị, đơn vị quá hạn và trễ nhiều nhất lên trước"}
            </caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="font-semibold">Đơn vị</th>
                <th scope="col" className="font-semibold">Tình trạng</th>
                <th scope="col" className="font-semibold">Nộp lần đầu lúc</th>
                <th scope="col" className="font-semibold text-right">Số ngày trễ</th>
                <th scope="col" className="font-semibold">Gia hạn</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <UnitStandingRow
                  key={u.unitId}
                  row={{
                    unitId: u.unitId,
                    name: u.name,
                    office: m.scope === "OFFICE",
                    closed: u.unitStatus !== "ACTIVE",
                    status: u.standing.status,
                    standing: COMPLIANCE_STATUS_LABELS[u.standing.status],
                    standingTone: STANDING_TONES[u.standing.status],
                    record: u.recordStatus ? `${label}: ${SUBMISSION_STATUS_LABELS[u.recordStatus]}` : null,
                    firstSubmitted: u.firstSubmittedAt ? formatDateTimeVN(u.firstSubmittedAt) : "—",
                    daysLate: daysLateText(u.standing),
                    extension: u.extension ? { due: formatDeadline(u.extension.dueAt), reason: u.extension.reason } : null,
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {m.scope === "UNITS" && (
        <Pagination page={page} pageSize={UNITS_PER_PAGE} total={m.listed} basePath={base} params={{ m: mParam, only: problemsOnly ? "problem" : undefined }} />
      )}
    </section>
  );
}
