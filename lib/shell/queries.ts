import "server-only";
import { getDb } from "@/lib/db/client";

export interface ShellFacts {
  /** The user sits on the panel of an appraisal round that is open or closed (the menu shows "Thẩm định"). */
  appraisalPanel: boolean;
  /** The user is on the team of a survey round that has been announced (the menu shows "Khảo sát"). */
  surveyTeam: boolean;
  /** Unread notifications (the header's "Thông báo (n)"). */
  unread: number;
}

/**
 * What the portal's header and menu show for the signed-in user, in one statement: every portal page
 * renders them, and three separate counts were three round trips on every request. Panel and team members
 * come from any unit, so these depend on the records, not on a role.
 */
export async function loadShellFacts(userId: string): Promise<ShellFacts> {
  const db = await getDb();
  const [row] = await db.$queryRaw<ShellFacts[]>`
    SELECT
      EXISTS (
        SELECT 1 FROM "AppraisalEvaluator" e JOIN "AppraisalRound" r ON r."id" = e."roundId"
        WHERE e."userId" = ${userId} AND e."active" AND r."status" IN ('OPEN', 'CLOSED')
      ) AS "appraisalPanel",
      EXISTS (
        SELECT 1 FROM "SurveyTeamMember" m JOIN "SurveyRound" r ON r."id" = m."roundId"
        WHERE m."userId" = ${userId} AND r."status" IN ('ANNOUNCED', 'CLOSED')
      ) AS "surveyTeam",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = ${userId} AND n."readAt" IS NULL) AS "unread"`;
  return row;
}
