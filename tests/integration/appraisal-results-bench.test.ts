import { it } from "vitest";
import { loadRoundResults } from "../../lib/appraisal/outcome/queries";
import { appraisalScoresXlsx } from "../../lib/appraisal/outcome/xlsx";
import { appraisalOutcomesFor } from "../../lib/appraisal/unit-view";
import { loadSessionUser } from "../../lib/auth/session";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import { db, makeOrganisation, makeUser } from "../helpers/factories";

/**
 * Benchmark (not a timed test; skipped unless APPRAISAL_BENCH=1): a closed round of 500 initiatives ×
 * 3 evaluators out of 30, 5 criteria. Prints the time of the results query, the scores XLSX and what a
 * unit's initiative page reads.
 *   APPRAISAL_BENCH=1 npx vitest run --project integration tests/integration/appraisal-results-bench.test.ts
 */
it.skipIf(!process.env.APPRAISAL_BENCH)("bench: 500 items × 3 evaluators, 30 evaluators", async () => {
  const org = await makeOrganisation();
  const chair = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }] });
  const reg = await db().registration.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, kind: "UNIT", ownerKey: "UNIT", status: "ACCEPTED", createdById: org.headA.id } });
  await db().initiative.createMany({
    data: Array.from({ length: 500 }, (_, i) => ({ registrationId: reg.id, campaignId: org.campaign.id, unitId: org.officeA.id, fieldId: org.campaign.fields[i % 6].id, content: `Sáng kiến số ${i} về cải cách thủ tục hành chính trong lĩnh vực quy hoạch`, type: "SOLUTION" as const, expectedCompletion: new Date("2026-10-31"), level: "DEPARTMENT" as const, sortOrder: i })),
  });
  const inis = await db().initiative.findMany({ where: { registrationId: reg.id }, orderBy: { sortOrder: "asc" } });
  const users = [];
  for (let i = 0; i < 30; i++) users.push(await makeUser({ unit: org.city }));
  const round = await db().appraisalRound.create({
    data: { campaignId: org.campaign.id, name: "Bench", status: "CLOSED", closedAt: new Date(), dueAt: new Date(), chairUserId: chair.id, createdById: chair.id, criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i, name: c.name, maxPoints: c.maxPoints })) } },
    include: { criteria: true },
  });
  await db().appraisalEvaluator.createMany({ data: users.map((u) => ({ roundId: round.id, userId: u.id })) });
  const evs = await db().appraisalEvaluator.findMany({ where: { roundId: round.id } });
  await db().appraisalItem.createMany({ data: inis.map((x, i) => ({ roundId: round.id, initiativeId: x.id, sortOrder: i })) });
  const items = await db().appraisalItem.findMany({ where: { roundId: round.id }, orderBy: { sortOrder: "asc" } });
  const asg = items.flatMap((it, i) => [0, 1, 2].map((k) => ({ roundId: round.id, itemId: it.id, evaluatorId: evs[(i * 3 + k) % 30].id, status: "SUBMITTED" as const, submittedAt: new Date() })));
  await db().appraisalAssignment.createMany({ data: asg });
  const as = await db().appraisalAssignment.findMany({ where: { roundId: round.id } });
  await db().appraisalScore.createMany({ data: as.flatMap((a, j) => round.criteria.map((c) => ({ assignmentId: a.id, criterionId: c.id, points: (j * 7 + c.sortOrder * 3) % (c.maxPoints + 1), comment: j % 5 ? null : "Nhận xét" }))) });
  const user = (await loadSessionUser(chair.id))!;
  for (let run = 0; run < 4; run++) {
    let t = performance.now();
    const res = await loadRoundResults(user, round.id);
    const q = performance.now() - t;
    t = performance.now();
    const buf = await appraisalScoresXlsx(res!);
    const x = performance.now() - t;
    t = performance.now();
    await appraisalOutcomesFor(inis.slice(0, 20).map((i) => i.id));
    const u = performance.now() - t;
    console.log(`run ${run}: loadRoundResults ${q.toFixed(0)} ms (${res!.rows.length} rows, ${[...res!.sheets.values()].flat().length} sheets); xlsx ${x.toFixed(0)} ms (${buf.length} bytes); appraisalOutcomesFor(20) ${u.toFixed(0)} ms`);
  }
}, 300_000);
