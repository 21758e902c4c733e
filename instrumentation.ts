/**
 * Next.js calls register() once when a server process starts (`next start`, `next dev`), before it
 * serves any request:
 * - it hands the database layer the demo seed (prisma/seed/demo.ts), which the embedded database runs
 *   on first open in demo mode: lib/db imports no domain code, so the seed lives outside lib/;
 * - it starts the scheduled jobs (reminders, e-mail delivery, daily digest), unless JOBS_DISABLED=1.
 * Nothing runs during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { setDemoSeeder } = await import("./lib/db/client");
  setDemoSeeder(async (prisma) => {
    const { seedDemoIfEmpty } = await import("./prisma/seed/demo");
    return seedDemoIfEmpty(prisma);
  });
  if (process.env.JOBS_DISABLED !== "1") {
    const { startJobs } = await import("./lib/jobs/scheduler");
    await startJobs();
  }
}
