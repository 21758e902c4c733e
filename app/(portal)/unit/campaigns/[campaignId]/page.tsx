import Link from "@/components/ui/link";
import { orNotFound } from "@/components/registrations/not-found";
import { WorkspaceView } from "@/components/registrations/workspace-view";
import { requireUser } from "@/lib/auth/session";
import { getRegistrationWorkspace } from "@/lib/registrations/queries";
import { UnitChooser } from "./unit-chooser";

export const metadata = { title: "Mẫu 1 của đơn vị" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UnitRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const basePath = `/unit/campaigns/${campaignId}`;
  const ws = await orNotFound(getRegistrationWorkspace(user, campaignId, one(sp.unit) || undefined, "UNIT"));
  if (ws.needsChoice) return <UnitChooser title="Mẫu 1 – Đăng ký mô hình, giải pháp, sáng kiến" campaign={ws.campaign} choices={ws.choices} basePath={basePath} />;
  return (
    <>
      <WorkspaceView ws={ws} userFullName={user.fullName} basePath={basePath} />
      <nav aria-label="Khen thưởng" className="mt-8 rounded-md border border-slate-300 bg-white p-4 text-sm">
        <Link href={`${basePath}/awards?unit=${encodeURIComponent(ws.unit.id)}`} className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
          Đề nghị khen thưởng
        </Link>
        <span className="text-slate-700"> – đề nghị khen thưởng tập thể, cá nhân của đơn vị và hồ sơ kèm theo</span>
      </nav>
    </>
  );
}
