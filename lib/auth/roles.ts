import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Quản trị hệ thống",
  CCHC_OFFICE: "Bộ phận CCHC",
  LEADERSHIP: "Lãnh đạo",
  UNIT_HEAD: "Trưởng đơn vị",
  UNIT_STAFF: "Cán bộ đơn vị",
  STEERING_COMMITTEE: "Ban Chỉ đạo CCHC",
  EMULATION_OFFICE: "Thường trực Thi đua",
  COUNCIL_MEMBER: "Thành viên Hội đồng TĐKT",
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

/**
 * What a role may do, on which kind of record: "action:entity". The list is the type: a check naming a
 * permission that is not here (`can(roles, "raed:award")`) does not compile.
 */
export const PERMISSIONS = [
  "manage:unit",
  "manage:user",
  "read:audit",
  "manage:campaign",
  "read:campaign",
  "review:registration",
  "read:registration",
  "select:initiative",
  "edit:registration",
  "submit:registration",
  "confirm:registration",
  "register:individual",
  "participate:campaign",
  // Issue 4: progress of initiatives, Mẫu 2 reports, the office's summary report, forwarding up.
  "edit:progress",
  "read:report",
  "edit:report",
  "submit:report",
  "review:report",
  "manage:summary",
  "forward:initiative",
  // Issue 5: awards and the emulation council.
  "manage:award-form",
  "manage:council",
  "read:award",
  "edit:award",
  "submit:award",
  "review:award",
  "forward:award",
  "decide:award",
  // Issue 12: appraisal rounds of the Steering Committee, recognition decisions of the leadership.
  "manage:appraisal",
  "read:appraisal",
  "recognise:initiative",
  // Issue 13: survey plans and rounds (file 002), the visited unit's report, the library of recognised
  // models, adopting a model and assigning its replication. Findings rights come from being on a round's
  // team (SurveyTeamMember), not from a role.
  "manage:survey",
  "read:survey",
  "edit:survey-report",
  "submit:survey-report",
  "read:library",
  "adopt:model",
  "report:adoption",
  "assign:replication",
  // Issue 14: the office moderates ideas of citizens and businesses; the unit an idea is forwarded to
  // assesses it (without the submitter's contact data); a recognised model is shown on the public library.
  "moderate:idea",
  "assess:idea",
  "publish:model",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Where a grant applies: the role's unit itself, its unit and every unit below it, or everywhere. */
export const SCOPES = ["own", "subtree", "any"] as const;
export type Scope = (typeof SCOPES)[number];

/** A grant of ROLE_PERMISSIONS: "action:entity:scope", checked by the compiler like a Permission. */
export type ScopedPermission = `${Permission}:${Scope}`;

/** The permission and the scope of a grant. */
export function splitGrant(granted: ScopedPermission): { permission: Permission; scope: Scope } {
  const i = granted.lastIndexOf(":");
  return { permission: granted.slice(0, i) as Permission, scope: granted.slice(i + 1) as Scope };
}

/**
 * Permissions as data: "action:entity:scope". Scope "own" = the role's unit itself;
 * "subtree" = the role's unit and every unit below it; "any" = everywhere.
 * What a unit SENDS (its consolidated report, its typical initiatives forwarded up) is written by its own
 * office and leadership only ("own"): the level above reads and reviews it (subtree), never writes or sends it.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly ScopedPermission[]> = {
  ADMIN: ["manage:unit:any", "manage:user:any", "read:audit:any"],
  CCHC_OFFICE: [
    "manage:campaign:subtree",
    "read:campaign:subtree",
    "review:registration:subtree",
    "read:registration:subtree",
    "read:audit:subtree",
    "read:report:subtree",
    "review:report:subtree",
    // The consolidated report and the forwarding of typical initiatives are the issuing unit's own work.
    "manage:summary:own",
    "forward:initiative:own",
    "read:award:subtree",
    // Issue 12: the office prepares appraisal rounds for the Steering Committee.
    "manage:appraisal:subtree",
    "read:appraisal:subtree",
    // Issue 13: the office (Phòng CCHC of Sở Nội vụ) organises the surveys and assigns replication.
    "manage:survey:subtree",
    "read:survey:subtree",
    "read:library:any",
    "assign:replication:subtree",
    "moderate:idea:subtree",
    "publish:model:subtree",
  ],
  LEADERSHIP: [
    "read:campaign:subtree",
    "read:registration:subtree",
    "select:initiative:subtree",
    "read:report:subtree",
    "forward:initiative:own",
    "read:award:subtree",
    // The head of the agency records the award decision (quyết định khen thưởng).
    "decide:award:subtree",
    // Issue 12: reads the appraisal results; recognises (quyết định công nhận) at its own unit's level only.
    "read:appraisal:subtree",
    "recognise:initiative:own",
    "read:survey:subtree",
    "read:library:any",
    "assign:replication:subtree",
  ],
  // Issue 12: the Steering Committee sets up and chairs appraisal rounds. Scoring rights come from being
  // on a round's panel (AppraisalEvaluator), not from the role.
  STEERING_COMMITTEE: [
    "read:campaign:subtree",
    "read:registration:subtree",
    "read:report:subtree",
    "manage:appraisal:subtree",
    "read:appraisal:subtree",
    "manage:survey:subtree",
    "read:survey:subtree",
    "read:library:any",
  ],
  EMULATION_OFFICE: [
    "read:campaign:subtree",
    "read:registration:subtree",
    "read:report:subtree",
    // Issue 5: award forms and the council's member list of the organisation, checking dossiers,
    // preparing council sessions, sending proposals beyond the agency's authority up.
    "manage:award-form:subtree",
    "manage:council:subtree",
    "read:award:subtree",
    "review:award:subtree",
    "forward:award:subtree",
    "read:library:any",
  ],
  // Voting rights come from being convened to a session (CouncilSessionMember), not from the role;
  // the role lets a member read the organisation's proposals and dossiers.
  COUNCIL_MEMBER: ["read:award:subtree", "read:library:any"],
  UNIT_HEAD: [
    "read:registration:own",
    "edit:registration:own",
    "submit:registration:own",
    "confirm:registration:own",
    "register:individual:own",
    "participate:campaign:own",
    "read:report:own",
    "edit:report:own",
    "submit:report:own",
    "edit:progress:own",
    "read:award:own",
    "edit:award:own",
    "submit:award:own",
    // Issue 13: the unit's report for a survey visit, adopting recognised models and reporting the result.
    "edit:survey-report:own",
    "submit:survey-report:own",
    "read:library:any",
    "adopt:model:own",
    "report:adoption:own",
    "assess:idea:own",
    "publish:model:own",
  ],
  UNIT_STAFF: [
    "read:registration:own",
    "edit:registration:own",
    "register:individual:own",
    "participate:campaign:own",
    "read:report:own",
    "edit:report:own",
    "edit:progress:own",
    "read:award:own",
    "edit:award:own",
    "edit:survey-report:own",
    "read:library:any",
    "adopt:model:own",
    "assess:idea:own",
  ],
};

export interface ScopedRole {
  role: Role;
  unitId: string;
  unitPath: string; // materialised path of the role's unit
}

export interface UnitRef {
  id: string;
  path: string;
}

/** True when one of the user's roles grants `permission` over `target` (a unit read from the record itself). */
export function can(roles: readonly ScopedRole[], permission: Permission, target?: UnitRef): boolean {
  for (const r of roles) {
    for (const granted of ROLE_PERMISSIONS[r.role]) {
      const { permission: p, scope } = splitGrant(granted);
      if (p !== permission) continue;
      if (scope === "any") return true;
      if (!target) continue;
      if (scope === "own" && r.unitId === target.id) return true;
      if (scope === "subtree" && target.path.startsWith(r.unitPath)) return true;
    }
  }
  return false;
}

/** True when the user holds the permission somewhere (to show a menu entry, never to authorise a record). */
export function canAnywhere(roles: readonly ScopedRole[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r.role].some((g) => splitGrant(g).permission === permission));
}

/** Units (ids) where the user holds a permission, with the scope it applies with. */
export function scopesFor(roles: readonly ScopedRole[], permission: Permission) {
  const out: { unitId: string; unitPath: string; scope: Scope }[] = [];
  for (const r of roles) {
    for (const granted of ROLE_PERMISSIONS[r.role]) {
      const { permission: p, scope } = splitGrant(granted);
      if (p === permission) out.push({ unitId: r.unitId, unitPath: r.unitPath, scope });
    }
  }
  return out;
}

/** Where each role lands after sign-in, by priority. */
export function homePathFor(roles: readonly { role: Role }[]): string {
  // Everyone with a role that can carry obligations lands on "Việc cần làm"; an ADMIN-only user on the units.
  if (roles.some((r) => r.role !== "ADMIN")) return "/todo";
  if (roles.some((r) => r.role === "ADMIN")) return "/admin/units";
  return "/account";
}
