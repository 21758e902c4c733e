import { notFound } from "next/navigation";
import { AssignForm } from "@/components/replication/forms";
import { ModelPicker } from "@/components/replication/model-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { assignableUnits, modelSummary, pickModels } from "@/lib/replication/queries";

export const metadata = { title: "Giao nhân rộng" };

export default async function NewAssignmentPage({ searchParams }: { searchParams: Promise<{ model?: string; q?: string }> }) {
  const user = await requireUser();
  const { issuers, units } = await assignableUnits(user);
  if (!issuers.length) notFound();
  const { model: modelId, q } = await searchParams;
  const model = typeof modelId === "string" ? await modelSummary(modelId) : null;
  return (
    <>
      <PageHeader title="Giao nhân rộng mô hình" breadcrumbs={[{ href: "/replication", label: "Giao nhân rộng" }]} />
      {model ? (
        <div className="flex flex-col gap-4">
          <div className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-semibold">{model.title}</p>
            <p className="text-sm text-slate-700">
              {model.unit.name} · {model.fieldName}
            </p>
          </div>
          <AssignForm modelId={model.id} issuers={issuers} units={units.filter((u) => u.id !== model.unitId)} />
        </div>
      ) : (
        <ModelPicker basePath="/replication/new" q={typeof q === "string" ? q : ""} models={await pickModels(typeof q === "string" ? q : "")} />
      )}
    </>
  );
}
