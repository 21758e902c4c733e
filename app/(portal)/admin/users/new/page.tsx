import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/user-forms";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listActiveUnitOptions } from "@/lib/units/queries";

export const metadata: Metadata = { title: "Tạo tài khoản" };

export default async function NewUserPage({ searchParams }: { searchParams: Promise<{ unitId?: string }> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "manage:user")) notFound();
  const { unitId } = await searchParams;
  const options = await listActiveUnitOptions(user);
  return (
    <>
      <PageHeader title="Tạo tài khoản" breadcrumbs={[{ href: "/admin/users", label: "Tài khoản" }]} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <CreateUserForm options={options} defaultUnitId={options.some((o) => o.id === unitId) ? unitId! : ""} />
      </div>
    </>
  );
}
