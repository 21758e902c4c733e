import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { spreadText } from "@/lib/library/labels";
import { getPublicModel } from "@/lib/public-site/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";

export const metadata = { title: "Mô hình điển hình" };

/** One public model: 404 for a model not marked public (or not recognised), exactly as for one that does not exist. */
export default async function PublicModelPage({ params }: { params: Promise<{ modelId: string }> }) {
  const { modelId } = await params;
  const m = await getPublicModel(modelId);
  if (!m) notFound();
  return (
    <>
      <PageHeader title={m.title} breadcrumbs={[{ href: "/public/library", label: "Mô hình điển hình" }]} description={`${m.unit.name} · ${m.fieldName}`} />
      <p className="mb-4 flex flex-wrap gap-2">
        <Badge tone="blue">{INITIATIVE_TYPE_LABELS[m.type]}</Badge>
        <Badge tone="green">{RECOGNITION_LEVEL_LABELS[m.level]}</Badge>
        <Badge tone="gray">{spreadText(m.adoptionCount)}</Badge>
      </p>
      <section aria-labelledby="decision" className="mb-6">
        <h2 id="decision" className="text-lg font-semibold">
          Quyết định công nhận
        </h2>
        <p className="mt-1">
          Quyết định số {m.decision.number} ngày {formatCalendarDate(m.decision.signedOn)} của {m.decision.issuingUnit.name}.
        </p>
      </section>
      <section aria-labelledby="description">
        <h2 id="description" className="text-lg font-semibold">
          Mô tả
        </h2>
        <p className="mt-1 whitespace-pre-line">{m.description || "Đơn vị chủ trì chưa viết mô tả."}</p>
      </section>
    </>
  );
}
