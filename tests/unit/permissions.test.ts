import { describe, expect, it } from "vitest";
import {
  ALL_ROLES,
  can,
  canAnywhere,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  SCOPES,
  scopesFor,
  splitGrant,
  type Permission,
  type ScopedPermission,
  type ScopedRole,
} from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

/*
 * Permission strings are checked by the compiler. Each `@ts-expect-error` below must be an error for
 * `npx tsc --noEmit` (which type-checks the tests) to pass: if a misspelt permission ever compiled, the
 * directive would be unused and tsc would fail.
 */
function misspeltPermissionsDoNotCompile(roles: readonly ScopedRole[]) {
  // @ts-expect-error misspelt action
  const action: Permission = "raed:award";
  // @ts-expect-error unknown entity
  const entity: Permission = "read:awards";
  // @ts-expect-error a check names "action:entity", the scope belongs to the grant
  const scoped: Permission = "read:award:subtree";
  // @ts-expect-error a grant needs its scope
  const unscoped: ScopedPermission = "read:award";
  // @ts-expect-error unknown scope
  const scope: ScopedPermission = "read:award:everywhere";
  const grants: Record<Extract<Role, "ADMIN">, readonly ScopedPermission[]> = {
    // @ts-expect-error a misspelt grant in ROLE_PERMISSIONS' type
    ADMIN: ["manage:unit:any", "manage:users:any"],
  };
  // @ts-expect-error misspelt at a call site
  const checked = can(roles, "manage:campain");
  // @ts-expect-error misspelt at a call site
  const anywhere = canAnywhere(roles, "review:reports");
  // @ts-expect-error misspelt at a call site
  const scopes = scopesFor(roles, "forward:initiatives");
  return [action, entity, scoped, unscoped, scope, grants, checked, anywhere, scopes];
}

const office: ScopedRole = { role: "CCHC_OFFICE", unitId: "dept", unitPath: "/city/dept/" };

describe("permissions", () => {
  it("grants only known permissions with a known scope", () => {
    for (const role of ALL_ROLES) {
      for (const granted of ROLE_PERMISSIONS[role]) {
        expect(granted.split(":"), `${role}: ${granted}`).toHaveLength(3);
        const { permission, scope } = splitGrant(granted);
        expect(PERMISSIONS, `${role}: ${granted}`).toContain(permission);
        expect(SCOPES, `${role}: ${granted}`).toContain(scope);
      }
    }
  });

  it("has no permission that no role grants", () => {
    const granted = new Set(ALL_ROLES.flatMap((role) => ROLE_PERMISSIONS[role].map((g) => splitGrant(g).permission)));
    expect(PERMISSIONS.filter((p) => !granted.has(p))).toEqual([]);
  });

  it("refuses a misspelt permission at run time too (what the compiler keeps from being written)", () => {
    const results = misspeltPermissionsDoNotCompile([office]);
    // can / canAnywhere / scopesFor with the misspelt names: nothing granted.
    expect(results.slice(6)).toEqual([false, false, []]);
    expect(PERMISSIONS).not.toContain("raed:award");
    // The correctly spelt ones are granted.
    expect(can([office], "manage:campaign", { id: "office-a", path: "/city/dept/office-a/" })).toBe(true);
    expect(canAnywhere([office], "review:report")).toBe(true);
    expect(scopesFor([office], "forward:initiative")).toEqual([{ unitId: "dept", unitPath: "/city/dept/", scope: "own" }]);
  });
});
