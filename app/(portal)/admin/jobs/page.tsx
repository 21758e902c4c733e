import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { probeEvidenceStorage } from "@/lib/evidence/storage";
import { canManageJobs, listJobOverview, type JobRunRow } from "@/lib/jobs/queries";
import { formatDateTimeVN } from "@/lib/time/vn";
import { RunJobButton } from "./run-job-button";
import { EvidenceStorageBox } from "./storage-status";

export const metadata: Metadata = { title: "Tác vụ định kỳ" };

const STATUS = {
  RUNNING: { label: "Đang chạy", tone: "blue" },
  SUCCEEDED: { label: "Thành công", tone: "green" },
  FAILED: { label: "Thất bại", tone: "red" },
} as const;

const COUNT_LABELS: Record<string, string> = {
  due: "đến hạn",
  sent: "đã gửi",
  skipped: "đã gửi trước đó",
  notifications: "thông báo",
  emails: "thư",
  campaigns: "kế hoạch",
  units: "đơn vị",
  picked: "thư xử lý",
  local: "lưu cục bộ",
  retried: "gửi lại sau",
  failed: "thất bại",
  users: "người nhận",
  withoutEmail: "không có e-mail",
  appraisalRounds: "đợt thẩm định",
  appraisalSent: "nhắc chấm thẩm định",
  replicationSent: "nhắc nhân rộng",
  surveySent: "nhắc khảo sát",
  deleted: "hiến kế đã xoá",
  limitsPruned: "bộ đếm đã dọn",
  tables: "bảng",
};

function duration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${ms} ms`;
  return `${(ms / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} giây`;
}

function counts(detail: JobRunRow["detail"]): string {
  if (!detail) return "—";
  const parts = Object.entries(detail)
    .filter(([k, v]) => typeof v === "number" && k !== "durationMs")
    .map(([k, v]) => `${COUNT_LABELS[k] ?? k}: ${(v as number).toLocaleString("vi-VN")}`);
  return parts.length ? parts.join(", ") : "—";
}

export default async function JobsPage() {
  const user = await requireUser();
  if (!canManageJobs(user)) notFound();
  const [jobs, storage] = await Promise.all([listJobOverview(user), probeEvidenceStorage()]);
  const engine = process.env.DATABASE_URL ? "pg-boss trên PostgreSQL (mỗi lượt chạy một lần dù có nhiều máy chủ)" : "bộ hẹn giờ trong tiến trình (cơ sở dữ liệu nhúng)";
  const disabled = process.env.JOBS_DISABLED === "1";

  return (
    <>
      <PageHeader
        title="Tác vụ định kỳ"
        description={
          <>
            Nhắc hạn, gửi thư và thư tổng hợp chạy tự động bằng {engine}. Lượt thất bại được thử lại tối đa 3 lần và giữ lại ở đây.
            {disabled && <strong className="block text-amber-900">Tác vụ định kỳ đang tắt (JOBS_DISABLED=1): chỉ chạy khi bấm “Chạy ngay”.</strong>}
          </>
        }
      />
      <div className="space-y-8">
        <EvidenceStorageBox status={storage} />
        {jobs.map((job) => (
          <section key={job.name} aria-labelledby={`job-${job.name}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div>
                <h2 id={`job-${job.name}`} className="text-lg font-semibold">
                  {job.label}
                </h2>
                <p className="text-sm text-slate-700">
                  Lịch: {job.scheduleText} · Lần thành công gần nhất: {job.lastSuccessAt ? formatDateTimeVN(job.lastSuccessAt) : "chưa có"}
                  {job.failuresLast24h > 0 && <span className="font-semibold text-red-800"> · {job.failuresLast24h} lượt thất bại trong 24 giờ qua</span>}
                </p>
              </div>
              <RunJobButton name={job.name} label={job.label} />
            </div>
            {job.runs.length === 0 ? (
              <p className="text-sm text-slate-700">Chưa chạy lần nào. Bấm “Chạy ngay” để chạy thử.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full min-w-[720px] text-left text-sm">
                  <caption className="sr-only">Các lượt chạy gần nhất của tác vụ {job.label}</caption>
                  <thead className="bg-slate-50 text-slate-700">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-semibold">Bắt đầu</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Trạng thái</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">Lần thử</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">Thời gian</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Kết quả / lỗi</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {job.runs.map((r) => (
                      <tr key={r.id} className={r.status === "FAILED" ? "bg-red-50" : undefined} data-status={r.status}>
                        <td className="whitespace-nowrap px-3 py-2">{formatDateTimeVN(r.startedAt)}</td>
                        <td className="px-3 py-2">
                          <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                        </td>
                        <td className="px-3 py-2 text-right">{r.attempt}</td>
                        <td className="whitespace-nowrap px-3 py-2 text-right">{duration(r.durationMs)}</td>
                        <td className="px-3 py-2">
                          {r.status === "FAILED" ? <span className="break-words text-red-900">{r.error ?? "Lỗi không rõ"}</span> : counts(r.detail)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
