import { ProposalEditor } from "@/components/awards/proposal-editor";
import { orNotFound } from "@/components/registrations/not-found";
import { Alert } from "@/components/ui/alert";
import { UnitCampaignHeader } from "@/components/unit-home/unit-campaign-header";
import { requireUser } from "@/lib/auth/session";
import { getNewProposalContext } from "@/lib/awards/proposals/queries";
import { formatDeadline } from "@/lib/time/vn";
import { UnitChooser } from "../../unit-chooser";

export const metadata = { title: "Đề nghị khen thưởng mới" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NewProposalPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const basePath = `/unit/campaigns/${campaignId}/awards/new`;
  const ctx = await orNotFound(getNewProposalContext(user, campaignId, one(sp.unit) || undefined));
  if (ctx.needsChoice) return <UnitChooser title="Đề nghị khen thưởng mới" campaign={ctx.campaign} choices={ctx.choices} basePath={basePath} />;
  const listHref = `/unit/campaigns/${campaignId}/awards?unit=${encodeURIComponent(ctx.unit.id)}`;
  const d = ctx.options.deadline;
  const now = new Date();
  return (
    <>
      <UnitCampaignHeader
        title="Đề nghị khen thưởng mới"
        campaign={{ documentNumber: ctx.campaign.documentNumber, issuingUnitName: ctx.campaign.issuingUnitName }}
        unitName={ctx.unit.name}
        breadcrumbs={[{ href: listHref, label: "Đề nghị khen thưởng" }]}
      />
      {!ctx.open ? (
        <Alert tone="info">Kế hoạch đã kết thúc: không lập đề nghị mới được.</Alert>
      ) : (
        <ProposalEditor
          values={ctx.values}
          forms={ctx.options.forms}
          nominees={ctx.options.nominees}
          initialFacts={null}
          canSubmit={ctx.options.canSubmit}
          deletable={false}
          unitName={ctx.unit.name}
          listHref={listHref}
          deadlineText={d.dueAt ? formatDeadline(d.dueAt) : null}
          deadlinePassed={!!d.dueAt && now.getTime() >= d.dueAt.getTime()}
        />
      )}
    </>
  );
}
