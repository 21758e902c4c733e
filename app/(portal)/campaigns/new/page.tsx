import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getNewCampaignOptions, newCampaignDefaults } from "@/lib/campaigns/queries";

export const metadata: Metadata = { title: "Tạo kế hoạch thi đua" };

export default async function NewCampaignPage() {
  const user = await requireUser();
  const options = await getNewCampaignOptions(user);
  // Only the CCHC office of a unit issues plans in its name.
  if (options.length === 0) notFound();
  return (
    <>
      <PageHeader
        title="Tạo kế hoạch phát động thi đua"
        description="Nhập theo văn bản kế hoạch. Kế hoạch được lưu ở dạng bản nháp; các đơn vị chỉ thấy sau khi ban hành."
        breadcrumbs={[{ href: "/campaigns", label: "Kế hoạch thi đua" }]}
      />
      <CampaignForm mode="create" issuingOptions={options} defaultValues={newCampaignDefaults(options[0].id)} cancelHref="/campaigns" />
    </>
  );
}
