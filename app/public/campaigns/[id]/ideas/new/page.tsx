import { notFound } from "next/navigation";
import { IdeaForm } from "@/components/public/idea-form";
import { PageHeader } from "@/components/ui/page-header";
import { newFormStamp } from "@/lib/public-ideas/codes";
import { openCampaignForIdeas } from "@/lib/public-ideas/public-campaigns";
import { CONSENT_PURPOSE, LIMITS_TEXT, MAX_ATTACHMENT_MB, MAX_ATTACHMENTS } from "@/lib/public-ideas/rules";

export const metadata = { title: "Gửi hiến kế" };

/** The idea form of a campaign that takes ideas (404 otherwise). The stamp dates the page for the fill-time check. */
export default async function NewIdeaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const campaign = await openCampaignForIdeas(id);
  if (!campaign) notFound();
  return (
    <>
      <PageHeader
        title="Gửi hiến kế, giải pháp cải cách hành chính"
        breadcrumbs={[
          { href: "/public/campaigns", label: "Phong trào" },
          { href: `/public/campaigns/${campaign.id}`, label: campaign.documentNumber },
        ]}
        description={<>Gửi cho: {campaign.title}. Không cần tài khoản. Các ô có dấu * là bắt buộc.</>}
      />
      <IdeaForm
        campaignId={campaign.id}
        fields={campaign.fields}
        stamp={newFormStamp()}
        consentText={CONSENT_PURPOSE}
        limits={{ ...LIMITS_TEXT, files: MAX_ATTACHMENTS, fileMb: MAX_ATTACHMENT_MB }}
      />
    </>
  );
}
