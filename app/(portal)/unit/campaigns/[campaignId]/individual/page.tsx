import { orNotFound } from "@/components/registrations/not-found";
import { WorkspaceView } from "@/components/registrations/workspace-view";
import { requireUser } from "@/lib/auth/session";
import { getRegistrationWorkspace } from "@/lib/registrations/queries";
import { UnitChooser } from "../unit-chooser";

export const metadata = { title: "Đăng ký cá nhân" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function IndividualRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const basePath = `/unit/campaigns/${campaignId}/individual`;
  const ws = await orNotFound(getRegistrationWorkspace(user, campaignId, one(sp.unit) || undefined, "INDIVIDUAL"));
  if (ws.needsChoice) return <UnitChooser title="Đăng ký cá nhân (Mẫu 1)" campaign={ws.campaign} choices={ws.choices} basePath={basePath} />;
  return <WorkspaceView ws={ws} userFullName={user.fullName} basePath={basePath} />;
}
