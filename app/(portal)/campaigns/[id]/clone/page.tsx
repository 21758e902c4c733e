import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CloneForm } from "@/components/campaigns/clone-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCampaignForClone } from "@/lib/campaigns/queries";
import { vnDayOf } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Nhân bản kế hoạch sang năm mới" };

export default async function CloneCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const load = await getCampaignForClone(user, id);
  if (load.kind === "notFound") notFound();
  if (load.kind === "forbidden") {
    return (
      <>
        <PageHeader title="Nhân bản kế hoạch" />
        <Alert tone="warning">Chỉ Bộ phận CCHC của đơn vị ban hành được nhân bản kế hoạch này.</Alert>
      </>
    );
  }
  const c = load.campaign;
  const currentYear = Number(vnDayOf(new Date()).slice(0, 4));
  const defaultYear = Math.max(c.year + 1, currentYear);
  // The number is suggested as the source's: the office types the new one (usually only the number changes).
  return (
    <>
      <PageHeader
        title={`Nhân bản kế hoạch ${c.documentNumber} sang năm mới`}
        description={c.title}
      />
      <div className="mb-4 max-w-2xl rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <p className="font-medium">Kế hoạch mới (bản nháp) sẽ chép:</p>
        <ul className="mt-1 list-disc pl-5">
          <li>nội dung kế hoạch, tiêu chí, cấp đăng ký và {c._count.fields} lĩnh vực;</li>
          <li>
            {c._count.milestones} mốc thời gian (hạn, hạn cuối cùng và ngày mở nhận) và thời gian thi đua, dời theo số năm chênh lệch (ví dụ trước ngày 18/04/
            {c.year} → trước ngày 18/04/{c.year + 1});
          </li>
          <li>cơ quan nhận báo cáo, đăng ký (nếu có và còn hoạt động);</li>
          <li>
            {c._count.units - load.closedUnitNames.length} đơn vị tham gia còn hoạt động
            {load.closedUnitNames.length > 0 && ` (bỏ ${load.closedUnitNames.length} đơn vị đã ngừng hoạt động: ${load.closedUnitNames.join(", ")})`}.
          </li>
        </ul>
        <p className="mt-2">Không chép kế hoạch cấp trên (hãy chọn kế hoạch cấp trên của năm mới khi sửa) và không chép các đăng ký của đơn vị.</p>
      </div>
      <CloneForm campaignId={c.id} sourceYear={c.year} defaultYear={defaultYear} defaultNumber={c.documentNumber} />
    </>
  );
}
