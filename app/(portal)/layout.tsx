import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { loadShellFacts } from "@/lib/shell/queries";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Panel members of an appraisal round and survey team members come from any unit: their menu entries
  // depend on the records, not on a role (issues 12 and 13).
  const facts = await loadShellFacts(user.id);
  return (
    <AppShell user={user} appraisalPanel={facts.appraisalPanel} surveyTeam={facts.surveyTeam} unread={facts.unread}>
      {children}
    </AppShell>
  );
}
