import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCampaignForEdit } from "@/lib/campaigns/queries";

export const metadata: Metadata = { title: "Sửa kế hoạch thi đua" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const load = await getCampaignForEdit(user, id);
  if (load.kind === "notFound") notFound();
  if (load.kind === "forbidden") {
    return (
      <>
        <PageHeader title="Sửa kế hoạch" />
        <Alert tone="warning">Chỉ Bộ phận CCHC của đơn vị ban hành được sửa kế hoạch này.</Alert>
      </>
    );
  }
  const { campaign } = load;
  return (
    <>
      <PageHeader
        title={`Sửa kế hoạch ${campaign.documentNumber}`}
        description={campaign.title}
      />
      {campaign.status === "CLOSED" ? (
        <Alert tone="warning">Kế hoạch đã kết thúc nên không sửa được nữa. Bạn có thể nhân bản kế hoạch sang năm mới.</Alert>
      ) : (
        <>
          {campaign.status === "PUBLISHED" && (
            <Alert tone="info" className="mb-4">
              Kế hoạch đã ban hành: thay đổi được áp dụng ngay cho các đơn vị tham gia và được ghi vào lịch sử.
            </Alert>
          )}
          <CampaignForm
            mode="edit"
            campaignId={campaign.id}
            issuingOptions={[load.issuing]}
            defaultValues={load.values}
            fieldUsage={load.fieldUsage}
            lockedUnitIds={load.lockedUnitIds}
            cancelHref={`/campaigns/${campaign.id}`}
          />
        </>
      )}
    </>
  );
}
