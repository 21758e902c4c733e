import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CouncilMemberActions } from "@/components/awards/forms/council-member-actions";
import { CouncilMemberAdd } from "@/components/awards/forms/council-member-add";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { requireUser } from "@/lib/auth/session";
import { getCouncilPage } from "@/lib/council/members/queries";
import { councilListFilterSchema } from "@/lib/council/members/schemas";

export const metadata: Metadata = { title: "Thành viên Hội đồng Thi đua - Khen thưởng" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CouncilMembersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const filter = councilListFilterSchema.parse({ org: first(sp.org) ?? "", page: first(sp.page) ?? "1" });
  const data = await getCouncilPage(user, filter);
  const org = data.org;
  if (!org) notFound();
  const activeRows = data.rows.filter((r) => r.active);

  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua - Khen thưởng"
        description={`Danh sách thành viên Hội đồng của ${org.name}: những người được triệu tập khi lập phiên họp xét khen thưởng.`}
        breadcrumbs={[{ href: "/awards", label: "Khen thưởng" }]}
      />
      {data.organisations.length > 1 && (
        <nav aria-label="Cơ quan" className="mb-4 flex flex-wrap gap-2 text-sm">
          {data.organisations.map((o) => (
            <Link
              key={o.id}
              href={`/awards/council?org=${encodeURIComponent(o.id)}`}
              aria-current={o.id === org.id ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${o.id === org.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-50"}`}
            >
              {o.name}
            </Link>
          ))}
        </nav>
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_28rem]">
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-1 text-lg font-semibold">
            Thành viên ({data.activeCount})
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Thành viên có vai trò Thành viên Hội đồng TĐKT trên {org.name} để xem hồ sơ đề nghị; quyền biểu quyết do được triệu tập vào từng phiên họp. Hội đồng có tối đa một Chủ tịch.
          </p>
          {data.rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">Hội đồng chưa có thành viên nào.</p>
          ) : (
            <ol className="flex flex-col gap-2" aria-label="Danh sách thành viên Hội đồng">
              {data.rows.map((r) => {
                const i = activeRows.indexOf(r);
                return (
                  <li key={r.id} className={`rounded-lg border bg-white p-3 text-sm ${r.active ? "border-slate-200" : "border-dashed border-slate-300 opacity-80"}`}>
                    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                      <div className="min-w-0">
                        <p className="font-semibold">
                          {r.active && <span className="mr-1 text-slate-500">{i + 1 + (data.page - 1) * data.pageSize}.</span>}
                          {r.fullName} <span className="font-normal text-slate-600">({r.username})</span>
                        </p>
                        <p className="text-slate-700">{[r.jobTitle, r.unitName].filter(Boolean).join(", ")}</p>
                        <p className="mt-1 flex flex-wrap gap-1">
                          <Badge tone={r.position === "CHAIR" ? "violet" : r.position === "MEMBER" ? "gray" : "blue"}>{POSITION_LABELS[r.position]}</Badge>
                          {!r.active && <Badge tone="amber">Đã thôi</Badge>}
                          {!r.userActive && <Badge tone="red">Tài khoản bị khoá</Badge>}
                        </p>
                      </div>
                      {org.canManage && (
                        <CouncilMemberActions id={r.id} name={r.fullName} position={r.position} active={r.active} first={i === 0} last={i === activeRows.length - 1} />
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath="/awards/council" params={{ org: org.id }} />
        </section>

        {org.canManage ? (
          <section aria-labelledby="add-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="add-heading" className="mb-2 text-lg font-semibold">
              Thêm thành viên
            </h2>
            <p className="mb-3 text-sm text-slate-700">Chọn người đang làm việc tại {org.name} hoặc đơn vị trực thuộc. Người được thêm nhận vai trò Thành viên Hội đồng TĐKT.</p>
            <CouncilMemberAdd organisationUnitId={org.id} candidates={data.candidates} truncated={data.candidatesTruncated} />
          </section>
        ) : (
          <p className="text-sm text-slate-700">Thường trực Thi đua - Khen thưởng cập nhật danh sách này.</p>
        )}
      </div>
    </>
  );
}
