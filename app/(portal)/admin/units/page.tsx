import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { UnitTree } from "@/components/admin/unit-tree";
import { CloseUnitForm, CreateUnitForm, EditUnitForm, MoveUnitForm, ReopenUnitButton } from "@/components/admin/unit-forms";
import { ImportPanel } from "@/components/imports/import-panel";
import { IMPORT_TEXTS } from "@/components/imports/import-texts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatDateVN } from "@/lib/time/vn";
import { getUnitForAdmin, listActiveUnitOptions, listUnitTree } from "@/lib/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/units/tree";

export const metadata: Metadata = { title: "Quản lý đơn vị" };

type Search = { unit?: string; action?: string; parent?: string; created?: string };

export default async function UnitsAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "manage:unit")) notFound();
  const params = await searchParams;
  const [units, options] = await Promise.all([listUnitTree(user), listActiveUnitOptions(user)]);
  const selected = params.unit ? await getUnitForAdmin(user, params.unit).catch(nullIfNotFound) : null;
  const creating = params.action === "new";
  const activeCount = units.filter((u) => u.status === "ACTIVE").length;

  return (
    <>
      <PageHeader
        title="Quản lý đơn vị"
        description={`${activeCount} đơn vị đang hoạt động, ${units.length - activeCount} đơn vị đã giải thể/ngừng hoạt động.`}
        actions={<LinkButton href={`/admin/units?action=new${selected ? `&parent=${selected.id}` : ""}`}>Thêm đơn vị</LinkButton>}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-labelledby="panel-title" className="lg:order-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4">
            {creating ? (
              <>
                <h2 id="panel-title" className="mb-3 text-lg font-semibold">
                  Thêm đơn vị
                </h2>
                <CreateUnitForm options={options} defaultParentId={options.some((o) => o.id === params.parent) ? params.parent! : ""} />
                <div className="mt-4">
                  <ImportPanel texts={IMPORT_TEXTS.units} action="/admin/units/import" templateHref="/admin/units/import/template" />
                </div>
              </>
            ) : selected ? (
              <UnitPanel unit={selected} options={options} created={params.created === "1"} />
            ) : (
              <>
                <h2 id="panel-title" className="mb-2 text-lg font-semibold">
                  Chọn một đơn vị
                </h2>
                <p className="text-sm text-slate-700">
                  {params.unit
                    ? "Không tìm thấy đơn vị đã chọn. Hãy chọn một đơn vị trong cây."
                    : "Chọn tên một đơn vị trong cây để xem, sửa, chuyển hoặc giải thể; hoặc bấm “Thêm đơn vị”."}
                </p>
              </>
            )}
          </div>
        </section>
        <section aria-labelledby="tree-title" className="min-w-0 lg:order-1">
          <h2 id="tree-title" className="mb-3 text-lg font-semibold">
            Cây đơn vị
          </h2>
          {units.length === 0 ? (
            <p className="text-sm text-slate-700">Chưa có đơn vị nào. Bấm “Thêm đơn vị” để tạo đơn vị cấp cao nhất (ví dụ UBND Thành phố).</p>
          ) : (
            <UnitTree units={units} selectedId={selected?.id} />
          )}
        </section>
      </div>
    </>
  );
}

function nullIfNotFound(err: unknown) {
  if (err instanceof DomainError && err.code === "NOT_FOUND") return null;
  throw err;
}

type Selected = Awaited<ReturnType<typeof getUnitForAdmin>>;

function UnitPanel({ unit, options, created }: { unit: Selected; options: Awaited<ReturnType<typeof listActiveUnitOptions>>; created: boolean }) {
  const closed = unit.status === "CLOSED";
  const sectionTitle = "text-base font-semibold text-slate-900";
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h2 id="panel-title" className="text-lg font-semibold">
          {unit.name}
        </h2>
        <div className="mt-1 flex flex-wrap gap-2">
          <Badge tone="blue">{UNIT_KIND_LABELS[unit.kind]}</Badge>
          {closed ? <Badge tone="gray">Đã giải thể/ngừng hoạt động</Badge> : <Badge tone="green">Đang hoạt động</Badge>}
        </div>
      </div>
      {created && <Alert tone="success">Đã tạo đơn vị. Bạn có thể tạo tài khoản hoặc gán vai trò cho đơn vị này.</Alert>}
      {closed && (
        <Alert tone="warning" title={`Đã giải thể/ngừng hoạt động từ ${formatDateVN(unit.closedAt)}`}>
          <p>Lý do: {unit.closedReason}</p>
          {unit.mergedInto && (
            <p>
              Sáp nhập vào:{" "}
              <Link className="underline" href={`/admin/units?unit=${unit.mergedInto.id}`}>
                {unit.mergedInto.name}
              </Link>
            </p>
          )}
        </Alert>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Mã</dt>
        <dd>{unit.code}</dd>
        <dt className="text-slate-600">Tên viết tắt</dt>
        <dd>{unit.shortName ?? "—"}</dd>
        <dt className="text-slate-600">Ký hiệu văn bản</dt>
        <dd>{unit.documentSymbol ?? "—"}</dd>
        <dt className="text-slate-600">Cấp trên</dt>
        <dd>
          {unit.parent ? (
            <Link className="text-brand-700 underline" href={`/admin/units?unit=${unit.parent.id}`}>
              {unit.parent.name}
            </Link>
          ) : (
            "(cấp cao nhất)"
          )}
        </dd>
        <dt className="text-slate-600">Trực thuộc</dt>
        <dd>
          {unit._count.children} đơn vị ({unit.activeChildren} đang hoạt động)
        </dd>
        <dt className="text-slate-600">Tài khoản</dt>
        <dd>
          <Link className="text-brand-700 underline" href={`/admin/users?unitId=${unit.id}`}>
            {unit._count.users} tài khoản, {unit._count.roleAssignments} vai trò
          </Link>
        </dd>
        <dt className="text-slate-600">Hồ sơ</dt>
        <dd>
          {unit._count.issuedCampaigns} kế hoạch ban hành, {unit._count.registrations} bản đăng ký
        </dd>
        {unit.mergedFrom.length > 0 && (
          <>
            <dt className="text-slate-600">Tiếp nhận từ</dt>
            <dd>{unit.mergedFrom.map((m) => m.name).join("; ")}</dd>
          </>
        )}
      </dl>

      {closed ? (
        <section className="flex flex-col gap-2">
          <h3 className={sectionTitle}>Mở lại đơn vị</h3>
          <p className="text-sm text-slate-700">Đơn vị đã giải thể không sửa, chuyển hay nhận đơn vị trực thuộc được. Mở lại nếu việc giải thể là nhầm lẫn.</p>
          <ReopenUnitButton unitId={unit.id} />
        </section>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <LinkButton variant="secondary" href={`/admin/units?action=new&parent=${unit.id}`}>
              Thêm đơn vị trực thuộc
            </LinkButton>
          </div>
          <details className="group rounded-md border border-slate-200 p-3" open>
            <summary className={`${sectionTitle} cursor-pointer`}>Sửa thông tin</summary>
            <div className="mt-3">
              <EditUnitForm key={unit.id} unit={unit} />
            </div>
          </details>
          <details className="rounded-md border border-slate-200 p-3">
            <summary className={`${sectionTitle} cursor-pointer`}>Chuyển sang đơn vị cấp trên khác</summary>
            <div className="mt-3">
              <MoveUnitForm key={unit.id} unit={unit} options={options} />
            </div>
          </details>
          <details className="rounded-md border border-slate-200 p-3">
            <summary className={`${sectionTitle} cursor-pointer`}>Giải thể / sáp nhập</summary>
            <div className="mt-3">
              {unit.activeChildren > 0 ? (
                <p className="text-sm text-slate-700">
                  Đơn vị còn {unit.activeChildren} đơn vị trực thuộc đang hoạt động. Hãy chuyển các đơn vị đó sang đơn vị khác hoặc giải thể chúng trước.
                </p>
              ) : (
                <CloseUnitForm key={unit.id} unit={unit} options={options} />
              )}
            </div>
          </details>
        </>
      )}
      <RecordHistory entityType="Unit" entityId={unit.id} title="Lịch sử thay đổi của đơn vị" />
    </div>
  );
}
