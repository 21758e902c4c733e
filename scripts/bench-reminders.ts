/**
 * `npm run bench:reminders`: times one reminder run over the city-scale data (2,000 units).
 *
 * Uses DATABASE_URL when set, else the embedded database in PGLITE_DATA_DIR (default .data/scale, loaded
 * by `npm run seed:scale`). It sets the clock to 08:00 Vietnam time three days before the scale campaign's
 * registration deadline ("before:3" is due for every unit that has not submitted), runs runReminders once
 * (timed), then a second time (must insert 0). The reminders it inserts stay in that database (rerunning
 * the bench then reports 0 new): use a fresh copy for a fresh figure, or BENCH_RESET=1 to delete the scale
 * campaign's reminder rows, notifications and queued mails first; BENCH_EMAILS=1 gives the scale accounts an
 * e-mail address so that every reminder also renders and queues a mail.
 */
import path from "node:path";
import { setDbForTests } from "../lib/db/client";
import { runReminders } from "../lib/reminders/run";
import { getDbStandalone } from "./standalone-db";

const SCALE_CAMPAIGN_ID = "scale-campaign";

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR ??= path.join(process.cwd(), ".data", "scale");
  const { prisma, close } = await getDbStandalone();
  try {
    setDbForTests(prisma);
    const m = await prisma.milestone.findFirst({ where: { campaignId: SCALE_CAMPAIGN_ID, kind: "REGISTRATION" } });
    if (!m) throw new Error("No scale campaign: run `npm run seed:scale` first.");
    if (process.env.BENCH_RESET === "1") {
      await prisma.reminderDelivery.deleteMany({ where: { milestone: { campaignId: SCALE_CAMPAIGN_ID } } });
      await prisma.notification.deleteMany({ where: { campaignId: SCALE_CAMPAIGN_ID } });
      await prisma.emailMessage.deleteMany({ where: { subject: { contains: "Mẫu 1" }, status: "PENDING" } });
    }
    if (process.env.BENCH_EMAILS === "1") {
      // The scale accounts have no e-mail address: give them one so that every reminder also queues a mail.
      await prisma.$executeRawUnsafe(`UPDATE "User" SET "email" = "username" || '@scale.example.gov.vn' WHERE "email" IS NULL AND "username" LIKE 'scale.%'`);
    }
    const units = await prisma.campaignUnit.count({ where: { campaignId: SCALE_CAMPAIGN_ID } });
    const now = new Date(m.dueAt.getTime() - 3 * 86_400_000 + 8 * 3600_000);
    console.log(`[bench:reminders] ${process.env.DATABASE_URL ? "PostgreSQL" : `PGlite ${process.env.PGLITE_DATA_DIR}`}; scale campaign: ${units} units; clock ${now.toISOString()}`);
    const first = await runReminders({ now });
    console.log(
      `[bench:reminders] run 1: ${first.sent} reminders sent (${first.notifications} notifications, ${first.emails} e-mails queued; ` +
        `${first.due} due, ${first.skipped} already sent) over ${first.units} units of ${first.campaigns} campaign(s) in ${(first.durationMs / 1000).toFixed(2)} s`,
    );
    const second = await runReminders({ now: new Date(now.getTime() + 60_000) });
    console.log(`[bench:reminders] run 2: ${second.sent} inserted (${second.due} due, all already sent) in ${(second.durationMs / 1000).toFixed(2)} s`);
    if (second.sent !== 0) {
      console.error("[bench:reminders] FAILED: the second run inserted reminders");
      process.exitCode = 1;
    }
  } finally {
    setDbForTests(undefined);
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
