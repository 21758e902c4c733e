import "server-only";
import { getDb } from "@/lib/db/client";

/** True when the user sits on the team of a survey round that has been announced (their menu entry "Khảo sát"). */
export async function isOnSurveyTeam(userId: string): Promise<boolean> {
  const db = await getDb();
  const n = await db.surveyTeamMember.count({ where: { userId, round: { status: { in: ["ANNOUNCED", "CLOSED"] } } } });
  return n > 0;
}
