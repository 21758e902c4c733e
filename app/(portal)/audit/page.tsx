import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AuditTable, entityLabel } from "@/components/admin/audit-log";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { dayToVN, listAuditEntityTypes, listAuditLogs, parseAuditFilter } from "@/lib/audit/queries";
import { canAnywhere, scopesFor } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Nhật ký thay đổi" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "read:audit")) notFound();
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const page = parsePage(params.page);
  const [{ rows, total, pageSize }, types] = await Promise.all([listAuditLogs(user, filter, page), listAuditEntityTypes(user)]);
  const filtered = Object.values(filter).some(Boolean);
  const seesAll = scopesFor(user.roles, "read:audit").some((s) => s.scope === "any");
  const scopeUnits = [...new Set(user.roles.filter((r) => r.role === "CCHC_OFFICE").map((r) => r.unitName))];
  const reversed = filter.from && filter.to && filter.from > filter.to;

  return (
    <>
      <PageHeader
        title="Nhật ký thay đổi"
        description={
          seesAll
            ? "Mọi thay đổi trong hệ thống, mới nhất trước. Giờ theo giờ Việt Nam."
            : `Thay đổi thuộc ${scopeUnits.join(", ") || "đơn vị của bạn"} và các đơn vị trực thuộc, cùng các kế hoạch do các đơn vị này ban hành.`
        }
      />
      <form method="get" role="search" aria-label="Lọc nhật ký" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[1.3fr_1.5fr_1.2fr_1fr_1fr_auto]">
        <div className="flex flex-col gap-1">
          <label htmlFor="a-type" className="text-sm font-medium">
            Loại đối tượng
          </label>
          <Select id="a-type" name="entityType" defaultValue={filter.entityType}>
            <option value="">Tất cả</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {entityLabel(t)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-action" className="text-sm font-medium">
            Nội dung thao tác
          </label>
          <Input id="a-action" name="action" type="search" defaultValue={filter.action} placeholder="ví dụ: Nộp Mẫu 1" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-actor" className="text-sm font-medium">
            Người thực hiện (tên đăng nhập)
          </label>
          <Input id="a-actor" name="actor" type="search" defaultValue={filter.actor} autoCapitalize="none" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-from" className="text-sm font-medium">
            Từ ngày
          </label>
          <Input id="a-from" name="from" inputMode="numeric" placeholder="dd/mm/yyyy" aria-describedby="a-dates-hint" defaultValue={dayToVN(filter.from)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="a-to" className="text-sm font-medium">
            Đến ngày
          </label>
          <Input id="a-to" name="to" inputMode="numeric" placeholder="dd/mm/yyyy" aria-describedby="a-dates-hint" defaultValue={dayToVN(filter.to)} />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Lọc
          </button>
          {filtered && (
            <Link href="/audit" className={buttonClass("ghost")}>
              Xoá lọc
            </Link>
          )}
        </div>
      </form>
      <p id="a-dates-hint" className="-mt-2 mb-4 text-xs text-slate-600">
        Ngày nhập theo dạng dd/mm/yyyy, tính theo giờ Việt Nam (từ 00:00 “Từ ngày” đến hết “Đến ngày”).
      </p>
      {reversed && (
        <Alert tone="warning" className="mb-4">
          &ldquo;Từ ngày&rdquo; đang sau &ldquo;Đến ngày&rdquo;: hãy đổi lại khoảng thời gian.
        </Alert>
      )}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">
          {filtered ? "Không có dòng nhật ký nào khớp bộ lọc. Hãy nới rộng khoảng thời gian hoặc xoá bộ lọc." : "Chưa có thay đổi nào được ghi nhận."}
        </p>
      ) : (
        <AuditTable rows={rows} canManage={{ units: canAnywhere(user.roles, "manage:unit"), users: canAnywhere(user.roles, "manage:user") }} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/audit" params={filter} />
    </>
  );
}
