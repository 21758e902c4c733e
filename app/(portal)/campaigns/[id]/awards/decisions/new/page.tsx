import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getDecisionFormPage } from "@/lib/awards/decisions/queries";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { formatDateVN, vnDayOf } from "@/lib/time/vn";
import { DecisionForm, type AwardeeOption } from "./decision-form";

export const metadata: Metadata = { title: "Ghi nhận quyết định khen thưởng" };

/** The head of the organisation records the award decision for the proposals the council approved (within authority). */
export default async function NewDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const data = await getDecisionFormPage(user, id);
  if (!data) notFound();
  const { campaign } = data;
  const org = campaign.issuingUnit.name;
  const candidates: AwardeeOption[] = data.candidates.map((c) => ({
    id: c.id,
    name: c.nomineeName,
    kind: `${NOMINEE_TYPE_LABELS[c.nomineeType]}${c.nomineeType !== "COLLECTIVE" && c.nomineeDetail ? `, ${c.nomineeDetail}` : ""}`,
    unitName: c.unit.name,
    formName: c.awardForm.name,
    sessionTitle: c.session?.title ?? null,
  }));

  return (
    <>
      <PageHeader
        title="Ghi nhận quyết định khen thưởng"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
        breadcrumbs={[{ href: `/campaigns/${campaign.id}/awards/decisions`, label: "Quyết định khen thưởng" }]}
      />
      {!data.canDecide ? (
        <Alert tone="info">Chỉ Lãnh đạo của {org} ghi nhận quyết định khen thưởng; bạn xem được các quyết định đã ghi nhận.</Alert>
      ) : candidates.length === 0 ? (
        <Alert tone="info">
          Chưa có trường hợp nào chờ quyết định: Hội đồng chưa tán thành đề nghị nào thuộc thẩm quyền của {org}, hoặc các trường hợp đã có quyết định.{" "}
          <Link href={`/campaigns/${campaign.id}/awards/decisions`} className="underline">
            Xem các quyết định
          </Link>
          .
        </Alert>
      ) : (
        <>
          {data.beyondAuthority > 0 && (
            <Alert tone="info" className="mb-4">
              {data.beyondAuthority} trường hợp Hội đồng tán thành vượt thẩm quyền của {org} (khen thưởng của cấp trên) không có trong danh sách này: Thường trực Thi đua trình
              cấp trên ở trang{" "}
              <Link href={`/campaigns/${campaign.id}/awards/forward`} className="underline">
                Trình cấp trên
              </Link>
              .
            </Alert>
          )}
          <DecisionForm
            campaignId={campaign.id}
            organisationName={org}
            today={vnDayOf(new Date())}
            defaults={data.defaults}
            sessions={data.sessions.map((s) => ({ id: s.id, label: `${s.title} (${formatDateVN(s.meetingAt)})` }))}
            candidates={candidates}
          />
        </>
      )}
    </>
  );
}
