/** The page queries timed by scripts/bench-appraisal.ts (wired once the pages exist). */
import type { SessionUser } from "../lib/auth/session";

export async function benchQueries(_: {
  time: <T>(label: string, fn: () => Promise<T>) => Promise<T>;
  roundId: string;
  chair: SessionUser;
  evaluator: SessionUser;
}): Promise<void> {}
