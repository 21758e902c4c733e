import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GrantExtensionForm } from "@/components/extensions/grant-form";
import { ExtensionHistoryTable } from "@/components/extensions/history-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DomainError } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { getCampaignExtensions } from "@/lib/extensions/queries";
import { milestoneShortLabel } from "@/lib/extensions/rules";
import { extensionListFilterSchema } from "@/lib/extensions/schemas";
import { formatDateVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Gia hạn cho đơn vị" };

export default async function ExtensionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const filter = extensionListFilterSchema.parse({
    page: typeof sp.page === "string" ? sp.page : undefined,
    unit: typeof sp.unit === "string" ? sp.unit : undefined,
    milestone: typeof sp.milestone === "string" ? sp.milestone : undefined,
  });
  let data;
  try {
    data = await getCampaignExtensions(user, id, { page: filter.page });
  } catch (err) {
    if (err instanceof DomainError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  const { campaign, milestones, units, history } = data;
  const base = `/campaigns/${id}/extensions`;

  return (
    <>
      <PageHeader
        title="Gia hạn cho đơn vị"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        Bộ phận CCHC gia hạn một mốc (Mẫu 1, báo cáo sơ kết, báo cáo tổng kết…) cho từng đơn vị có lý do chính đáng. Đơn vị nộp trước hạn mới
        được tính là đúng hạn, kể cả khi kế hoạch đã đặt hạn cuối cùng không nhận. Đơn vị đã nộp (hoặc đã được tiếp nhận) thì không cần gia hạn;
        đơn vị bị trả lại vẫn được gia hạn. Mỗi lần gia hạn hoặc thu hồi đều được lưu lại.
      </p>

      {!data.canGrant ? (
        <Alert tone="info" className="mb-6">
          Chỉ gia hạn được khi kế hoạch đã ban hành và chưa kết thúc.
        </Alert>
      ) : milestones.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Kế hoạch chưa có mốc nào do đơn vị thực hiện. Thêm mốc ở trang sửa kế hoạch.
        </Alert>
      ) : units.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Kế hoạch chưa có đơn vị tham gia. Chọn các đơn vị tham gia ở trang sửa kế hoạch.
        </Alert>
      ) : (
        <div className="mb-8">
          <GrantExtensionForm
            campaignId={id}
            milestones={milestones.map((m) => ({
              id: m.id,
              label: `${milestoneShortLabel(m)} – ${formatDeadline(m.dueAt)}${m.hardCutoffAt ? `; hạn cuối cùng ${formatDeadline(m.hardCutoffAt)}` : ""}${m.opensAt ? `; mở nhận từ ${formatDateVN(m.opensAt)}` : ""}`,
              description: m.name,
              deliverableName: m.deliverableName,
              handedInUnitIds: m.handedInUnitIds,
              opensOn: m.opensAt ? formatDateVN(m.opensAt) : null,
            }))}
            units={units.map((u) => ({ id: u.id, label: u.name }))}
            defaultMilestoneId={filter.milestone}
            defaultUnitId={filter.unit}
          />
        </div>
      )}

      <section aria-labelledby="history-h">
        <h2 id="history-h" className="mb-3 text-lg font-semibold">
          Lịch sử gia hạn
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có gia hạn nào. Dùng biểu mẫu phía trên khi một đơn vị đề nghị gia hạn.</p>
        ) : (
          <>
            <ExtensionHistoryTable rows={history} canRevoke={data.canGrant} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={base} params={{}} />
          </>
        )}
      </section>
    </>
  );
}
