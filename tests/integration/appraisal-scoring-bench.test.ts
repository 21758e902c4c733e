import { describe, expect, it } from "vitest";
import { saveScores } from "../../lib/appraisal/scoring/mutations";
import { getManagedOpenRounds, getMyQueue, getScoringView } from "../../lib/appraisal/scoring/queries";
import { loadSessionUser } from "../../lib/auth/session";
import { db, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { fullScores, makeAppraisalRound } from "../helpers/appraisal-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * A benchmark, not a timed test (issue 12, "Measured"): a round of 500 initiatives × 3 evaluators with
 * 30 evaluators; prints the time of the automatic assignment and of the evaluator's queries.
 * Run: APPRAISAL_BENCH=1 npx vitest run --project integration tests/integration/appraisal-scoring-bench.test.ts
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; first: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), first: times[0], result };
}

describe.skipIf(!process.env.APPRAISAL_BENCH)("appraisal scoring at scale", () => {
  it("500 initiatives × 3 evaluators, 30 evaluators", { timeout: 600_000 }, async () => {
    const org = await makeOrganisation();
    const offices = await Promise.all(Array.from({ length: 50 }, (_, i) => makeUnit({ name: `Phòng ${i + 1}`, parent: org.dept })));
    await db().campaignUnit.createMany({ data: offices.map((o) => ({ campaignId: org.campaign.id, unitId: o.id })) });
    const initiatives = [];
    for (const o of offices) {
      const { initiatives: rows } = await makeRegistration({
        campaign: org.campaign,
        unit: o,
        status: "ACCEPTED",
        submittedBy: org.office,
        rows: Array.from({ length: 10 }, (_, i) => ({ field: i % 6, content: `Giải pháp ${i + 1} của ${o.name}` })),
      });
      initiatives.push(...rows);
    }
    const evaluators = await Promise.all(Array.from({ length: 30 }, (_, i) => makeUser({ unit: org.otherDept, fullName: `Thành viên ${String(i + 1).padStart(2, "0")}` })));
    const t0 = performance.now();
    const r = await makeAppraisalRound({ campaign: org.campaign, initiatives, evaluators, perItem: 3, chair: evaluators[0], createdBy: org.office });
    const setupMs = performance.now() - t0;
    expect(r.assignments).toHaveLength(1500);
    const me = (await loadSessionUser(evaluators[5].id))!;
    const mine = r.assignments.filter((a) => a.evaluator.userId === me.id);
    const queue = await time(5, () => getMyQueue(me));
    expect(queue.result[0].items).toHaveLength(50);
    const view = await time(5, () => getScoringView(me, mine[25].id));
    const save = await time(1, () => saveScores(me, { assignmentId: mine[25].id, lockVersion: 0, scores: fullScores(r.criteria) }));
    const office = (await loadSessionUser(org.office.id))!;
    const managed = await time(5, () => getManagedOpenRounds(office));
    console.log(
      [
        `round set-up with automatic assignment of 1,500 places (insert + assignRound): ${setupMs.toFixed(0)} ms`,
        `evaluator's queue (50 items): median ${queue.ms.toFixed(1)} ms (first ${queue.first.toFixed(1)} ms)`,
        `scoring page query (dossier + neighbours): median ${view.ms.toFixed(1)} ms (first ${view.first.toFixed(1)} ms)`,
        `save a sheet of 5 criteria: ${save.ms.toFixed(1)} ms`,
        `managed open rounds with progress: median ${managed.ms.toFixed(1)} ms`,
      ].join("\n"),
    );
  });
});
