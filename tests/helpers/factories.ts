import { hashPassword } from "../../lib/auth/password";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { childPath } from "../../lib/units/tree";
import type { Role, UnitKind } from "../../lib/generated/prisma/enums";
import { testState } from "./state";

export const db = () => testState.db;

/** Signs the given user in for the following calls (null: signed out). */
export async function actAs(user: { id: string } | null) {
  if (!user) {
    testState.session = null;
    return;
  }
  const fresh = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  // A server-side session, as a real sign-in opens one (lib/auth/user-session.ts).
  const sid = `test-session-${fresh.id}`;
  await db().userSession.upsert({
    where: { id: sid },
    create: { id: sid, userId: fresh.id, expiresAt: new Date(Date.now() + 8 * 3600_000) },
    update: { expiresAt: new Date(Date.now() + 8 * 3600_000) },
  });
  testState.session = { uid: fresh.id, sv: fresh.sessionVersion, sid };
}

let seq = 0;
const next = () => `${++seq}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeUnit(opts: { name?: string; parent?: { id: string; path: string }; kind?: UnitKind } = {}) {
  const id = `u${next()}`;
  return db().unit.create({
    data: {
      id,
      code: `U-${id}`,
      name: opts.name ?? `Đơn vị ${id}`,
      kind: opts.kind ?? (opts.parent ? "OFFICE" : "DEPARTMENT"),
      parentId: opts.parent?.id ?? null,
      path: childPath(opts.parent?.path, id),
      depth: opts.parent ? opts.parent.path.split("/").filter(Boolean).length : 0,
    },
  });
}

export const TEST_PASSWORD = "MatKhau12345";
let cachedHash: Promise<string> | undefined;

export async function makeUser(opts: { unit: { id: string }; roles?: { role: Role; unit?: { id: string } }[]; username?: string; fullName?: string }) {
  const username = opts.username ?? `user${next()}`;
  return db().user.create({
    data: {
      username,
      email: `${username}@example.gov.vn`,
      fullName: opts.fullName ?? `Người dùng ${username}`,
      passwordHash: await (cachedHash ??= hashPassword(TEST_PASSWORD)),
      unitId: opts.unit.id,
      roles: { create: (opts.roles ?? []).map((r) => ({ role: r.role, unitId: (r.unit ?? opts.unit).id })) },
    },
  });
}

export const SIX_FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
];

/** A published campaign of `issuingUnit` with the six fields and a registration milestone. */
export async function makeCampaign(opts: {
  issuingUnit: { id: string };
  units: { id: string }[];
  status?: "DRAFT" | "PUBLISHED" | "CLOSED";
  registrationBeforeDay?: string; // yyyy-MM-dd, Vietnam time; default: 30 days from now
  year?: number;
}) {
  const year = opts.year ?? new Date().getUTCFullYear();
  const due = opts.registrationBeforeDay ?? new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return db().campaign.create({
    data: {
      documentNumber: `${Math.floor(Math.random() * 9000) + 100}/KH-TEST`,
      issuedOn: new Date(`${year}-01-10T00:00:00Z`),
      year,
      issuingUnitId: opts.issuingUnit.id,
      signerName: "Nguyễn Văn A",
      signerTitle: "Giám đốc",
      title: `Kế hoạch phát động phong trào thi đua cải cách hành chính năm ${year}`,
      registrationLevels: ["CITY", "DEPARTMENT"],
      startsOn: new Date(`${year}-01-01T00:00:00Z`),
      endsOn: new Date(`${year + 1}-12-31T00:00:00Z`),
      status: opts.status ?? "PUBLISHED",
      publishedAt: opts.status === "DRAFT" ? null : new Date(),
      fields: { create: SIX_FIELDS.map((name, i) => ({ name, sortOrder: i + 1 })) },
      milestones: {
        create: [
          {
            kind: "REGISTRATION",
            name: "Đăng ký mô hình, giải pháp, sáng kiến (Mẫu 1)",
            deliverable: "Mẫu 1",
            responsibleRole: "UNIT_HEAD",
            dueAt: dueAtForBeforeDay(due),
            sortOrder: 1,
          },
        ],
      },
      units: { create: opts.units.map((u) => ({ unitId: u.id })) },
    },
    include: { fields: { orderBy: { sortOrder: "asc" } }, milestones: true },
  });
}

/**
 * A small organisation: a department (Sở) with two offices A and B, one account per role,
 * and a published campaign of the department in which both offices take part.
 */
export async function makeOrganisation() {
  const city = await makeUnit({ name: "UBND Thành phố", kind: "CITY" });
  const dept = await makeUnit({ name: "Sở Thử nghiệm", kind: "DEPARTMENT", parent: city });
  const officeA = await makeUnit({ name: "Phòng A", parent: dept });
  const officeB = await makeUnit({ name: "Phòng B", parent: dept });
  const otherDept = await makeUnit({ name: "Sở Khác", kind: "DEPARTMENT", parent: city });
  const admin = await makeUser({ unit: city, roles: [{ role: "ADMIN" }], username: "admin-t" });
  const office = await makeUser({ unit: dept, roles: [{ role: "CCHC_OFFICE" }], username: "office-t" });
  const otherOffice = await makeUser({ unit: otherDept, roles: [{ role: "CCHC_OFFICE" }], username: "office-other" });
  const leader = await makeUser({ unit: dept, roles: [{ role: "LEADERSHIP" }], username: "leader-t" });
  const headA = await makeUser({ unit: officeA, roles: [{ role: "UNIT_HEAD" }], username: "head-a" });
  const staffA = await makeUser({ unit: officeA, roles: [{ role: "UNIT_STAFF" }], username: "staff-a" });
  const headB = await makeUser({ unit: officeB, roles: [{ role: "UNIT_HEAD" }], username: "head-b" });
  const staffB = await makeUser({ unit: officeB, roles: [{ role: "UNIT_STAFF" }], username: "staff-b" });
  const council = await makeUser({ unit: dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "council-t" });
  const campaign = await makeCampaign({ issuingUnit: dept, units: [officeA, officeB] });
  return { city, dept, officeA, officeB, otherDept, admin, office, otherOffice, leader, headA, staffA, headB, staffB, council, campaign };
}
