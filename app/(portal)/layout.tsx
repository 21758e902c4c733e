import { AppShell } from "@/components/layout/app-shell";
import { hasOpenAppraisalWork } from "@/lib/appraisal/access";
import { requireUser } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Panel members of an appraisal round come from any unit: their menu entry depends on the panel, not on a role.
  const appraisalPanel = await hasOpenAppraisalWork(user.id);
  return (
    <AppShell user={user} appraisalPanel={appraisalPanel}>
      {children}
    </AppShell>
  );
}
