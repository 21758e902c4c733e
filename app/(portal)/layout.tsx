import { AppShell } from "@/components/layout/app-shell";
import { hasOpenAppraisalWork } from "@/lib/appraisal/access";
import { requireUser } from "@/lib/auth/session";
import { isOnSurveyTeam } from "@/lib/surveys/team";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Panel members of an appraisal round come from any unit: their menu entry depends on the panel, not on a role.
  // Survey team members likewise (issue 13).
  const [appraisalPanel, surveyTeam] = await Promise.all([hasOpenAppraisalWork(user.id), isOnSurveyTeam(user.id)]);
  return (
    <AppShell user={user} appraisalPanel={appraisalPanel} surveyTeam={surveyTeam}>
      {children}
    </AppShell>
  );
}
