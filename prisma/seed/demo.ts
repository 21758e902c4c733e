import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/open";
import type { Role, UnitKind } from "../../lib/generated/prisma/enums";
import { childPath } from "../../lib/units/tree";

/** Published in the README: demo mode only, never on a production server. */
export const DEMO_PASSWORD = "Demo@2026";

/** Loads the demo organisation and accounts when the database has no unit yet. */
export async function seedDemoIfEmpty(prisma: Db): Promise<boolean> {
  if ((await prisma.unit.count()) > 0) return false;
  await seedDemo(prisma);
  return true;
}

interface UnitSpec {
  key: string;
  code: string;
  name: string;
  shortName?: string;
  /** Ký hiệu in document numbers; the code when unset. */
  documentSymbol?: string;
  kind: UnitKind;
  parent?: string;
}

const UNITS: UnitSpec[] = [
  { key: "city", code: "UBND-TPHCM", documentSymbol: "UBND", name: "Ủy ban nhân dân Thành phố Hồ Chí Minh", shortName: "UBND Thành phố", kind: "CITY" },
  { key: "snv", code: "SNV", documentSymbol: "SNV", name: "Sở Nội vụ", kind: "DEPARTMENT", parent: "city" },
  { key: "sqhkt", code: "SQHKT", documentSymbol: "SQHKT", name: "Sở Quy hoạch - Kiến trúc", shortName: "Sở QH-KT", kind: "DEPARTMENT", parent: "city" },
  { key: "vp", code: "SQHKT-VP", documentSymbol: "VP", name: "Văn phòng Sở", kind: "OFFICE", parent: "sqhkt" },
  { key: "ttra", code: "SQHKT-TTRA", documentSymbol: "TTR", name: "Thanh tra Sở", kind: "OFFICE", parent: "sqhkt" },
  { key: "qhkv1", code: "SQHKT-QHKV1", documentSymbol: "QHKV1", name: "Phòng Quy hoạch khu vực 1", kind: "OFFICE", parent: "sqhkt" },
  { key: "qhkv2", code: "SQHKT-QHKV2", documentSymbol: "QHKV2", name: "Phòng Quy hoạch khu vực 2", kind: "OFFICE", parent: "sqhkt" },
  { key: "qhht", code: "SQHKT-QHHT", documentSymbol: "QHHT", name: "Phòng Quy hoạch hạ tầng kỹ thuật", kind: "OFFICE", parent: "sqhkt" },
  { key: "kt", code: "SQHKT-KT", documentSymbol: "KT", name: "Phòng Kiến trúc", kind: "OFFICE", parent: "sqhkt" },
  { key: "qlqh", code: "SQHKT-QLQH", documentSymbol: "QLQH", name: "Phòng Quản lý quy hoạch - kiến trúc", kind: "OFFICE", parent: "sqhkt" },
  { key: "khtc", code: "SQHKT-KHTC", documentSymbol: "KHTC", name: "Phòng Kế hoạch - Tài chính", kind: "OFFICE", parent: "sqhkt" },
  { key: "ttttdv", code: "SQHKT-TTTT", documentSymbol: "TTTTDV", name: "Trung tâm Thông tin và Dịch vụ Quy hoạch", kind: "OFFICE", parent: "sqhkt" },
  { key: "vien", code: "SQHKT-VIEN", documentSymbol: "VNCQH", name: "Viện Nghiên cứu Quy hoạch - Kiến trúc đô thị", kind: "OFFICE", parent: "sqhkt" },
];

interface UserSpec {
  username: string;
  fullName: string;
  jobTitle: string;
  unit: string;
  roles: { role: Role; unit?: string }[];
}

export const DEMO_USERS: UserSpec[] = [
  { username: "quantri", fullName: "Trần Minh Quân", jobTitle: "Quản trị hệ thống", unit: "city", roles: [{ role: "ADMIN" }] },
  { username: "vanphong", fullName: "Lê Thị Thu Hà", jobTitle: "Chuyên viên Bộ phận CCHC, Văn phòng Sở", unit: "vp", roles: [{ role: "CCHC_OFFICE", unit: "sqhkt" }] },
  { username: "giamdoc", fullName: "Nguyễn Thanh Nhã", jobTitle: "Giám đốc Sở", unit: "sqhkt", roles: [{ role: "LEADERSHIP" }] },
  { username: "truongphong.qhkv1", fullName: "Phạm Văn Hùng", jobTitle: "Trưởng phòng", unit: "qhkv1", roles: [{ role: "UNIT_HEAD" }] },
  { username: "canbo.qhkv1", fullName: "Võ Thị Mai", jobTitle: "Chuyên viên", unit: "qhkv1", roles: [{ role: "UNIT_STAFF" }] },
  { username: "truongphong.qhkv2", fullName: "Đặng Quốc Bảo", jobTitle: "Trưởng phòng", unit: "qhkv2", roles: [{ role: "UNIT_HEAD" }] },
  { username: "truongphong.qhht", fullName: "Huỳnh Ngọc Lan", jobTitle: "Trưởng phòng", unit: "qhht", roles: [{ role: "UNIT_HEAD" }] },
  { username: "truongphong.kt", fullName: "Bùi Đức Thắng", jobTitle: "Trưởng phòng", unit: "kt", roles: [{ role: "UNIT_HEAD" }] },
  { username: "truongphong.qlqh", fullName: "Ngô Thị Hồng", jobTitle: "Trưởng phòng", unit: "qlqh", roles: [{ role: "UNIT_HEAD" }] },
  { username: "truongphong.khtc", fullName: "Lý Văn Phúc", jobTitle: "Trưởng phòng", unit: "khtc", roles: [{ role: "UNIT_HEAD" }] },
  { username: "chanhvanphong", fullName: "Đỗ Thị Kim Oanh", jobTitle: "Chánh Văn phòng", unit: "vp", roles: [{ role: "UNIT_HEAD" }] },
  { username: "chanhthanhtra", fullName: "Trương Công Danh", jobTitle: "Chánh Thanh tra", unit: "ttra", roles: [{ role: "UNIT_HEAD" }] },
  { username: "giamdoc.tttt", fullName: "Mai Xuân Trường", jobTitle: "Giám đốc Trung tâm", unit: "ttttdv", roles: [{ role: "UNIT_HEAD" }] },
  { username: "vientruong", fullName: "Hoàng Minh Tuấn", jobTitle: "Viện trưởng", unit: "vien", roles: [{ role: "UNIT_HEAD" }] },
  { username: "bancd", fullName: "Phan Thị Ngọc Ánh", jobTitle: "Phó Giám đốc Sở, Phó Trưởng Ban Chỉ đạo CCHC", unit: "sqhkt", roles: [{ role: "STEERING_COMMITTEE" }] },
  { username: "thuongtruc.tdkt", fullName: "Châu Văn Lộc", jobTitle: "Thường trực Thi đua Sở", unit: "vp", roles: [{ role: "EMULATION_OFFICE", unit: "sqhkt" }] },
  // The City's CCHC office (Sở Nội vụ receives what the departments send up for the City's plans).
  { username: "noivu", fullName: "Nguyễn Thị Thanh Tâm", jobTitle: "Chuyên viên Phòng Cải cách hành chính, Sở Nội vụ", unit: "snv", roles: [{ role: "CCHC_OFFICE", unit: "city" }] },
  { username: "hoidong", fullName: "Tạ Thị Bích Ngọc", jobTitle: "Ủy viên Hội đồng Thi đua - Khen thưởng Sở", unit: "sqhkt", roles: [{ role: "COUNCIL_MEMBER" }] },
];

export async function seedDemo(prisma: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, { id: string; path: string }>();
  await prisma.$transaction(async (tx) => {
    for (const [i, u] of UNITS.entries()) {
      const parent = u.parent ? ids.get(u.parent)! : undefined;
      const id = `demo-${u.key}`;
      const path = childPath(parent?.path, id);
      await tx.unit.create({
        data: {
          id,
          code: u.code,
          name: u.name,
          shortName: u.shortName ?? null,
          documentSymbol: u.documentSymbol ?? null,
          kind: u.kind,
          parentId: parent?.id ?? null,
          path,
          depth: path.split("/").filter(Boolean).length - 1,
          sortOrder: i,
        },
      });
      ids.set(u.key, { id, path });
    }
    for (const u of DEMO_USERS) {
      await tx.user.create({
        data: {
          id: `demo-user-${u.username}`,
          username: u.username,
          email: `${u.username}@demo.cchc.vn`,
          fullName: u.fullName,
          jobTitle: u.jobTitle,
          passwordHash,
          unitId: ids.get(u.unit)!.id,
          roles: { create: u.roles.map((r) => ({ role: r.role, unitId: ids.get(r.unit ?? u.unit)!.id })) },
        },
      });
    }
  });
  const { seedDemoCampaigns } = await import("./demo-campaigns");
  await seedDemoCampaigns(prisma, new Date());
  const { seedDemoReports } = await import("./demo-reports");
  await seedDemoReports(prisma);
  const { seedDemoAwards } = await import("./demo-awards");
  await seedDemoAwards(prisma);
  const { seedDemoAppraisal } = await import("./demo-appraisal");
  await seedDemoAppraisal(prisma);
  const { seedDemoIssue13 } = await import("./demo-issue13");
  await seedDemoIssue13(prisma);
  const { seedDemoIssue14 } = await import("./demo-issue14");
  await seedDemoIssue14(prisma);
}
