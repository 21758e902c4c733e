/**
 * `npx tsx --conditions=react-server scripts/bench-appraisal-rounds.ts`: times the appraisal set-up at the size
 * issue 12 names: a round of 500 initiatives × 3 evaluators with a panel of 30.
 *
 * Builds its own data in a fresh embedded database (a temporary PGLITE_DATA_DIR, deleted afterwards; or
 * DATABASE_URL, whose data it leaves behind): a department with 20 offices (25 initiatives each, Mẫu 1
 * accepted), 30 evaluators (one in each of 15 offices, 15 in another department). Then times: adding the 500
 * items by rule, the automatic assignment (rebalance, 1,500 pairs, one createMany), the same again (nothing
 * to create), the campaign's round list and the round's page (50 items, the panel with loads).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addItemsByRule, autoAssign } from "../lib/appraisal/rounds/mutations";
import { getRoundPage, listCampaignRounds } from "../lib/appraisal/rounds/queries";
import { DEFAULT_RUBRIC } from "../lib/appraisal/rubric";
import type { SessionUser } from "../lib/auth/session";
import { setDbForTests } from "../lib/db/client";
import { getDbStandalone } from "./standalone-db";

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await fn();
  console.log(`[bench:appraisal-rounds] ${label}: ${(performance.now() - t).toFixed(0)} ms`);
  return out;
}

async function main() {
  let tmp: string | null = null;
  if (!process.env.DATABASE_URL) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-appraisal-"));
    process.env.PGLITE_DATA_DIR = tmp;
  }
  const { prisma, close } = await getDbStandalone();
  try {
    setDbForTests(prisma);
    const tag = `b${Date.now().toString(36)}`;
    const unit = (id: string, name: string, parent: { id: string; path: string } | null, kind: "CITY" | "DEPARTMENT" | "OFFICE") =>
      prisma.unit.create({ data: { id, code: id.toUpperCase(), name, kind, parentId: parent?.id ?? null, path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.path.split("/").filter(Boolean).length : 0 } });
    const city = await unit(`${tag}-city`, "Thành phố", null, "CITY");
    const dept = await unit(`${tag}-dept`, "Sở", city, "DEPARTMENT");
    const other = await unit(`${tag}-other`, "Sở khác", city, "DEPARTMENT");
    const offices = [];
    for (let i = 0; i < 20; i++) offices.push(await unit(`${tag}-o${i}`, `Phòng ${i + 1}`, dept, "OFFICE"));
    const office = await prisma.user.create({
      data: { username: `${tag}.office`, fullName: "Bộ phận CCHC", passwordHash: "x", unitId: dept.id, roles: { create: { role: "CCHC_OFFICE", unitId: dept.id } } },
    });
    const evaluators = [];
    for (let i = 0; i < 30; i++) {
      const home = i < 15 ? offices[i] : other;
      evaluators.push(await prisma.user.create({ data: { username: `${tag}.ev${i}`, fullName: `Người chấm ${String(i + 1).padStart(2, "0")}`, passwordHash: "x", unitId: home.id } }));
    }
    const campaign = await prisma.campaign.create({
      data: {
        documentNumber: `${tag}/KH`,
        issuedOn: new Date("2026-01-10T00:00:00Z"),
        year: 2026,
        issuingUnitId: dept.id,
        signerName: "A",
        signerTitle: "Giám đốc",
        title: "Kế hoạch thử tải",
        registrationLevels: ["DEPARTMENT"],
        startsOn: new Date("2026-01-01T00:00:00Z"),
        endsOn: new Date("2026-12-31T00:00:00Z"),
        status: "PUBLISHED",
        publishedAt: new Date(),
        fields: { create: { name: "Cải cách thủ tục hành chính", sortOrder: 1 } },
      },
      include: { fields: true },
    });
    for (const o of offices) {
      const reg = await prisma.registration.create({ data: { campaignId: campaign.id, unitId: o.id, ownerKey: "UNIT", status: "ACCEPTED", submittedVersion: 1 } });
      await prisma.initiative.createMany({
        data: Array.from({ length: 25 }, (_, k) => ({
          registrationId: reg.id,
          campaignId: campaign.id,
          unitId: o.id,
          fieldId: campaign.fields[0].id,
          content: `Sáng kiến ${k + 1} của ${o.name}`,
          type: "SOLUTION" as const,
          expectedCompletion: new Date("2026-10-31T00:00:00Z"),
          level: "DEPARTMENT" as const,
          progress: "COMPLETED" as const,
          sortOrder: k,
        })),
      });
    }
    const round = await prisma.appraisalRound.create({
      data: {
        campaignId: campaign.id,
        name: "Đợt thử tải",
        dueAt: new Date(Date.now() + 30 * 86_400_000),
        evaluatorsPerItem: 3,
        chairUserId: office.id,
        createdById: office.id,
        criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i + 1, name: c.name, maxPoints: c.maxPoints })) },
        evaluators: { create: evaluators.map((e) => ({ userId: e.id })) },
      },
    });
    const actor = { id: office.id, roles: [{ role: "CCHC_OFFICE" as const, unitId: dept.id, unitPath: dept.path, unitName: dept.name }] } as SessionUser;

    const added = await timed("add 500 items by rule (completed, cấp Sở)", () => addItemsByRule(actor, round.id, "COMPLETED_DEPARTMENT"));
    const first = await timed("automatic assignment, rebalance (500 × 3, 30 evaluators)", () => autoAssign(actor, round.id));
    const loads = first.loads.map((l) => l.load);
    console.log(`[bench:appraisal-rounds]   ${added.added} items, ${first.created} pairs created, loads ${Math.min(...loads)}–${Math.max(...loads)}, ${first.shortfallItems} items short`);
    const again = await timed("automatic assignment again (rebalance of unstarted pairs)", () => autoAssign(actor, round.id));
    console.log(`[bench:appraisal-rounds]   ${again.removed} dropped and ${again.created} created`);
    await timed("campaign's round list", () => listCampaignRounds(actor, campaign.id));
    await timed("round page (first 50 items, panel, candidates)", () => getRoundPage(actor, campaign.id, round.id, 1));
    await timed("round page, page 10", () => getRoundPage(actor, campaign.id, round.id, 10));
  } finally {
    setDbForTests(undefined);
    await close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
