/**
 * Next.js calls register() once when a server process starts: it starts the scheduled jobs
 * (reminders, e-mail delivery, daily digest). Never during `next build`, and not when JOBS_DISABLED=1.
 */
export async function register() {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.JOBS_DISABLED !== "1" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    const { startJobs } = await import("./lib/jobs/scheduler");
    await startJobs();
  }
}
