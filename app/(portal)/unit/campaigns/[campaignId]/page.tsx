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
  const nop = Number(one(sp.nop));
  return <WorkspaceView ws={ws} userFullName={user.fullName} basePath={basePath} justSubmittedVersion={Number.isInteger(nop) && nop > 0 ? nop : undefined} />;
}
