import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The portal's sections, as the route patterns of their layouts (app/(portal)/…): what a server action
 * names in `revalidate` (lib/actions/run-action.ts). A section covers every page below it, whatever the
 * ids: `campaigns` is the list, every campaign's status, reviews, reports, summary, awards and council
 * pages. A misspelt section does not compile.
 */
export const SECTIONS = {
  /** Every page: the notification bell sits in the portal's layout. */
  portal: "/",
  account: "/(portal)/account",
  adminJobs: "/(portal)/admin/jobs",
  adminOutbox: "/(portal)/admin/outbox",
  adminUnits: "/(portal)/admin/units",
  adminUsers: "/(portal)/admin/users",
  /** An evaluator's appraisal queue and scoring pages (/appraisal/…). */
  appraisal: "/(portal)/appraisal",
  /** Award forms, the council's members, proposals and their dossiers, decisions. */
  awards: "/(portal)/awards",
  /** The campaigns and everything under a campaign (/campaigns/<id>/…). */
  campaigns: "/(portal)/campaigns",
  /** Council sessions: ballots, results, minutes. */
  council: "/(portal)/council",
  initiatives: "/(portal)/initiatives",
  /** The library of recognised models (/library/…), issue 13. */
  library: "/(portal)/library",
  /** Replication assignments of the level above (/replication/…), issue 13. */
  replication: "/(portal)/replication",
  registrations: "/(portal)/registrations",
  reports: "/(portal)/reports",
  /** Survey plans, rounds, visits, findings and the round's report (/surveys/…), issue 13. */
  surveys: "/(portal)/surveys",
  todo: "/(portal)/todo",
  /** The public pages (/public/…): campaigns, the library, awards, the idea form and its tracking, issue 14. */
  public: "/public",
  /** The unit's own pages (/unit/…): its campaigns, Mẫu 1, progress, reports, awards. */
  unit: "/(portal)/unit",
} as const;

export type Section = keyof typeof SECTIONS;

/**
 * Revalidates the layouts of the given sections. A route pattern with "layout" is what Next.js matches
 * against every page below it (a literal path such as `/campaigns/abc` with "layout" matches nothing);
 * in a server action any revalidation also makes the browser drop its router cache and re-render the
 * page it is on.
 */
export function revalidateSections(sections: readonly Section[]): void {
  for (const section of new Set(sections)) revalidatePath(SECTIONS[section], "layout");
}
