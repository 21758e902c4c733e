import { notFound } from "next/navigation";
import { PlanForm } from "@/components/surveys/forms";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { vnDayOf } from "@/lib/time/vn";

export const metadata = { title: "Lập kế hoạch khảo sát" };

export default async function NewPlanPage() {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "manage:survey")) notFound();
  return (
    <>
      <PageHeader title="Lập kế hoạch khảo sát" breadcrumbs={[{ href: "/surveys", label: "Khảo sát" }]} />
      <PlanForm year={Number(vnDayOf(new Date()).slice(0, 4))} />
    </>
  );
}
