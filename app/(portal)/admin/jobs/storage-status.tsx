import { Badge } from "@/components/ui/badge";
import { formatFileSize } from "@/lib/evidence/limits";
import type { EvidenceStorageStatus } from "@/lib/evidence/storage";
import { describeStorageCode } from "@/lib/evidence/storage-status";
import { formatDateTimeVN } from "@/lib/time/vn";

const OPS: Record<string, string> = {
  mkdir: "tạo thư mục",
  open: "tạo tệp tạm",
  write: "ghi tệp",
  fsync: "ghi xuống đĩa",
  close: "đóng tệp",
  rename: "chuyển tệp vào kho",
  read: "đọc lại tệp",
  probe: "kiểm tra định kỳ",
};

/** "Lưu trữ tệp minh chứng": live probe of EVIDENCE_DIR and the last failure this server saw. */
export function EvidenceStorageBox({ status }: { status: EvidenceStorageStatus }) {
  const failing = status.state === "failing";
  return (
    <section
      aria-labelledby="evidence-storage"
      data-testid="evidence-storage"
      data-state={status.state}
      className={`rounded-lg border p-4 ${failing ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="evidence-storage" className="text-lg font-semibold">
          Lưu trữ tệp minh chứng
        </h2>
        <Badge tone={failing ? "red" : "green"}>{failing ? "Đang lỗi" : "Đang hoạt động"}</Badge>
      </div>
      {failing && (
        <p className="mt-2 font-semibold text-red-900" role="alert">
          Không ghi được tệp vào thư mục lưu trữ{status.code ? ` (mã lỗi ${describeStorageCode(status.code)})` : ""}: người dùng đang không tải lên được minh
          chứng và hồ sơ. Kiểm tra dung lượng, quyền ghi và ổ đĩa của thư mục dưới đây.
        </p>
      )}
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Thư mục</dt>
        <dd className="break-all font-mono">{status.dir}</dd>
        <dt className="font-semibold">Kiểm tra lúc</dt>
        <dd>{formatDateTimeVN(status.checkedAt)} (ghi thử một tệp nhỏ)</dd>
        {status.freeBytes !== null && (
          <>
            <dt className="font-semibold">Dung lượng còn trống</dt>
            <dd>{formatFileSize(status.freeBytes)}</dd>
          </>
        )}
        <dt className="font-semibold">Lỗi gần nhất</dt>
        <dd>
          {status.lastFailure
            ? `${formatDateTimeVN(status.lastFailure.at)} · mã lỗi ${describeStorageCode(status.lastFailure.code)} · khi ${OPS[status.lastFailure.op] ?? status.lastFailure.op}`
            : "chưa có (từ khi máy chủ khởi động)"}
        </dd>
        {status.lastSuccessAt && (
          <>
            <dt className="font-semibold">Tải lên thành công gần nhất</dt>
            <dd>{formatDateTimeVN(status.lastSuccessAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
