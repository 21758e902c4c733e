import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AwardFormRowActions } from "@/components/awards/forms/award-form-row-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAwardForms, type AwardFormListRow } from "@/lib/awards/forms/queries";
import { awardFormListFilterSchema } from "@/lib/awards/forms/schemas";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Hình thức khen thưởng" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function ruleText(r: AwardFormListRow) {
  const base = r.thresholdBase === "MEMBERS" ? "tổng số thành viên" : "số phiếu biểu quyết";
  return {
    quorum: `${r.quorumStrict ? "trên" : "ít nhất"} ${r.quorum}`,
    threshold: r.thresholdStrict ? `trên ${r.threshold} ${base}` : `từ ${r.threshold} ${base} trở lên`,
  };
}

const SAVED: Record<string, string> = { created: "Đã tạo hình thức khen thưởng.", updated: "Đã lưu hình thức khen thưởng." };

export default async function AwardFormsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "manage:award-form")) notFound();
  const sp = await searchParams;
  const filter = awardFormListFilterSchema.parse({ org: first(sp.org) ?? "", page: first(sp.page) ?? "1" });
  const { organisations, org, rows, total, page, pageSize } = await listAwardForms(user, filter);
  if (!org) notFound();
  const saved = SAVED[first(sp.saved) ?? ""];

  return (
    <>
      <PageHeader
        title="Hình thức khen thưởng"
        description={`Danh mục hình thức khen thưởng của ${org.name}: đối tượng, tiêu chí, hồ sơ và quy tắc biểu quyết của Hội đồng.`}
        breadcrumbs={[{ href: "/awards", label: "Khen thưởng" }]}
        actions={<LinkButton href={`/awards/forms/new?org=${encodeURIComponent(org.id)}`}>Thêm hình thức khen thưởng</LinkButton>}
      />
      {saved && <Alert tone="success" title={saved} className="mb-4" />}
      {organisations.length > 1 && (
        <nav aria-label="Cơ quan" className="mb-4 flex flex-wrap gap-2 text-sm">
          {organisations.map((o) => (
            <Link
              key={o.id}
              href={`/awards/forms?org=${encodeURIComponent(o.id)}`}
              aria-current={o.id === org.id ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${o.id === org.id ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-50"}`}
            >
              {o.name}
            </Link>
          ))}
        </nav>
      )}
      <p className="mb-4 text-sm text-slate-700">
        Sửa tiêu chí hoặc quy tắc biểu quyết chỉ áp dụng cho các lần nộp đề nghị và các phiên họp kết thúc biểu quyết sau khi lưu; đề nghị đã nộp giữ nguyên kết quả đối chiếu tiêu chí lúc nộp. Hình thức đã
        được dùng thì chỉ ngừng sử dụng, không xoá.
      </p>

      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">
          <p>{org.name} chưa có hình thức khen thưởng nào. Bấm “Thêm hình thức khen thưởng” để nhập, ví dụ Giấy khen của Giám đốc Sở.</p>
        </div>
      ) : (
        <>
          <ul className="flex flex-col gap-3 md:hidden">
            {rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/awards/forms/${r.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {r.name}
                  </Link>
                  {r.active ? <Badge tone="green">Đang sử dụng</Badge> : <Badge>Ngừng sử dụng</Badge>}
                </div>
                <p className="mt-1 text-slate-700">{r.recipientTypes.map((t) => NOMINEE_TYPE_LABELS[t]).join(", ")}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {r.criteriaCount} tiêu chí ({r.hardCount} bắt buộc) · {r.documentCount} tài liệu · {r.usedCount} đề nghị đã nộp
                </p>
                <p className="mt-1 text-xs text-slate-700">
                  Có mặt {ruleText(r).quorum}; tán thành {ruleText(r).threshold}
                </p>
                <div className="mt-2">
                  <AwardFormRowActions id={r.id} name={r.name} active={r.active} lockVersion={r.lockVersion} used={r.usedCount > 0} />
                </div>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <caption className="sr-only">Hình thức khen thưởng của {org.name}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Hình thức
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Đối tượng
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Tiêu chí, hồ sơ
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Quy tắc biểu quyết
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Đề nghị đã nộp
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2">
                      <Link href={`/awards/forms/${r.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {r.name}
                      </Link>
                      <div className="mt-1">{r.active ? <Badge tone="green">Đang sử dụng</Badge> : <Badge>Ngừng sử dụng</Badge>}</div>
                    </td>
                    <td className="px-3 py-2">{r.recipientTypes.map((t) => NOMINEE_TYPE_LABELS[t]).join(", ")}</td>
                    <td className="px-3 py-2">
                      {r.criteriaCount} tiêu chí ({r.hardCount} bắt buộc)
                      <br />
                      {r.documentCount} tài liệu
                    </td>
                    <td className="px-3 py-2">
                      Có mặt {ruleText(r).quorum}
                      <br />
                      Tán thành {ruleText(r).threshold}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.usedCount}</td>
                    <td className="min-w-[15rem] px-3 py-2">
                      <AwardFormRowActions id={r.id} name={r.name} active={r.active} lockVersion={r.lockVersion} used={r.usedCount > 0} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {rows.length > 0 && <Pagination page={page} pageSize={pageSize} total={total} basePath="/awards/forms" params={{ org: org.id }} />}
    </>
  );
}
