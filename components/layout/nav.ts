import { canAnywhere, type ScopedRole } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
}

/** Menu entries by role. Showing an entry is convenience; every page checks permissions itself. */
export function navItemsFor(roles: readonly ScopedRole[], extra: { appraisalPanel?: boolean; surveyTeam?: boolean } = {}): NavItem[] {
  const items: NavItem[] = [];
  // Everyone except an ADMIN-only account has obligations to see first.
  if (roles.some((r) => r.role !== "ADMIN")) items.push({ href: "/todo", label: "Việc cần làm" });
  if (canAnywhere(roles, "participate:campaign")) items.push({ href: "/unit", label: "Đơn vị của tôi" });
  if (canAnywhere(roles, "read:campaign")) items.push({ href: "/campaigns", label: "Kế hoạch thi đua" });
  // Issue 5: awards (the standing office) and the council (members see the sessions they are convened to).
  if (canAnywhere(roles, "manage:award-form") || canAnywhere(roles, "decide:award")) items.push({ href: "/awards", label: "Khen thưởng" });
  if (roles.some((r) => r.role === "COUNCIL_MEMBER")) items.push({ href: "/council", label: "Hội đồng TĐKT" });
  // Issue 12: the Steering Committee's rounds, and every panel member's queue (evaluators come from any unit).
  if (extra.appraisalPanel || canAnywhere(roles, "manage:appraisal")) items.push({ href: "/appraisal", label: "Thẩm định" });
  // Issue 13: surveys (the office, the Steering Committee, and every survey team member from any unit),
  // the library of recognised models, and the replication the level above assigns.
  if (extra.surveyTeam || canAnywhere(roles, "manage:survey") || canAnywhere(roles, "read:survey")) items.push({ href: "/surveys", label: "Khảo sát" });
  if (canAnywhere(roles, "read:library")) items.push({ href: "/library", label: "Thư viện điển hình" });
  if (canAnywhere(roles, "assign:replication")) items.push({ href: "/replication", label: "Nhân rộng" });
  if (canAnywhere(roles, "manage:unit")) items.push({ href: "/admin/units", label: "Đơn vị" });
  if (canAnywhere(roles, "manage:user")) items.push({ href: "/admin/users", label: "Tài khoản" });
  if (canAnywhere(roles, "manage:user")) items.push({ href: "/admin/outbox", label: "Hộp thư đi" });
  if (canAnywhere(roles, "manage:user")) items.push({ href: "/admin/jobs", label: "Tác vụ định kỳ" });
  if (canAnywhere(roles, "read:audit")) items.push({ href: "/audit", label: "Nhật ký" });
  return items;
}
