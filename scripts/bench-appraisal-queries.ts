/** The page queries timed by scripts/bench-appraisal.ts, on a round whose every place is submitted. */
import { getDb } from "../lib/db/client";
import { loadRoundResults } from "../lib/appraisal/outcome/queries";
import { appraisalScoresXlsx } from "../lib/appraisal/outcome/xlsx";
import { getRoundPage, listCampaignRounds } from "../lib/appraisal/rounds/queries";
import { getManagedOpenRounds, getMyQueue, getScoringView } from "../lib/appraisal/scoring/queries";
import { appraisalOutcomesFor } from "../lib/appraisal/unit-view";
import type { SessionUser } from "../lib/auth/session";

export async function benchQueries({
  time,
  roundId,
  chair,
  evaluator,
}: {
  time: <T>(label: string, fn: () => Promise<T>) => Promise<T>;
  roundId: string;
  chair: SessionUser;
  evaluator: SessionUser;
}): Promise<void> {
  const db = await getDb();
  const round = await db.appraisalRound.findUniqueOrThrow({ where: { id: roundId }, select: { campaignId: true } });
  await time("an evaluator's queue (/appraisal, 50 places)", () => getMyQueue(evaluator));
  const first = await db.appraisalAssignment.findFirstOrThrow({ where: { roundId, evaluator: { userId: evaluator.id } }, select: { id: true } });
  await time("one place to score (/appraisal/<id>: dossier and sheet)", () => getScoringView(evaluator, first.id));
  await time("the office's open rounds with progress", () => getManagedOpenRounds(chair));
  await time("the campaign's rounds (/campaigns/<id>/appraisal)", () => listCampaignRounds(chair, round.campaignId));
  await time("the round page (items 1–50, panel, loads)", () => getRoundPage(chair, round.campaignId, roundId));
  const results = await time("the results of 500 ranked, 1,500 sheets (results page)", () => loadRoundResults(chair, roundId));
  await time("the ranking without comments (results list)", () => loadRoundResults(chair, roundId, { comments: false }));
  await time("the scores XLSX (500 + 1,500 rows)", () => appraisalScoresXlsx(results!));
  await db.appraisalRound.update({ where: { id: roundId }, data: { status: "CLOSED", closedAt: new Date() } });
  const twenty = results!.rows.slice(0, 20).map((r) => r.initiativeId);
  await time("what a unit sees for 20 initiatives (closed round)", () => appraisalOutcomesFor(twenty));
}
