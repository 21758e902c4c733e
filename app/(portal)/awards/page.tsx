import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { awardFormCounts, hubCampaigns, organisationsFor } from "@/lib/awards/forms/queries";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { councilCounts } from "@/lib/council/members/queries";

export const metadata: Metadata = { title: "Khen thưởng" };

const CAMPAIGNS_SHOWN = 10;

/**
 * The awards hub. The emulation standing office: its organisation's award forms and council, and each
 * campaign's proposals and council sessions. Leadership: the award decisions (and the council, read-only).
 */
export default async function AwardsHubPage() {
  const user = await requireUser();
  const isOffice = canAnywhere(user.roles, "manage:award-form");
  const isLeader = canAnywhere(user.roles, "decide:award");
  if (!isOffice && !isLeader) notFound();

  const [officeOrgs, leaderOrgs] = await Promise.all([organisationsFor(user, "manage:award-form"), organisationsFor(user, "decide:award")]);
  const orgs = [...officeOrgs, ...leaderOrgs.filter((o) => !officeOrgs.some((x) => x.id === o.id))];
  const orgIds = orgs.map((o) => o.id);
  const [formCounts, memberCounts, campaigns] = await Promise.all([awardFormCounts(officeOrgs.map((o) => o.id)), councilCounts(orgIds), hubCampaigns(orgIds, CAMPAIGNS_SHOWN)]);

  return (
    <>
      <PageHeader
        title="Khen thưởng"
        description={
          isOffice
            ? "Danh mục hình thức khen thưởng, Hội đồng Thi đua - Khen thưởng và hồ sơ đề nghị khen thưởng của từng kế hoạch."
            : "Hội đồng Thi đua - Khen thưởng, đề nghị khen thưởng của từng kế hoạch và quyết định khen thưởng."
        }
      />

      <section aria-labelledby="orgs-heading" className="mb-6">
        <h2 id="orgs-heading" className="sr-only">
          Danh mục của cơ quan
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {orgs.map((o) => {
            const f = formCounts.get(o.id);
            const manages = officeOrgs.some((x) => x.id === o.id);
            return (
              <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-semibold">{o.name}</h3>
                <ul className="mt-2 flex flex-col gap-2 text-sm">
                  {manages && (
                    <li>
                      <Link href={`/awards/forms?org=${encodeURIComponent(o.id)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        Hình thức khen thưởng
                      </Link>
                      <span className="text-slate-700">
                        {" "}
                        – {f?.active ?? 0} đang sử dụng{f && f.total > f.active ? `, ${f.total - f.active} ngừng sử dụng` : ""}
                      </span>
                    </li>
                  )}
                  <li>
                    <Link href={`/awards/council?org=${encodeURIComponent(o.id)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      Thành viên Hội đồng Thi đua - Khen thưởng
                    </Link>
                    <span className="text-slate-700"> – {memberCounts.get(o.id) ?? 0} thành viên</span>
                  </li>
                </ul>
              </li>
            );
          })}
          {isLeader && (
            <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="font-semibold">Quyết định khen thưởng</h3>
              <p className="mt-2 text-sm text-slate-700">Các đề nghị Hội đồng đã tán thành chờ quyết định, và các quyết định đã ban hành.</p>
              <p className="mt-2 text-sm">
                <Link href="/awards/decisions" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  Mở danh sách quyết định khen thưởng
                </Link>
              </p>
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading" className="mb-1 text-lg font-semibold">
          Đề nghị khen thưởng theo kế hoạch
        </h2>
        <p className="mb-3 text-sm text-slate-700">Các kế hoạch thi đua gần nhất của cơ quan. Mỗi kế hoạch có trang đề nghị khen thưởng và trang phiên họp Hội đồng.</p>
        {campaigns.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">Chưa có kế hoạch thi đua nào đã ban hành.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {campaigns.map((c) => {
              const { waiting, ready, approved, awarded } = c;
              return (
                <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                  <div className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-semibold">{c.documentNumber}</span>
                    <span className="text-slate-600">
                      Năm {c.year} · {c.issuingUnit.name}
                    </span>
                    {c.status === "CLOSED" && <Badge>Đã kết thúc</Badge>}
                  </div>
                  <p className="mt-1 line-clamp-2 text-slate-800">{c.title}</p>
                  <p className="mt-1 flex flex-wrap gap-2 text-xs">
                    {waiting > 0 && <Badge tone="amber">{waiting} chờ kiểm tra</Badge>}
                    {ready > 0 && <Badge tone="blue">{ready} chờ trình Hội đồng</Badge>}
                    {approved > 0 && <Badge tone="green">{approved} Hội đồng đã tán thành</Badge>}
                    {awarded > 0 && <Badge tone="violet">{awarded} đã có quyết định khen thưởng</Badge>}
                  </p>
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                    <Link href={`/campaigns/${c.id}/awards`} className="font-medium text-brand-700 underline-offset-2 hover:underline" aria-label={`Đề nghị khen thưởng – ${c.documentNumber}`}>
                      Đề nghị khen thưởng
                    </Link>
                    <Link href={`/campaigns/${c.id}/council`} className="font-medium text-brand-700 underline-offset-2 hover:underline" aria-label={`Hội đồng TĐKT – ${c.documentNumber}`}>
                      Hội đồng TĐKT
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href="/campaigns" className="text-brand-700 underline">
            Xem tất cả kế hoạch thi đua
          </Link>
        </p>
      </section>
    </>
  );
}
