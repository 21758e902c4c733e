import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { daysLateText, StandingBadge } from "@/components/compliance/standing-badge";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getUnitRecord } from "@/lib/compliance/queries";
import { formatPercentVN } from "@/lib/compliance/rules";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { PHASE_LABELS } from "@/lib/reports/labels";
import { formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Hồ sơ thi đua của đơn vị" };

const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2";

export default async function UnitRecordPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const user = await requireUser();
  const record = await getUnitRecord(user, unitId);
  if (!record) notFound();
  const { unit, isOwnUnit, rows, years } = record;

  return (
    <>
      <PageHeader
        title={`Hồ sơ thi đua: ${unit.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {unit.parent && <span>{unit.parent.name} ·</span>}
            {unit.status !== "ACTIVE" && (
              <Badge tone="amber">Đã ngừng hoạt động{unit.closedAt ? ` từ ${formatDateVN(unit.closedAt)}` : ""}</Badge>
            )}
            <span>Việc đăng ký (Mẫu 1) và báo cáo sơ kết, tổng kết (Mẫu 2) theo các kế hoạch thi đua qua các năm.</span>
          </span>
        }
      />

      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          Đơn vị chưa tham gia kế hoạch thi đua nào đã ban hành. Khi Bộ phận CCHC ban hành kế hoạch có đơn vị tham gia, kết quả sẽ hiện ở đây.
        </p>
      ) : (
        <>
          <section aria-labelledby="years-h" className="mb-8">
            <h2 id="years-h" className="mb-2 text-lg font-semibold">
              Tổng hợp theo năm
            </h2>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">Số kế hoạch tham gia và tình hình nộp Mẫu 1, báo cáo đúng hạn theo năm</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className={th}>Năm</th>
                    <th scope="col" className={`${th} text-right`}>Số kế hoạch</th>
                    <th scope="col" className={`${th} text-right`}>Đúng hạn</th>
                    <th scope="col" className={`${th} text-right`}>Trễ hạn</th>
                    <th scope="col" className={`${th} text-right`}>Chưa nộp</th>
                    <th scope="col" className={`${th} text-right`}>Tỉ lệ đúng hạn</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((y) => (
                    <tr key={y.year} className="border-t border-slate-200" data-year={y.year}>
                      <th scope="row" className={td}>{y.year}</th>
                      <td className={`${td} text-right`}>{y.campaigns}</td>
                      <td className={`${td} text-right`}>{y.onTime}</td>
                      <td className={`${td} text-right`}>{y.late}</td>
                      <td className={`${td} text-right`}>{y.missing}</td>
                      <td className={`${td} text-right font-semibold`}>{formatPercentVN(y.onTimeRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 text-xs text-slate-600">
              Đúng hạn, trễ hạn, chưa nộp: tính trên Mẫu 1 và các báo cáo sơ kết, tổng kết đã đến hạn hoặc đã nộp; việc chưa đến hạn chưa được tính.
            </p>
          </section>

          <section aria-labelledby="campaigns-h" className="mb-8">
            <h2 id="campaigns-h" className="mb-2 text-lg font-semibold">
              Các kế hoạch đã tham gia ({rows.length})
            </h2>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[72rem] text-left text-sm">
                <caption className="sr-only">Từng kế hoạch, mới nhất trước</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className={th}>Kế hoạch</th>
                    <th scope="col" className={th}>Năm</th>
                    <th scope="col" className={th}>Mẫu 1</th>
                    <th scope="col" className={th}>Thời hạn</th>
                    <th scope="col" className={th}>Đúng hạn / trễ</th>
                    <th scope="col" className={th}>Báo cáo sơ kết, tổng kết</th>
                    <th scope="col" className={`${th} text-right`}>Nội dung đăng ký</th>
                    <th scope="col" className={`${th} text-right`}>Tiêu biểu</th>
                    <th scope="col" className={`${th} text-right`}>
                      Được công nhận
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.campaignId} className="border-t border-slate-200 align-top" data-campaign={r.documentNumber}>
                      <th scope="row" className={`${td} font-normal`}>
                        {r.canOpenCompliance ? (
                          <Link href={`/campaigns/${r.campaignId}/compliance`} className="font-semibold text-brand-700 underline underline-offset-2">
                            {r.documentNumber}
                          </Link>
                        ) : (
                          <span className="font-semibold">{r.documentNumber}</span>
                        )}
                        <span className="block text-xs text-slate-600">{r.issuingUnitName}{r.campaignStatus === "CLOSED" ? " · đã kết thúc" : ""}</span>
                        <Link href={`/campaigns/${r.campaignId}/timeline`} className="text-xs text-brand-700 underline underline-offset-2">
                          Lịch các mốc<span className="sr-only"> của kế hoạch {r.documentNumber}</span>
                        </Link>
                      </th>
                      <td className={td}>{r.year}</td>
                      <td className={td}>
                        {r.registrationStatus ? SUBMISSION_STATUS_LABELS[r.registrationStatus] : "Chưa lập"}
                        {r.firstSubmittedAt && <span className="block text-xs text-slate-600">nộp lần đầu {formatDateTimeVN(r.firstSubmittedAt)}</span>}
                      </td>
                      <td className={`${td} whitespace-nowrap`}>
                        {r.dueAt ? formatDeadline(r.dueAt) : "—"}
                        {r.extended && <span className="block text-xs text-slate-600">(đã gia hạn)</span>}
                      </td>
                      <td className={td}>
                        {r.standing ? (
                          <>
                            <StandingBadge standing={r.standing} />
                            {r.standing.daysLate > 0 && <span className="block text-xs text-slate-700">{daysLateText(r.standing)}</span>}
                          </>
                        ) : (
                          <span className="text-slate-600">Không có mốc đăng ký</span>
                        )}
                      </td>
                      <td className={td}>
                        {r.reports.length === 0 ? (
                          <span className="text-slate-600">Không có mốc báo cáo</span>
                        ) : (
                          <ul className="flex flex-col gap-2">
                            {r.reports.map((p) => (
                              <li key={p.phase} data-report={p.phase}>
                                <span className="font-medium">{PHASE_LABELS[p.phase]}</span>{" "}
                                <span className="whitespace-nowrap text-xs text-slate-700">
                                  ({formatDeadline(p.dueAt)}
                                  {p.extended ? ", đã gia hạn" : ""})
                                </span>
                                <span className="mt-0.5 flex flex-wrap items-center gap-1">
                                  {p.notOpenUntil ? (
                                    <span className="text-xs text-slate-700">Mở nhận từ {formatDateVN(p.notOpenUntil)}</span>
                                  ) : (
                                    <>
                                      <StandingBadge standing={p.standing} />
                                      {p.standing.daysLate > 0 && <span className="text-xs text-slate-700">{daysLateText(p.standing)}</span>}
                                    </>
                                  )}
                                </span>
                                {p.status && <span className="block text-xs text-slate-600">{SUBMISSION_STATUS_LABELS[p.status]}</span>}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className={`${td} text-right`}>{r.initiatives}</td>
                      <td className={`${td} text-right`}>{r.typical}</td>
                      <td className={`${td} text-right`}>
                        {r.recognised}
                        {r.recognisedCity > 0 && <span className="block text-xs text-slate-700">{r.recognisedCity} cấp Thành phố</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 text-xs text-slate-600">Nội dung đăng ký: các mô hình, giải pháp, sáng kiến trong Mẫu 1 đã nộp của đơn vị và của cá nhân thuộc đơn vị.</p>
          </section>
        </>
      )}
      {isOwnUnit && (
      <p className="text-sm">
        <Link href="/unit" className="text-brand-700 underline underline-offset-2">
          Về trang đơn vị
        </Link>
      </p>
      )}
    </>
  );
}
