/**
 * `npm run bench:appraisal`: times an appraisal round at the size issue 12 names — 500 initiatives × 3
 * evaluators, a panel of 30 — on the configured database (DATABASE_URL, else an embedded database in
 * PGLITE_DATA_DIR, default .data/bench-appraisal; created and migrated on first use).
 *
 * It builds (once per run, under fresh ids) a department with 30 offices, 500 initiatives spread over the
 * offices, and a round whose panel has one member from each office; then times, each BENCH_REPEAT times
 * (default 5; median and max reported):
 * - the automatic assignment (`assignRound … "rebalance"`, in a transaction rolled back after timing, then
 *   once for real);
 * - an evaluator's queue (`loadEvaluatorQueue`, 50 places);
 * - the results of the whole round for the chair (`loadRoundResults`: 500 ranked, 1,500 submitted scores).
 * Add `BENCH_KEEP=1` to keep the data (otherwise it is deleted at the end).
 */
import path from "node:path";
import { setDbForTests, type Tx } from "../lib/db/client";
import { assignRound } from "../lib/appraisal/persist";
import { DEFAULT_RUBRIC } from "../lib/appraisal/rubric";
import type { SessionUser } from "../lib/auth/session";
import { dueAtForBeforeDay } from "../lib/time/vn";
import { getDbStandalone } from "./standalone-db";
import { benchQueries } from "./bench-appraisal-queries";

const ITEMS = 500;
const PANEL = 30;
const PER_ITEM = 3;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const runs: number[] = [];
  let out!: T;
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    out = await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`[bench:appraisal] ${label}: median ${runs[Math.floor(runs.length / 2)].toFixed(0)} ms, max ${runs[runs.length - 1].toFixed(0)} ms (${REPEAT} runs)`);
  return out;
}

class Rollback extends Error {}

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR ??= path.join(process.cwd(), ".data", "bench-appraisal");
  const { prisma, close } = await getDbStandalone();
  const tag = `bench${Date.now().toString(36)}`;
  try {
    setDbForTests(prisma);
    console.log(`[bench:appraisal] ${process.env.DATABASE_URL ? "PostgreSQL" : `PGlite ${process.env.PGLITE_DATA_DIR}`}; ${ITEMS} initiatives × ${PER_ITEM} evaluators, panel of ${PANEL}`);
    const t0 = performance.now();
    const dept = await prisma.unit.create({ data: { id: `${tag}-so`, code: `${tag}-SO`, name: "Sở Đo tải", kind: "DEPARTMENT", path: `/${tag}-so/` } });
    await prisma.unit.createMany({
      data: Array.from({ length: PANEL }, (_, i) => ({ id: `${tag}-p${i}`, code: `${tag}-P${i}`, name: `Phòng ${i + 1}`, kind: "OFFICE" as const, parentId: dept.id, path: `${dept.path}${tag}-p${i}/`, depth: 1 })),
    });
    const office = await prisma.user.create({
      data: { id: `${tag}-office`, username: `${tag}.office`, fullName: "Bộ phận CCHC đo tải", passwordHash: "x", unitId: dept.id, roles: { create: [{ role: "CCHC_OFFICE", unitId: dept.id }] } },
    });
    await prisma.user.createMany({
      data: Array.from({ length: PANEL }, (_, i) => ({ id: `${tag}-e${i}`, username: `${tag}.e${i}`, fullName: `Thành viên ${String(i + 1).padStart(2, "0")}`, passwordHash: "x", unitId: `${tag}-p${i}` })),
    });
    const year = new Date().getUTCFullYear();
    const campaign = await prisma.campaign.create({
      data: {
        id: `${tag}-c`,
        documentNumber: `1/KH-${tag}`,
        issuedOn: new Date(`${year}-01-10T00:00:00Z`),
        year,
        issuingUnitId: dept.id,
        signerName: "Đo Tải",
        signerTitle: "Giám đốc",
        title: "Kế hoạch đo tải thẩm định",
        registrationLevels: ["DEPARTMENT"],
        startsOn: new Date(`${year}-01-01T00:00:00Z`),
        endsOn: new Date(`${year}-12-31T00:00:00Z`),
        status: "PUBLISHED",
        publishedAt: new Date(),
        fields: { create: [{ name: "Cải cách thủ tục hành chính", sortOrder: 1 }] },
      },
      include: { fields: true },
    });
    await prisma.registration.createMany({
      data: Array.from({ length: PANEL }, (_, i) => ({ id: `${tag}-r${i}`, campaignId: campaign.id, unitId: `${tag}-p${i}`, ownerKey: "UNIT", status: "ACCEPTED" as const })),
    });
    await prisma.initiative.createMany({
      data: Array.from({ length: ITEMS }, (_, i) => ({
        id: `${tag}-i${i}`,
        registrationId: `${tag}-r${i % PANEL}`,
        campaignId: campaign.id,
        unitId: `${tag}-p${i % PANEL}`,
        fieldId: campaign.fields[0].id,
        content: `Giải pháp số ${i + 1}: rút ngắn thời gian giải quyết hồ sơ`,
        type: "SOLUTION" as const,
        expectedCompletion: new Date(`${year}-10-31T00:00:00Z`),
        level: "DEPARTMENT" as const,
        progress: "COMPLETED" as const,
        sortOrder: Math.floor(i / PANEL),
      })),
    });
    const round = await prisma.appraisalRound.create({
      data: {
        id: `${tag}-round`,
        campaignId: campaign.id,
        name: "Đợt đo tải",
        status: "DRAFT",
        evaluatorsPerItem: PER_ITEM,
        dueAt: dueAtForBeforeDay(`${year}-12-31`),
        chairUserId: office.id,
        createdById: office.id,
        criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i, name: c.name, maxPoints: c.maxPoints, weight: c.weight })) },
      },
      include: { criteria: { orderBy: { sortOrder: "asc" } } },
    });
    await prisma.appraisalItem.createMany({ data: Array.from({ length: ITEMS }, (_, i) => ({ roundId: round.id, initiativeId: `${tag}-i${i}`, sortOrder: i })) });
    await prisma.appraisalEvaluator.createMany({ data: Array.from({ length: PANEL }, (_, i) => ({ id: `${tag}-ev${i}`, roundId: round.id, userId: `${tag}-e${i}` })) });
    console.log(`[bench:appraisal] data built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    await time("automatic assignment (rebalance, 1,500 places)", () =>
      prisma
        .$transaction(async (tx: Tx) => {
          await assignRound(tx, round.id, "rebalance");
          throw new Rollback();
        })
        .catch((e) => {
          if (!(e instanceof Rollback)) throw e;
        }),
    );
    const result = await prisma.$transaction((tx: Tx) => assignRound(tx, round.id, "rebalance"));
    const loads = [...result.loads.values()];
    console.log(`[bench:appraisal] assigned ${result.created} places; loads ${Math.min(...loads)}–${Math.max(...loads)}; shortfalls ${result.shortfalls.length}`);

    // Everyone submits: points drawn from the item and evaluator numbers (deterministic), 5 criteria each.
    await prisma.appraisalRound.update({ where: { id: round.id }, data: { status: "OPEN", openedAt: new Date(), rubricFrozenAt: new Date() } });
    await prisma.appraisalAssignment.updateMany({ where: { roundId: round.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const places = await prisma.appraisalAssignment.findMany({ where: { roundId: round.id }, select: { id: true }, orderBy: { id: "asc" } });
    await prisma.appraisalScore.createMany({
      data: places.flatMap((p, k) => round.criteria.map((c, j) => ({ assignmentId: p.id, criterionId: c.id, points: Math.min(c.maxPoints, ((k * 7 + j * 3) % (c.maxPoints * 2 + 1)) / 2) }))),
    });

    // The session user as lib/auth/session builds it (that module needs Next's request context).
    const sessionUser = async (id: string): Promise<SessionUser> => {
      const u = await prisma.user.findUniqueOrThrow({ where: { id }, include: { unit: true, roles: { include: { unit: true } } } });
      return {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        unitId: u.unitId,
        unitName: u.unit.name,
        unitPath: u.unit.path,
        mustChangePassword: false,
        roles: u.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit.path, unitName: r.unit.name })),
      };
    };
    const chair = await sessionUser(office.id);
    const evaluator = await sessionUser(`${tag}-e0`);
    await benchQueries({ time, roundId: round.id, chair, evaluator });
  } finally {
    if (process.env.BENCH_KEEP !== "1") {
      // Scores first: a criterion with scores is protected (RESTRICT), so a round is never deleted by accident.
      await prisma.appraisalScore.deleteMany({ where: { assignment: { roundId: `${tag}-round` } } });
      await prisma.appraisalRound.deleteMany({ where: { id: `${tag}-round` } });
      await prisma.initiative.deleteMany({ where: { campaignId: `${tag}-c` } });
      await prisma.registration.deleteMany({ where: { campaignId: `${tag}-c` } });
      await prisma.campaign.deleteMany({ where: { id: `${tag}-c` } });
      await prisma.user.deleteMany({ where: { username: { startsWith: `${tag}.` } } });
      await prisma.unit.deleteMany({ where: { id: { startsWith: `${tag}-p` } } });
      await prisma.unit.deleteMany({ where: { id: `${tag}-so` } });
    }
    setDbForTests(undefined);
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
