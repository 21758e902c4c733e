import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite } from "../../lib/db/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../../lib/db/migrate";
import { pgliteRunner, prismaOnPglite } from "../../lib/db/open";
import { makeAwardOrganisation, makeProposal } from "../helpers/award-decision-fixtures";
import { db, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * Issue 11 §3, the schema guards itself (migration *_schema_guards): foreign keys on the *Id columns,
 * CHECK constraints for the exclusive arcs, and the indexes for Unit.path prefix search and the audit
 * log of one unit. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
 */

const MIGRATION = readMigrations().find((m) => m.name.endsWith("_schema_guards"))!;

/** The error text of a raw statement (message, Prisma's meta and the driver's cause), or "no error". */
async function rawError(sql: string, ...params: unknown[]): Promise<string> {
  try {
    await db().$executeRawUnsafe(sql, ...params);
  } catch (err) {
    const e = err as Error & { meta?: unknown; cause?: Error };
    return `${e.message} ${JSON.stringify(e.meta ?? {})} ${String(e.cause?.message ?? "")}`;
  }
  return "no error";
}

/** EXPLAIN of a query with sequential scans disabled (so the plan shows whether an index can serve it). */
async function plan(sql: string, ...params: unknown[]): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

const kind = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

async function evidenceRow(o: { campaignId: string; unitId: string; uploadedById: string; initiativeId?: string | null; reportId?: string | null; awardProposalId?: string | null }, key: string) {
  return [
    `INSERT INTO "EvidenceFile" ("id", "initiativeId", "reportId", "awardProposalId", "unitId", "campaignId", "fileName", "mimeType", "sizeBytes", "sha256", "storageKey", "uploadedById")
     VALUES ($1, $2, $3, $4, $5, $6, 'a.pdf', 'application/pdf', 1, $7, $8, $9)`,
    `ef-${key}`, o.initiativeId ?? null, o.reportId ?? null, o.awardProposalId ?? null, o.unitId, o.campaignId, "0".repeat(64), `k/${key}`, o.uploadedById,
  ] as const;
}

async function world() {
  const org = await makeAwardOrganisation();
  const campaign = await db().campaign.findUniqueOrThrow({ where: { id: org.campaign.id }, include: { fields: { orderBy: { sortOrder: "asc" } }, milestones: true } });
  const { initiatives } = await makeRegistration({ campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA });
  const initiative = initiatives[0];
  const report = await db().report.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", createdById: org.headA.id } });
  const proposal = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "DRAFT", nominee: { type: "COLLECTIVE", unit: org.officeA } });
  return { org, campaign, initiative, report, proposal };
}

describe(`indexes (${kind})`, () => {
  it("Unit.path is indexed with text_pattern_ops and the prefix search uses it; the audit log of a unit by time uses AuditLog(unitId, at)", async () => {
    const def = await db().$queryRawUnsafe<{ indexdef: string }[]>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Unit_path_idx'`);
    expect(def[0].indexdef).toMatch(/text_pattern_ops/);

    // 3 000 units under 30 roots, 20 000 audit rows over 200 units.
    await db().$executeRawUnsafe(`
      INSERT INTO "Unit" ("id", "code", "name", "kind", "path", "depth", "updatedAt")
      SELECT 'g' || i, 'G-' || i, 'Đơn vị ' || i, 'OFFICE', '/r' || (i % 30) || '/g' || i || '/', 1, now()
      FROM generate_series(1, 3000) AS i`);
    await db().$executeRawUnsafe(`
      INSERT INTO "AuditLog" ("at", "action", "entityType", "entityId", "unitId")
      SELECT now() - i * interval '1 minute', 'unit.update', 'Unit', 'g' || (i % 200 + 1), 'g' || (i % 200 + 1)
      FROM generate_series(1, 20000) AS i`);
    await db().$executeRawUnsafe(`ANALYZE "Unit"`);
    await db().$executeRawUnsafe(`ANALYZE "AuditLog"`);

    // As Prisma sends `path: { startsWith }`: a LIKE with a bound parameter.
    const prefix = await plan(`SELECT "id" FROM "Unit" WHERE "path" LIKE $1`, "/r7/%");
    console.log(`[${kind}] EXPLAIN prefix search on Unit.path:\n${prefix}`);
    expect(prefix).toMatch(/Unit_path_idx/);
    // Served by the index (an Index Cond on path), not a full index scan with a filter.
    expect(prefix).toMatch(/Index Cond: .*path/);

    const audit = await plan(`SELECT * FROM "AuditLog" WHERE "unitId" = $1 ORDER BY "at" DESC, "id" DESC LIMIT 50`, "g42");
    console.log(`[${kind}] EXPLAIN audit log of one unit, newest first:\n${audit}`);
    expect(audit).toMatch(/AuditLog_unitId_at_idx/);
    expect(audit).toMatch(/Index Cond: .*unitId/);

    const some = await db().unit.count({ where: { path: { startsWith: "/r7/" } } });
    expect(some).toBe(100);
    // 23 000 rows inserted into indexed tables: room on a busy 2-core machine.
  }, 120_000);
});

describe(`CHECK constraints (${kind})`, () => {
  it("an evidence file belongs to exactly one of initiative, report, award proposal", async () => {
    const { org, initiative, report, proposal } = await world();
    const base = { campaignId: org.campaign.id, unitId: org.officeA.id, uploadedById: org.headA.id };
    for (const [key, owners] of [
      ["i", { initiativeId: initiative.id }],
      ["r", { reportId: report.id }],
      ["p", { awardProposalId: proposal.id }],
    ] as const) {
      expect(await rawError(...(await evidenceRow({ ...base, ...owners }, key)))).toBe("no error");
    }
    expect(await rawError(...(await evidenceRow(base, "none")))).toMatch(/EvidenceFile_one_owner/);
    expect(await rawError(...(await evidenceRow({ ...base, initiativeId: initiative.id, reportId: report.id }, "ir")))).toMatch(/EvidenceFile_one_owner/);
    expect(await rawError(...(await evidenceRow({ ...base, reportId: report.id, awardProposalId: proposal.id }, "rp")))).toMatch(/EvidenceFile_one_owner/);
    expect(await rawError(`UPDATE "EvidenceFile" SET "reportId" = $1 WHERE "id" = 'ef-i'`, report.id)).toMatch(/EvidenceFile_one_owner/);
    expect(await rawError(`UPDATE "EvidenceFile" SET "initiativeId" = NULL WHERE "id" = 'ef-i'`)).toMatch(/EvidenceFile_one_owner/);
    expect(await db().evidenceFile.count()).toBe(3);
  });

  it("an award nominee is a unit, a user or a citizen/business according to its type", async () => {
    const { org, proposal } = await world();
    const person = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "DRAFT", nominee: { type: "INDIVIDUAL", user: org.staffA } });
    const citizen = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "DRAFT", nominee: { type: "CITIZEN", name: "Công ty A" } });
    const insert = (type: string, unitId: string | null, userId: string | null) =>
      rawError(
        `INSERT INTO "AwardProposal" ("id", "campaignId", "unitId", "awardFormId", "nomineeType", "nomineeUnitId", "nomineeUserId", "nomineeName", "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, $3, $4::"ParticipantType", $5, $6, 'X', now())`,
        org.campaign.id, org.officeA.id, org.formGK.id, type, unitId, userId,
      );
    const refused = /AwardProposal_nominee_matches_type/;
    expect(await insert("COLLECTIVE", null, null)).toMatch(refused);
    expect(await insert("COLLECTIVE", org.officeA.id, org.staffA.id)).toMatch(refused);
    expect(await insert("INDIVIDUAL", null, null)).toMatch(refused);
    expect(await insert("INDIVIDUAL", org.officeA.id, org.staffA.id)).toMatch(refused);
    expect(await insert("CITIZEN", null, org.staffA.id)).toMatch(refused);
    expect(await insert("CITIZEN", org.officeA.id, null)).toMatch(refused);
    expect(await rawError(`UPDATE "AwardProposal" SET "nomineeType" = 'INDIVIDUAL' WHERE "id" = $1`, proposal.id)).toMatch(refused);
    expect(await rawError(`UPDATE "AwardProposal" SET "nomineeUserId" = NULL WHERE "id" = $1`, person.id)).toMatch(refused);
    expect(await rawError(`UPDATE "AwardProposal" SET "nomineeUnitId" = $2 WHERE "id" = $1`, citizen.id, org.officeA.id)).toMatch(refused);
    expect(await insert("COLLECTIVE", org.officeB.id, null)).toBe("no error");
    expect(await insert("INDIVIDUAL", null, org.staffB.id)).toBe("no error");
    expect(await insert("CITIZEN", null, null)).toBe("no error");
  });
});

describe(`foreign keys (${kind})`, () => {
  it("refuse a dangling id (a sample of the new ones) and keep history when a referenced row goes", async () => {
    const { org, campaign, initiative, report, proposal } = await world();
    const base = { campaignId: org.campaign.id, unitId: org.officeA.id, uploadedById: org.headA.id, initiativeId: initiative.id };
    expect(await rawError(...(await evidenceRow({ ...base, uploadedById: "system" }, "u")))).toMatch(/EvidenceFile_uploadedById_fkey/);
    expect(await rawError(...(await evidenceRow({ ...base, campaignId: "no-such-campaign" }, "c")))).toMatch(/EvidenceFile_campaignId_fkey/);
    expect(await rawError(`INSERT INTO "AuditLog" ("action", "entityType", "entityId", "actorId", "unitId") VALUES ('x', 'Unit', 'e', NULL, 'no-such-unit')`)).toMatch(/AuditLog_unitId_fkey/);
    expect(await rawError(`INSERT INTO "AuditLog" ("action", "entityType", "entityId", "campaignId") VALUES ('x', 'Unit', 'e', 'no-such-campaign')`)).toMatch(/AuditLog_campaignId_fkey/);
    expect(await rawError(`INSERT INTO "ReportReview" ("id", "reportId", "versionNo", "action", "actorId") VALUES ('rr1', $1, 1, 'RETURN', 'system')`, report.id)).toMatch(/ReportReview_actorId_fkey/);
    expect(await rawError(`UPDATE "Report" SET "updatedById" = 'ghost' WHERE "id" = $1`, report.id)).toMatch(/Report_updatedById_fkey/);
    expect(await rawError(`UPDATE "Initiative" SET "originInitiativeId" = 'ghost' WHERE "id" = $1`, initiative.id)).toMatch(/Initiative_originInitiativeId_fkey/);
    expect(await rawError(`UPDATE "AwardProposal" SET "admittedById" = 'ghost' WHERE "id" = $1`, proposal.id)).toMatch(/AwardProposal_admittedById_fkey/);
    expect(await rawError(`UPDATE "Campaign" SET "createdById" = 'ghost' WHERE "id" = $1`, org.campaign.id)).toMatch(/Campaign_createdById_fkey/);
    expect(await rawError(`INSERT INTO "EmailMessage" ("id", "toAddress", "toUserId", "subject", "textBody", "htmlBody") VALUES ('m1', 'a@b.vn', 'ghost', 's', 't', 'h')`)).toMatch(/EmailMessage_toUserId_fkey/);
    const session = await db().councilSession.create({
      data: { organisationUnitId: org.dept.id, campaignId: org.campaign.id, title: "Phiên họp", meetingAt: new Date(), chairUserId: org.leader.id },
    });
    expect(await rawError(`UPDATE "CouncilSession" SET "chairUserId" = 'ghost' WHERE "id" = $1`, session.id)).toMatch(/CouncilSession_chairUserId_fkey/);
    expect(await rawError(`UPDATE "CouncilSession" SET "secretaryUserId" = 'ghost' WHERE "id" = $1`, session.id)).toMatch(/CouncilSession_secretaryUserId_fkey/);

    // Users are deactivated, never deleted: one who acted in the history cannot be deleted.
    const actor = await makeUser({ unit: org.officeA });
    await db().reportReview.create({ data: { reportId: report.id, versionNo: 1, action: "RETURN", actorId: actor.id } });
    expect(await rawError(`DELETE FROM "User" WHERE "id" = $1`, actor.id)).toMatch(/ReportReview_actorId_fkey/);

    // Names come through the relations now.
    const named = await db().reportReview.findFirstOrThrow({ where: { reportId: report.id }, select: { actor: { select: { fullName: true } } } });
    expect(named.actor.fullName).toBe(actor.fullName);

    // A reminder outlives its notification and e-mail (SET NULL), as before.
    const n = await db().notification.create({ data: { userId: org.headA.id, title: "t", body: "b", campaignId: org.campaign.id } });
    const milestone = campaign.milestones[0];
    const d = await db().reminderDelivery.create({
      data: { milestoneId: milestone.id, unitId: org.officeA.id, userId: org.headA.id, reminderKey: "before:7", dueAt: new Date(), notificationId: n.id },
    });
    await db().notification.delete({ where: { id: n.id } });
    expect((await db().reminderDelivery.findUniqueOrThrow({ where: { id: d.id } })).notificationId).toBeNull();
  });

  it("supersededById: a replacement still pointed at cannot be deleted alone; a cascade taking both in one statement can", async () => {
    const { org, initiative } = await world();
    const base = { campaignId: org.campaign.id, unitId: org.officeA.id, uploadedById: org.headA.id, initiativeId: initiative.id };
    await db().$executeRawUnsafe(...(await evidenceRow(base, "old")));
    await db().$executeRawUnsafe(...(await evidenceRow(base, "new")));
    await db().evidenceFile.update({ where: { id: "ef-old" }, data: { supersededAt: new Date(), supersededById: "ef-new" } });
    // Deleting the replacement while the old row still points at it is refused…
    expect(await rawError(`DELETE FROM "EvidenceFile" WHERE "id" = 'ef-new'`)).toMatch(/EvidenceFile_supersededById_fkey/);
    // …but the initiative's cascade takes both in one statement.
    await db().initiative.delete({ where: { id: initiative.id } });
    expect(await db().evidenceFile.count()).toBe(0);
  });
});

describe("the migration on a database that already holds the demo data", () => {
  it("finds no dangling reference or arc violation in the demo data and applies", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-guards-demo-"));
    const savedDir = process.env.EVIDENCE_DIR;
    process.env.EVIDENCE_DIR = dir;
    const pg = openPglite();
    const prisma = prismaOnPglite(pg);
    try {
      const files = readMigrations();
      // The demo is seeded by today's client, so every later migration is applied first (the enum's
      // rename, the audit subject, the appraisal tables): none touches a column schema_guards checks.
      const before = files.filter((m) => m.name !== MIGRATION.name);
      await applyMigrations(pgliteRunner(pg), before);
      const { seedDemoIfEmpty } = await import("../../prisma/seed/demo");
      expect(await seedDemoIfEmpty(prisma)).toBe(true);

      // Every foreign key the migration adds, checked against the demo rows before it runs.
      const fks = [...MIGRATION.sql.matchAll(/ALTER TABLE "(\w+)" ADD CONSTRAINT "(\w+)" FOREIGN KEY \("(\w+)"\) REFERENCES "(\w+)"\("id"\)/g)];
      expect(fks.length).toBe(39);
      const dangling: string[] = [];
      for (const [, table, name, column, target] of fks) {
        const r = await pg.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table}" x WHERE x."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${target}" t WHERE t."id" = x."${column}")`,
        );
        if (r.rows[0].n) dangling.push(`${name}: ${r.rows[0].n}`);
      }
      expect(dangling).toEqual([]);
      const evidence = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "EvidenceFile"`);
      const proposals = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AwardProposal"`);
      expect(evidence.rows[0].n).toBeGreaterThan(0);
      expect(proposals.rows[0].n).toBeGreaterThan(0);

      expect(await applyMigrations(pgliteRunner(pg), files)).toEqual(files.filter((m) => !before.includes(m)).map((m) => m.name));
      const constraints = await pg.query<{ conname: string }>(
        `SELECT conname FROM pg_constraint WHERE conname IN ('EvidenceFile_one_owner', 'AwardProposal_nominee_matches_type') ORDER BY conname`,
      );
      expect(constraints.rows.map((r) => r.conname)).toEqual(["AwardProposal_nominee_matches_type", "EvidenceFile_one_owner"]);
      // The demo data is unchanged by the clean-up statements (nothing was dangling).
      expect((await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "EvidenceFile"`)).rows[0].n).toBe(evidence.rows[0].n);
    } finally {
      await prisma.$disconnect();
      await pg.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (savedDir === undefined) delete process.env.EVIDENCE_DIR;
      else process.env.EVIDENCE_DIR = savedDir;
    }
  });
});
