import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { runJobNowAction } from "../../lib/jobs/actions";
import { listJobOverview } from "../../lib/jobs/queries";
import { runRecordedJob } from "../../lib/jobs/run";
import { actAs, db, makeOrganisation } from "../helpers/factories";

const noWait = { backoffMs: [0, 0], sleep: async () => undefined };

describe("scheduled jobs", () => {
  it("a job that throws is recorded FAILED with its error and retried up to 3 attempts", async () => {
    let calls = 0;
    const r = await runRecordedJob(
      "reminders",
      async () => {
        calls++;
        throw new Error("Mất kết nối cơ sở dữ liệu");
      },
      noWait,
    );
    expect(r).toMatchObject({ ok: false, attempts: 3, error: "Mất kết nối cơ sở dữ liệu" });
    expect(calls).toBe(3);
    const runs = await db().jobRun.findMany({ orderBy: { attempt: "asc" } });
    expect(runs.map((x) => [x.status, x.attempt, x.error])).toEqual([
      ["FAILED", 1, "Mất kết nối cơ sở dữ liệu"],
      ["FAILED", 2, "Mất kết nối cơ sở dữ liệu"],
      ["FAILED", 3, "Mất kết nối cơ sở dữ liệu"],
    ]);
    expect(runs.every((x) => x.finishedAt)).toBe(true);
  });

  it("a retried job that then succeeds keeps the failure visible and records its counts", async () => {
    let calls = 0;
    const r = await runRecordedJob(
      "email-delivery",
      async () => {
        if (++calls === 1) throw new Error("SMTP tạm thời lỗi");
        return { sent: 4, failed: 0 };
      },
      noWait,
    );
    expect(r).toMatchObject({ ok: true, attempts: 2 });
    const runs = await db().jobRun.findMany({ orderBy: { attempt: "asc" } });
    expect(runs.map((x) => x.status)).toEqual(["FAILED", "SUCCEEDED"]);
    expect(runs[1].detail).toEqual({ sent: 4, failed: 0 });
  });

  it("the admin page query lists the last runs per job; non-admins are refused", async () => {
    const org = await makeOrganisation();
    await runRecordedJob("reminders", async () => ({ sent: 2, due: 2 }), noWait);
    await runRecordedJob("daily-digest", async () => {
      throw new Error("Hỏng");
    }, { ...noWait, maxAttempts: 1 });
    const admin = (await loadSessionUser(org.admin.id))!;
    const overview = await listJobOverview(admin);
    expect(overview.map((j) => j.name)).toEqual(["reminders", "email-delivery", "daily-digest", "public-ideas-purge", "database-maintenance"]);
    const rem = overview.find((j) => j.name === "reminders")!;
    expect(rem.runs[0]).toMatchObject({ status: "SUCCEEDED", detail: { sent: 2, due: 2 } });
    expect(rem.lastSuccessAt).toBeInstanceOf(Date);
    const dig = overview.find((j) => j.name === "daily-digest")!;
    expect(dig.runs[0]).toMatchObject({ status: "FAILED", error: "Hỏng" });
    expect(dig.failuresLast24h).toBe(1);
    for (const u of [org.office, org.headA, org.leader]) {
      await expect(listJobOverview((await loadSessionUser(u.id))!)).rejects.toThrow("Không tìm thấy");
    }
  });

  it("the database maintenance job vacuums and analyses the portal's tables: the planner has statistics afterwards (the embedded database never gathers them itself)", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const before = await db().$queryRaw<{ n: number }[]>`
      SELECT coalesce(vacuum_count, 0)::int AS "n" FROM pg_stat_user_tables WHERE relname = 'Unit' AND schemaname = current_schema()`;
    expect(await runJobNowAction({ name: "database-maintenance" })).toMatchObject({ ok: true });
    const run = await db().jobRun.findFirstOrThrow({ where: { name: "database-maintenance" } });
    expect(run.status).toBe("SUCCEEDED");
    const detail = run.detail as { tables: number; ms: number };
    expect(detail.tables).toBeGreaterThan(50);
    const [unit] = await db().$queryRaw<{ vacuums: number; tuples: number }[]>`
      SELECT coalesce(s.vacuum_count, 0)::int AS "vacuums", c.reltuples::int AS "tuples"
      FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
      WHERE s.relname = 'Unit' AND s.schemaname = current_schema()`;
    expect(unit.vacuums).toBe((before[0]?.n ?? 0) + 1);
    // makeOrganisation created a handful of units: counted, where an unanalysed table says -1
    expect(unit.tuples).toBeGreaterThan(0);
  });

  it("'Chạy ngay' runs a real job through the recorded path; refused for non-admins", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    expect(await runJobNowAction({ name: "reminders" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().jobRun.count()).toBe(0);
    await actAs(org.admin);
    expect(await runJobNowAction({ name: "nope" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const r = await runJobNowAction({ name: "reminders" });
    expect(r).toMatchObject({ ok: true });
    const run = await db().jobRun.findFirstOrThrow({ where: { name: "reminders" } });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.detail).toMatchObject({ campaigns: 1, units: 2 });
    expect(await db().auditLog.count({ where: { action: "job.run" } })).toBe(1);
  });
});
