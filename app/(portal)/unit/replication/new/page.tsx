import { notFound } from "next/navigation";
import { ModelPicker } from "@/components/replication/model-picker";
import { AdoptForm } from "@/components/replication/forms";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { adoptingUnits, modelSummary, pickModels } from "@/lib/replication/queries";
import { OWN_MODEL_MESSAGE } from "@/lib/replication/rules";

export const metadata = { title: "Đăng ký nhân rộng" };

/** A unit registers that it adopts a recognised model, when no campaign asks (inside a campaign: its Mẫu 1). */
export default async function AdoptPage({ searchParams }: { searchParams: Promise<{ model?: string; q?: string }> }) {
  const user = await requireUser();
  const units = await adoptingUnits(user);
  if (!units.length) notFound();
  const { model: modelId, q } = await searchParams;
  const model = typeof modelId === "string" ? await modelSummary(modelId) : null;
  const ownOnly = model && units.every((u) => u.id === model.unitId);
  return (
    <>
      <PageHeader title="Đăng ký nhân rộng mô hình" breadcrumbs={[{ href: "/unit/replication", label: "Nhân rộng" }]} description="Đơn vị đăng ký áp dụng một mô hình, giải pháp, sáng kiến đã được công nhận, rồi cập nhật tiến độ, số liệu kết quả và báo cáo." />
      {model ? (
        <div className="flex flex-col gap-4">
          <div className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-semibold">{model.title}</p>
            <p className="text-sm text-slate-700">
              {model.unit.name} · {model.fieldName}
            </p>
          </div>
          {ownOnly ? <Alert tone="error">{OWN_MODEL_MESSAGE}</Alert> : <AdoptForm modelId={model.id} units={units.filter((u) => u.id !== model.unitId)} />}
        </div>
      ) : (
        <ModelPicker basePath="/unit/replication/new" q={typeof q === "string" ? q : ""} models={await pickModels(typeof q === "string" ? q : "")} />
      )}
    </>
  );
}
