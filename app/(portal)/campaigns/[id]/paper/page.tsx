import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PaperImportForm } from "@/components/imports/paper-import-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getPaperIntake } from "@/lib/imports/mau1/paper-queries";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { formatCalendarDate } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Nhận Mẫu 1 bản giấy" };

const statusHint = (u: { status: string | null; draftRows: number }) =>
  u.status === "RETURNED" ? "Đã trả lại để chỉnh sửa" : u.status ? `Đang soạn trên cổng, ${u.draftRows} nội dung` : "Chưa thực hiện";

export default async function PaperIntakePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const data = await getPaperIntake(user, id);
  if (!data) notFound();
  const { campaign, units, recorded } = data;

  return (
    <>
      <PageHeader
        title="Nhận Mẫu 1 bản giấy"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        Khi một đơn vị gửi Mẫu 1 bằng văn bản giấy (có chữ ký của trưởng đơn vị), Bộ phận CCHC nhập lại các nội dung vào tệp mẫu Excel rồi ghi
        nhận tại đây thay cho đơn vị. Biểu mẫu được ghi nhận là đã nộp vào ngày nhận bản giấy (đúng hạn hay trễ hạn tính theo ngày đó), có ghi số
        văn bản, người ký và người nhập; đơn vị được thông báo và vẫn xem, theo dõi biểu mẫu như khi tự nộp trên cổng. Cả tệp phải hợp lệ mới được
        ghi nhận; tải lại cùng tệp không tạo nội dung trùng.
      </p>

      {campaign.status !== "PUBLISHED" ? (
        <Alert tone="info" className="mb-6">
          Kế hoạch đã kết thúc: không ghi nhận thêm Mẫu 1.
        </Alert>
      ) : units.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Mọi đơn vị tham gia đã nộp Mẫu 1: không còn đơn vị nào cần ghi nhận bản giấy.
        </Alert>
      ) : (
        <section aria-labelledby="paper-form" className="mb-8 rounded-md border border-slate-300 bg-white p-4">
          <h2 id="paper-form" className="mb-3 text-base font-semibold text-slate-900">
            Ghi nhận một bản giấy
          </h2>
          <PaperImportForm
            campaignId={campaign.id}
            templateHref={`/campaigns/${campaign.id}/paper/template`}
            units={units.map((u) => ({ value: u.id, label: u.name, hint: statusHint(u) }))}
          />
        </section>
      )}

      <section aria-labelledby="paper-recorded">
        <h2 id="paper-recorded" className="mb-2 text-base font-semibold text-slate-900">
          Bản giấy đã ghi nhận ({recorded.length})
        </h2>
        {recorded.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa ghi nhận bản giấy nào.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-sm" data-paper-recorded>
              <thead>
                <tr className="bg-slate-50 text-left">
                  {["Đơn vị", "Số, ký hiệu", "Ngày nhận", "Người ký", "Người nhập", "Phiên bản", "Hiện nay"].map((h) => (
                    <th key={h} scope="col" className="border border-slate-300 px-2 py-1">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {recorded.map((r) => (
                  <tr key={`${r.registrationId}-${r.versionNo}`} className="align-top">
                    <td className="border border-slate-300 px-2 py-1">
                      <Link href={`/campaigns/${campaign.id}/registrations/${r.registrationId}`} className="text-brand-700 underline underline-offset-2">
                        {r.unitName}
                      </Link>
                    </td>
                    <td className="border border-slate-300 px-2 py-1">{r.reference ?? "—"}</td>
                    <td className="border border-slate-300 px-2 py-1 whitespace-nowrap">
                      {formatCalendarDate(r.receivedOn)}
                      {r.isLate && <span className="ml-1 font-medium text-red-800">(trễ hạn)</span>}
                    </td>
                    <td className="border border-slate-300 px-2 py-1">{r.signedBy}</td>
                    <td className="border border-slate-300 px-2 py-1">{r.enteredByName}</td>
                    <td className="border border-slate-300 px-2 py-1">{r.versionNo}</td>
                    <td className="border border-slate-300 px-2 py-1">{SUBMISSION_STATUS_LABELS[r.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
