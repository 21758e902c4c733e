import { notFound } from "next/navigation";
import { PrintButton } from "@/components/consolidation/print-button";
import { DescriptionForm } from "@/components/library/description-form";
import { ModelPublicToggle } from "@/components/library/model-public-toggle";
import { SpreadList } from "@/components/library/spread-list";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";
import { can, canAnywhere, scopesFor } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatFigure } from "@/lib/library/labels";
import { listSpread, loadModel } from "@/lib/library/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";

export const metadata = { title: "Mô hình điển hình" };

const formatSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/**
 * A recognised model's page, readable and printable by every library reader: what it is, who recognised it,
 * its results as figures, the files the owner shares, and where it has spread.
 */
export default async function ModelPage({ params, searchParams }: { params: Promise<{ modelId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "read:library")) notFound();
  const { modelId } = await params;
  const model = await loadModel(modelId);
  if (!model) notFound();
  const spreadPage = parsePage((await searchParams).spreadPage);
  const spread = await listSpread(model.id, spreadPage);
  const isOwner = can(user.roles, "edit:progress", model.unit);
  // Units where the user may adopt, other than the owner unit itself.
  const mayAdopt = scopesFor(user.roles, "adopt:model").some((s) => s.unitId !== model.unit.id);
  const mayAssign = canAnywhere(user.roles, "assign:replication");
  return (
    <>
      <PageHeader
        title={model.title}
        breadcrumbs={[{ href: "/library", label: "Thư viện điển hình" }]}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone={model.level === "CITY" ? "violet" : "blue"}>Công nhận {RECOGNITION_LEVEL_LABELS[model.level]}</Badge>
            <span>{INITIATIVE_TYPE_LABELS[model.type]}</span>
            <span aria-hidden="true">·</span>
            <span>{model.fieldName}</span>
          </span>
        }
        actions={
          <span className="flex flex-wrap gap-2 print:hidden">
            {mayAdopt && <LinkButton href={`/unit/replication/new?model=${model.id}`}>Đăng ký nhân rộng</LinkButton>}
            {mayAssign && (
              <LinkButton href={`/replication/new?model=${model.id}`} variant="secondary">
                Giao nhân rộng
              </LinkButton>
            )}
            <PrintButton label="In trang" />
          </span>
        }
      />
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-slate-700">Đơn vị chủ trì</dt>
        <dd>{model.unit.name}</dd>
        {model.initiative.ownerNames && (
          <>
            <dt className="font-medium text-slate-700">Tác giả, người thực hiện</dt>
            <dd>{model.initiative.ownerNames}</dd>
          </>
        )}
        <dt className="font-medium text-slate-700">Đăng ký theo kế hoạch</dt>
        <dd>
          Số {model.initiative.campaign.documentNumber}: {model.initiative.campaign.title}
        </dd>
        <dt className="font-medium text-slate-700">Năm công nhận</dt>
        <dd>{model.year}</dd>
        <dt className="font-medium text-slate-700">Trang công khai</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {model.isPublic ? (
            <a href={`/public/library/${model.id}`} className="text-brand-700 underline">
              Đang hiển thị công khai
            </a>
          ) : (
            <span>Chưa công khai</span>
          )}
          {can(user.roles, "publish:model", model.unit) && <ModelPublicToggle modelId={model.id} isPublic={model.isPublic} />}
        </dd>
      </dl>

      <section aria-labelledby="desc-title" className="mt-8">
        <h2 id="desc-title" className="mb-2 text-lg font-semibold">
          Mô tả
        </h2>
        {model.description ? <p className="whitespace-pre-line text-slate-900">{model.description}</p> : <p className="text-slate-600">Đơn vị chủ trì chưa viết mô tả.</p>}
        {isOwner && (
          <details className="mt-3 print:hidden">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa mô tả (đơn vị chủ trì)</summary>
            <div className="mt-2">
              <DescriptionForm modelId={model.id} description={model.description ?? ""} />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="dec-title" className="mt-8">
        <h2 id="dec-title" className="mb-2 text-lg font-semibold">
          Quyết định công nhận
        </h2>
        <ul className="list-disc pl-5 text-sm">
          {model.decisions.map((d) => (
            <li key={d.id}>
              Quyết định số {d.number} ngày {formatCalendarDate(d.signedOn)} của {d.issuingUnit.name} ({RECOGNITION_LEVEL_LABELS[d.level]}); {d.signerTitle} {d.signerName} ký.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="res-title" className="mt-8">
        <h2 id="res-title" className="mb-2 text-lg font-semibold">
          Kết quả đạt được
        </h2>
        {model.initiative.results.length === 0 ? (
          <p className="text-slate-600">Chưa có số liệu kết quả.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {model.initiative.results.map((r) => (
              <li key={r.id}>
                {r.indicator}: <strong>{formatFigure(r)}</strong>
                {r.source && <span className="text-slate-600"> (nguồn: {r.source})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="files-title" className="mt-8">
        <h2 id="files-title" className="mb-2 text-lg font-semibold">
          Tài liệu chia sẻ
        </h2>
        {model.files.length === 0 ? (
          <p className="text-slate-600">Đơn vị chủ trì chưa chia sẻ tài liệu nào.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {model.files.map((f) => (
              <li key={f.id}>
                <a href={`/api/evidence/${f.id}?download=1`} className="text-brand-700 underline underline-offset-2">
                  {f.fileName}
                </a>{" "}
                <span className="text-slate-600">({formatSize(f.sizeBytes)})</span>
                {f.description && <span className="block text-slate-700">{f.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <SpreadList total={spread.total} rows={spread.rows} page={spreadPage} basePath={`/library/${model.id}`} />
    </>
  );
}
