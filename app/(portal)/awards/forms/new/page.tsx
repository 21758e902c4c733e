import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AwardFormEditor } from "@/components/awards/forms/award-form-editor";
import { PageHeader } from "@/components/ui/page-header";
import { newAwardFormDefaults, organisationsFor, pickOrganisation } from "@/lib/awards/forms/queries";
import { requireUser } from "@/lib/auth/session";
import { councilCounts } from "@/lib/council/members/queries";

export const metadata: Metadata = { title: "Thêm hình thức khen thưởng" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NewAwardFormPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const org = pickOrganisation(await organisationsFor(user, "manage:award-form"), first((await searchParams).org));
  // Only the standing office of an organisation keeps its award forms.
  if (!org) notFound();
  const size = (await councilCounts([org.id])).get(org.id) ?? 0;
  return (
    <>
      <PageHeader
        title="Thêm hình thức khen thưởng"
        description={`Hình thức khen thưởng của ${org.name}. Hội đồng Thi đua - Khen thưởng của ${org.name} biểu quyết theo quy tắc nhập ở đây.`}
        breadcrumbs={[
          { href: "/awards", label: "Khen thưởng" },
          { href: `/awards/forms?org=${encodeURIComponent(org.id)}`, label: "Hình thức khen thưởng" },
        ]}
      />
      <AwardFormEditor mode="create" organisationName={org.name} defaultValues={newAwardFormDefaults(org.id)} councilSize={size} />
    </>
  );
}
