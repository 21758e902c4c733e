/**
 * `npm run bench:library`: times the library of recognised models at the size issue 13 names — 5,000
 * recognised models and 50,000 adoptions — on the configured database (DATABASE_URL, else an embedded
 * database in PGLITE_DATA_DIR, default .data/bench-library; created and migrated on first use).
 *
 * It builds (under fresh ids) a city with 250 units, a campaign, 5,000 initiatives recognised by one
 * decision and their library entries (searchText folded as lib/library/sync.ts does), and 50,000 adoptions
 * (10 per model on average; the first model has 240, for a deep "where it spread" page); then times, each
 * BENCH_REPEAT times (default 20; median and p95 reported):
 * - the library search page (first page and count) without filter, with a diacritic-free text, with filters,
 *   and a deep page;
 * - a model's page (loadModel: entry, decisions, figures, shared files);
 * - "where it spread" (listSpread) for the most adopted model, first and last page.
 * Add `BENCH_KEEP=1` to keep the data (otherwise it is deleted at the end).
 */
import path from "node:path";
import { setDbForTests } from "../lib/db/client";
import { librarySearchText } from "../lib/library/sync";
import { listSpread, loadModel, searchLibrary, SPREAD_PAGE_SIZE } from "../lib/library/queries";
import { parseLibraryFilters } from "../lib/library/schemas";
import { getDbStandalone } from "./standalone-db";

const MODELS = 5_000;
const UNITS = 250;
const ADOPTIONS = 50_000;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const WORDS = ["Một cửa điện tử", "Số hóa hồ sơ", "Bản đồ số quy hoạch", "Tiếp nhận trực tuyến", "Rút ngắn thời gian", "Chuyển đổi số", "Công khai thủ tục", "Khảo sát hài lòng"];

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const runs: number[] = [];
  let out!: T;
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    out = await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const p95 = runs[Math.min(runs.length - 1, Math.ceil(runs.length * 0.95) - 1)];
  console.log(`[bench:library] ${label.padEnd(52)} median ${runs[Math.floor(runs.length / 2)].toFixed(1).padStart(6)} ms, p95 ${p95.toFixed(1).padStart(6)} ms`);
  return out;
}

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR ??= path.join(process.cwd(), ".data", "bench-library");
  const { prisma, close } = await getDbStandalone();
  const tag = `bl${Date.now().toString(36)}`;
  try {
    setDbForTests(prisma);
    console.log(`[bench:library] ${process.env.DATABASE_URL ? "PostgreSQL" : `PGlite ${process.env.PGLITE_DATA_DIR}`}; ${MODELS} models, ${ADOPTIONS} adoptions, ${UNITS} units`);
    const t0 = performance.now();
    const city = await prisma.unit.create({ data: { id: `${tag}-city`, code: `${tag}-CITY`, name: "Thành phố đo tải", kind: "CITY", path: `/${tag}-city/` } });
    const units = Array.from({ length: UNITS }, (_, i) => ({ id: `${tag}-u${i}`, code: `${tag}-U${i}`, name: `Đơn vị ${String(i + 1).padStart(3, "0")}`, kind: "WARD" as const, parentId: city.id, path: `${city.path}${tag}-u${i}/`, depth: 1 }));
    await prisma.unit.createMany({ data: units });
    const user = await prisma.user.create({ data: { id: `${tag}-user`, username: `${tag}.user`, fullName: "Người đo tải", passwordHash: "x", unitId: city.id } });
    const campaign = await prisma.campaign.create({
      data: {
        id: `${tag}-c`,
        documentNumber: `1/KH-${tag}`,
        issuedOn: new Date("2025-01-10T00:00:00Z"),
        year: 2025,
        issuingUnitId: city.id,
        signerName: "A",
        signerTitle: "Chủ tịch",
        title: "Kế hoạch đo tải",
        registrationLevels: ["CITY"],
        startsOn: new Date("2025-01-01T00:00:00Z"),
        endsOn: new Date("2025-12-31T00:00:00Z"),
        status: "PUBLISHED",
        fields: { create: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `${tag}-f${n}`, name: `Lĩnh vực ${n}`, sortOrder: n })) },
      },
    });
    await prisma.registration.createMany({ data: units.map((u) => ({ id: `${tag}-r-${u.id}`, campaignId: campaign.id, unitId: u.id, ownerKey: "UNIT", status: "ACCEPTED" as const })) });
    const initiatives = Array.from({ length: MODELS }, (_, i) => {
      const u = units[i % UNITS];
      return {
        id: `${tag}-i${i}`,
        registrationId: `${tag}-r-${u.id}`,
        campaignId: campaign.id,
        unitId: u.id,
        fieldId: `${tag}-f${(i % 6) + 1}`,
        content: `${WORDS[i % WORDS.length]} tại ${u.name}, mô hình số ${i + 1}`,
        type: "MODEL" as const,
        expectedCompletion: new Date("2025-10-01T00:00:00Z"),
        level: "CITY" as const,
        sortOrder: i,
      };
    });
    for (let i = 0; i < initiatives.length; i += 1000) await prisma.initiative.createMany({ data: initiatives.slice(i, i + 1000) });
    const decision = await prisma.recognitionDecision.create({
      data: { id: `${tag}-d`, issuingUnitId: city.id, campaignId: campaign.id, level: "CITY", number: `9/QĐ-${tag}`, signedOn: new Date("2025-12-01T00:00:00Z"), signerName: "A", signerTitle: "Chủ tịch", createdById: user.id },
    });
    const models = initiatives.map((ini, i) => ({
      id: `${tag}-m${i}`,
      initiativeId: ini.id,
      unitId: ini.unitId,
      title: ini.content,
      fieldName: `Lĩnh vực ${(i % 6) + 1}`,
      type: "MODEL" as const,
      level: (i % 3 === 0 ? "CITY" : "DEPARTMENT") as "CITY" | "DEPARTMENT",
      year: 2020 + (i % 6),
      decisionId: decision.id,
      recognisedOn: new Date(Date.UTC(2020 + (i % 6), i % 12, 1 + (i % 28))),
      searchText: librarySearchText({ title: ini.content, fieldName: `Lĩnh vực ${(i % 6) + 1}`, unitName: units[i % UNITS].name }),
      adoptionCount: 0,
    }));
    for (let i = 0; i < models.length; i += 1000) await prisma.recognisedModel.createMany({ data: models.slice(i, i + 1000) });
    // 50,000 adoptions: model 0 by 240 units, the rest spread so that (model, unit) stays unique.
    const adoptions: { id: string; modelId: string; unitId: string; createdById: string; progress: "IN_PROGRESS" }[] = [];
    const seen = new Set<string>();
    for (let k = 1; k <= 240; k++) adoptions.push({ id: `${tag}-a0-${k}`, modelId: models[0].id, unitId: units[k % UNITS].id, createdById: user.id, progress: "IN_PROGRESS" });
    for (let n = 0; adoptions.length < ADOPTIONS; n++) {
      const m = 1 + (n % (MODELS - 1));
      const u = (m + 1 + Math.floor(n / (MODELS - 1))) % UNITS;
      const key = `${m}|${u}`;
      if (seen.has(key) || models[m].unitId === units[u].id) continue;
      seen.add(key);
      adoptions.push({ id: `${tag}-a${n}`, modelId: models[m].id, unitId: units[u].id, createdById: user.id, progress: "IN_PROGRESS" });
    }
    for (let i = 0; i < adoptions.length; i += 2000) await prisma.modelAdoption.createMany({ data: adoptions.slice(i, i + 2000) });
    await prisma.$executeRawUnsafe(`UPDATE "RecognisedModel" m SET "adoptionCount" = (SELECT count(*) FROM "ModelAdoption" a WHERE a."modelId" = m."id") WHERE m."id" LIKE '${tag}-%'`);
    await prisma.$executeRawUnsafe(`ANALYZE "RecognisedModel"`);
    await prisma.$executeRawUnsafe(`ANALYZE "ModelAdoption"`);
    console.log(`[bench:library] data built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const f = (p: Record<string, string>) => parseLibraryFilters(p);
    const all = await time("search page, no filter (page 1 + count)", () => searchLibrary(f({}), 1));
    console.log(`[bench:library]   ${all.total} models in the library`);
    const text = await time("search page, 'so hoa ho so' without diacritics", () => searchLibrary(f({ q: "so hoa ho so" }), 1));
    console.log(`[bench:library]   ${text.total} found`);
    await time("search page, level + year + field", () => searchLibrary(f({ level: "CITY", year: "2023", field: "Lĩnh vực 3" }), 1));
    await time("search page, text + unit", () => searchLibrary(f({ q: "mot cua", unit: units[7].id }), 1));
    await time("search page, page 200", () => searchLibrary(f({}), 200));
    await time("model page (loadModel)", () => loadModel(models[0].id));
    const spread = await time("where it spread, page 1 (240 adoptions)", () => listSpread(models[0].id, 1));
    await time("where it spread, last page", () => listSpread(models[0].id, Math.ceil(spread.total / SPREAD_PAGE_SIZE)));
    await time("where it spread, a model with ~9 adoptions", () => listSpread(models[1234].id, 1));
  } finally {
    if (!process.env.BENCH_KEEP) {
      await prisma.modelAdoption.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.recognisedModel.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.recognitionDecision.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.initiative.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.registration.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.campaign.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.user.deleteMany({ where: { id: { startsWith: tag } } });
      await prisma.unit.deleteMany({ where: { parentId: `${tag}-city` } });
      await prisma.unit.deleteMany({ where: { id: `${tag}-city` } });
    }
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
