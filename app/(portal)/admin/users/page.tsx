import { ImportPanel } from "@/components/imports/import-panel";
import { IMPORT_TEXTS } from "@/components/imports/import-texts";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { unitComboboxOptions } from "@/components/admin/unit-options";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { ALL_ROLES, canAnywhere, ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";
import { listAllUnitOptions } from "@/lib/units/queries";
import { listUsers } from "@/lib/users/queries";
import { userListFilterSchema } from "@/lib/users/schemas";

export const metadata: Metadata = { title: "Quản lý tài khoản" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UsersAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "manage:user")) notFound();
  const params = await searchParams;
  const filter = userListFilterSchema.parse({ q: first(params.q), unitId: first(params.unitId), role: first(params.role), status: first(params.status) });
  const page = parsePage(params.page);
  const [{ rows, total, pageSize }, units] = await Promise.all([listUsers(user, filter, page), listAllUnitOptions(user)]);
  const filtered = !!(filter.q || filter.unitId || filter.role || filter.status);

  return (
    <>
      <PageHeader
        title="Quản lý tài khoản"
        description="Tìm, tạo và phân quyền tài khoản người dùng."
        actions={<LinkButton href={`/admin/users/new${filter.unitId ? `?unitId=${filter.unitId}` : ""}`}>Tạo tài khoản</LinkButton>}
      />
      <ImportPanel texts={IMPORT_TEXTS.accounts} action="/admin/users/import" templateHref="/admin/users/import/template" />
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1.3fr_1fr_auto]" role="search" aria-label="Lọc tài khoản">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">
            Tìm theo tên, tên đăng nhập, e-mail
          </label>
          <Input id="q" name="q" type="search" defaultValue={filter.q} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-unit" className="text-sm font-medium">
            Đơn vị (gồm đơn vị trực thuộc)
          </label>
          <Combobox
            id="f-unit"
            name="unitId"
            defaultValue={filter.unitId}
            options={unitComboboxOptions(units)}
            emptyLabel="Tất cả đơn vị"
            searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
            notFoundText="Không tìm thấy đơn vị."
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-role" className="text-sm font-medium">
            Vai trò
          </label>
          <Select id="f-role" name="role" defaultValue={filter.role}>
            <option value="">Tất cả vai trò</option>
            {ALL_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-status" className="text-sm font-medium">
            Trạng thái
          </label>
          <Select id="f-status" name="status" defaultValue={filter.status}>
            <option value="">Tất cả</option>
            <option value="active">Đang hoạt động</option>
            <option value="inactive">Đã khoá</option>
          </Select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Lọc
          </button>
          {filtered && (
            <Link href="/admin/users" className={buttonClass("ghost")}>
              Xoá lọc
            </Link>
          )}
        </div>
      </form>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">
          {filtered ? "Không có tài khoản nào khớp bộ lọc. Hãy thay đổi hoặc xoá bộ lọc." : "Chưa có tài khoản nào. Bấm “Tạo tài khoản” để thêm người dùng."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-[56rem] w-full text-left text-sm">
            <caption className="sr-only">Danh sách tài khoản</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Họ và tên</th>
                <th scope="col" className="px-3 py-2 font-semibold">Tên đăng nhập / e-mail</th>
                <th scope="col" className="px-3 py-2 font-semibold">Đơn vị công tác</th>
                <th scope="col" className="px-3 py-2 font-semibold">Vai trò</th>
                <th scope="col" className="px-3 py-2 font-semibold">Trạng thái</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((u) => (
                <tr key={u.id} className={u.active ? "" : "bg-slate-50 text-slate-600"}>
                  <td className="px-3 py-2 align-top">
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {u.fullName}
                    </Link>
                    {u.jobTitle && <div className="text-xs text-slate-600">{u.jobTitle}</div>}
                  </td>
                  <td className="px-3 py-2 align-top">
                    <div className="font-mono text-xs">{u.username}</div>
                    {u.email && <div className="text-xs text-slate-600">{u.email}</div>}
                  </td>
                  <td className="px-3 py-2 align-top">
                    {u.unit.name}
                    {u.unit.status === "CLOSED" && <span className="text-xs text-slate-600"> (đã giải thể)</span>}
                  </td>
                  <td className="px-3 py-2 align-top">
                    {u.roles.length === 0 ? (
                      <span className="text-xs text-slate-600">Chưa có vai trò</span>
                    ) : (
                      <ul className="flex flex-col gap-0.5">
                        {u.roles.map((r) => (
                          <li key={r.id} className="text-xs">
                            <span className="font-medium">{ROLE_LABELS[r.role]}</span> – {r.unit.name}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2 align-top">
                    <div className="flex flex-col items-start gap-1">
                      {u.active ? <Badge tone="green">Đang hoạt động</Badge> : <Badge tone="gray">Đã khoá</Badge>}
                      {u.mustChangePassword && <Badge tone="amber">Phải đổi mật khẩu</Badge>}
                      <span className="text-xs text-slate-600">{u.lastLoginAt ? `Đăng nhập ${formatDateTimeVN(u.lastLoginAt)}` : "Chưa đăng nhập"}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/admin/users" params={{ q: filter.q, unitId: filter.unitId, role: filter.role, status: filter.status }} />
    </>
  );
}
