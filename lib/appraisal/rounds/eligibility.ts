import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, SubmissionStatus } from "@/lib/generated/prisma/enums";

/** Initiatives may enter a round once their Mẫu 1 was submitted or accepted. */
export const ELIGIBLE_REGISTRATION_STATUSES: readonly SubmissionStatus[] = ["SUBMITTED", "ACCEPTED"];

/** Roles whose holders may chair a round (on the campaign's issuing unit or a unit above it). */
export const CHAIR_ROLES: readonly Role[] = ["STEERING_COMMITTEE", "LEADERSHIP", "CCHC_OFFICE"];

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]: the unit and every unit above it. */
export function pathAndAncestors(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}/`);
}

/** Active users holding a chair role on the issuing unit or above. */
export function chairCandidateWhere(issuingPath: string): Prisma.UserWhereInput {
  return { active: true, roles: { some: { role: { in: [...CHAIR_ROLES] }, unit: { path: { in: pathAndAncestors(issuingPath) } } } } };
}
