/**
 * `npm run seed:scale`: city-scale data for the benchmark (never on a production database).
 *
 * Into DATABASE_URL, or else the embedded database in PGLITE_DATA_DIR (default .data/scale — NOT the
 * development server's .data/pglite): 2,000 units (the city → 40 departments and 160 wards → their
 * offices), a CCHC office account `scale.office` and a leader `scale.leader` at the city (password
 * Demo@2026), one head per unit, a campaign of the city with ~2,000 participating units, the six
 * reform fields, a registration milestone, and 20,000 initiatives in registrations of mixed states
 * with their submitted versions (snapshots) and review events; the initiatives' progress (completed,
 * in progress, dropped) with figures, and the mid-term reports (Mẫu 2 + Đề cương) of most units that
 * had their registration accepted, some late, a few with an overridden completed count.
 *
 * Options: --fresh  delete the embedded data directory first (embedded database only).
 *          --initiatives N  the number of initiatives (default 20,000; e.g. 100000 for five times the city).
 * Both databases are vacuumed and their statistics gathered (VACUUM ANALYZE) at the end, as a database in
 * service would be (see `vacuumAnalyze`): without statistics PostgreSQL plans the consolidated list's query
 * as if the tables were empty (~800 ms instead of ~16 ms); without the vacuum every initiative still has the
 * dead copy its seeding left behind, and no index-only scan is possible.
 * Running it again on a database that already has the scale data only prints the counts.
 */
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/auth/password";
import type { Prisma } from "../lib/generated/prisma/client";
import type { InitiativeType, RegistrationLevel, SubmissionStatus, ReviewAction, UnitKind } from "../lib/generated/prisma/enums";
import type { RegistrationSnapshot } from "../lib/registrations/snapshot";
import { dueAtForBeforeDay, inputToCalendarDate, vnDayOf } from "../lib/time/vn";
import { seedScaleCouncil } from "../prisma/seed/scale-council";
import { seedScaleWrites } from "../prisma/seed/scale-writes";
import { vacuumAnalyze } from "../lib/db/maintenance";
import { getDbStandalone } from "./standalone-db";

export const SCALE_CAMPAIGN_ID = "scale-campaign";
export const SCALE_PASSWORD = "Demo@2026";
const TOTAL_UNITS = 2_000;
const DEPARTMENTS = 40;
const WARDS = 160;
const TOTAL_INITIATIVES = initiativesOption(process.argv);

/** `--initiatives N` (or `--initiatives=N`). */
function initiativesOption(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === "--initiatives" || a.startsWith("--initiatives="));
  if (i < 0) return 20_000;
  const raw = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  const n = Number(raw?.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 5_000 || n > 200_000) throw new Error(`--initiatives takes a whole number from 5000 to 200000 (got ${raw})`);
  return n;
}
const CHUNK = 1_000;

const FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
];

// ---------------------------------------------------------------- deterministic randomness

let seed = 20_260_418;
function rand(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// ---------------------------------------------------------------- names

const DEPARTMENT_NAMES = [
  "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng",
  "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Ngoại vụ",
  "Sở Quy hoạch - Kiến trúc", "Sở An toàn thực phẩm", "Sở Dân tộc và Tôn giáo", "Thanh tra Thành phố",
  "Văn phòng Ủy ban nhân dân Thành phố", "Ban Quản lý các Khu chế xuất và công nghiệp", "Ban Quản lý Khu Công nghệ cao",
  "Ban Quản lý Đường sắt đô thị", "Ban Quản lý Khu đô thị mới Thủ Thiêm", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông",
  "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp",
  "Ban Quản lý dự án đầu tư xây dựng hạ tầng đô thị", "Ban Quản lý Khu Nông nghiệp Công nghệ cao", "Ban An toàn giao thông Thành phố",
  "Trung tâm Chuyển đổi số Thành phố", "Trung tâm Xúc tiến Thương mại và Đầu tư", "Trung tâm Phục vụ hành chính công Thành phố",
  "Viện Nghiên cứu phát triển Thành phố", "Đài Truyền hình Thành phố", "Đài Tiếng nói Nhân dân Thành phố", "Báo Sài Gòn Giải Phóng",
  "Bảo hiểm xã hội Thành phố", "Cục Thuế Thành phố", "Kho bạc Nhà nước khu vực II", "Công an Thành phố", "Bộ Chỉ huy Quân sự Thành phố",
  "Ban Quản lý Công viên và Cây xanh",
];

const DEPARTMENT_OFFICES = [
  "Văn phòng", "Thanh tra", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Phòng Pháp chế", "Phòng Quản lý chuyên ngành",
  "Phòng Nghiệp vụ tổng hợp", "Phòng Kiểm tra và Giám sát", "Trung tâm Thông tin", "Trung tâm Dịch vụ công",
];

const WARD_OFFICES = [
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội",
  "Trung tâm Phục vụ hành chính công", "Bộ phận Tư pháp - Hộ tịch", "Bộ phận Địa chính - Xây dựng", "Trạm Y tế",
  "Ban Chỉ huy Quân sự", "Bộ phận Quản lý đô thị",
];

const WARD_FIRST = ["An", "Bình", "Tân", "Phú", "Long", "Thạnh", "Hòa", "Phước", "Vĩnh", "Hiệp", "Tăng", "Linh", "Trung", "Đông", "Xuân", "Thới"];
const WARD_SECOND = ["Lợi", "Hưng", "Thạnh", "Mỹ", "Phú", "Hòa", "Khánh", "Đông", "Tây", "Lộc", "Nhơn", "Thới", "Xuân", "Thuận", "Định", "Quới"];

function wardNames(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n && i < WARD_FIRST.length * WARD_SECOND.length; i++) {
    const a = WARD_FIRST[i % WARD_FIRST.length];
    const b = WARD_SECOND[(i * 7 + Math.floor(i / WARD_FIRST.length)) % WARD_SECOND.length];
    const name = `${a} ${b}`;
    if (a === b || out.includes(name)) continue;
    out.push(name);
  }
  return out.map((name, i) => (i % 6 === 5 ? `Xã ${name}` : `Phường ${name}`));
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hoàng", "Đức", "Kim", "Hữu", "Bảo"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy"];
const personName = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;

const ACTIONS = [
  "Số hoá", "Chuẩn hoá quy trình giải quyết", "Rút ngắn thời gian giải quyết", "Tiếp nhận trực tuyến", "Công khai tiến độ xử lý",
  "Liên thông điện tử", "Khảo sát mức độ hài lòng về", "Ứng dụng phần mềm quản lý", "Tái cấu trúc quy trình", "Hướng dẫn bằng video",
];
const OBJECTS = [
  "hồ sơ đăng ký hộ tịch", "hồ sơ cấp giấy phép xây dựng", "thủ tục chứng thực bản sao", "hồ sơ đăng ký kinh doanh hộ cá thể",
  "hồ sơ đất đai", "thủ tục cung cấp thông tin quy hoạch", "hồ sơ cán bộ, công chức", "văn bản đi, đến", "kết quả giải quyết phản ánh, kiến nghị",
  "thủ tục hành chính lĩnh vực giáo dục", "hồ sơ bảo trợ xã hội", "dự toán và quyết toán ngân sách", "hồ sơ thẩm định dự án",
];
const WAYS = [
  "tại Bộ phận một cửa", "qua Cổng dịch vụ công", "bằng mã QR", "trên nền tảng số dùng chung", "có chữ ký số",
  "theo mô hình chính quyền địa phương hai cấp", "cho người cao tuổi và người khuyết tật", "trên ứng dụng di động",
];
const TYPES: InitiativeType[] = ["MODEL", "SOLUTION", "SOLUTION", "INITIATIVE", "GOOD_PRACTICE"];
const NOTES = [null, null, null, null, "Phối hợp Trung tâm Chuyển đổi số", "Đã triển khai thí điểm", "Cần hỗ trợ kinh phí"];

// ---------------------------------------------------------------- helpers

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const vnAt = (day: string, minutes: number) => new Date(dueAtForBeforeDay(day).getTime() + minutes * 60_000);

async function inChunks<T>(label: string, rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
  console.log(`  ${label.padEnd(22)} ${String(rows.length).padStart(7)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  sortOrder: number;
}

function buildUnits(): UnitRow[] {
  const units: UnitRow[] = [];
  const city: UnitRow = {
    id: "s-city",
    code: "SCALE-CITY",
    name: "Ủy ban nhân dân Thành phố (dữ liệu quy mô)",
    shortName: "UBND TP (quy mô)",
    kind: "CITY",
    parentId: null,
    path: "/s-city/",
    depth: 0,
    sortOrder: 0,
  };
  units.push(city);
  const parents: UnitRow[] = [];
  for (let i = 0; i < DEPARTMENTS; i++) {
    const id = `s-d${i + 1}`;
    const u: UnitRow = { id, code: `SCALE-D${i + 1}`, name: DEPARTMENT_NAMES[i % DEPARTMENT_NAMES.length], shortName: null, kind: "DEPARTMENT", parentId: city.id, path: `${city.path}${id}/`, depth: 1, sortOrder: i + 1 };
    units.push(u);
    parents.push(u);
  }
  wardNames(WARDS).forEach((name, i) => {
    const id = `s-w${i + 1}`;
    const u: UnitRow = { id, code: `SCALE-W${i + 1}`, name, shortName: null, kind: "WARD", parentId: city.id, path: `${city.path}${id}/`, depth: 1, sortOrder: DEPARTMENTS + i + 1 };
    units.push(u);
    parents.push(u);
  });
  // The remaining units are offices, spread over departments (up to 10 each) and wards (up to 9 each).
  const remaining = TOTAL_UNITS - units.length;
  const perParent = new Map<string, number>();
  for (let k = 0; k < remaining; k++) {
    const p = parents[k % parents.length];
    const n = (perParent.get(p.id) ?? 0) + 1;
    perParent.set(p.id, n);
    const list = p.kind === "DEPARTMENT" ? DEPARTMENT_OFFICES : WARD_OFFICES;
    const base = list[(n - 1) % list.length];
    const round = Math.floor((n - 1) / list.length);
    const id = `${p.id}-o${n}`;
    units.push({
      id,
      code: `${p.code}-O${n}`,
      name: round ? `${base} ${round + 1}` : base,
      shortName: null,
      kind: "OFFICE",
      parentId: p.id,
      path: `${p.path}${id}/`,
      depth: 2,
      sortOrder: n,
    });
  }
  return units;
}

async function main() {
  const started = Date.now();
  if (!process.env.DATABASE_URL) {
    process.env.PGLITE_DATA_DIR ??= path.join(process.cwd(), ".data", "scale");
    const dir = path.resolve(process.env.PGLITE_DATA_DIR);
    if (path.basename(dir) === "pglite" && !process.argv.includes("--force-dir")) {
      throw new Error(`Refusing to load scale data into ${dir} (the development server's database). Use another PGLITE_DATA_DIR.`);
    }
    if (process.argv.includes("--fresh")) {
      fs.rmSync(dir, { recursive: true, force: true });
      console.log(`Deleted ${dir}`);
    }
    console.log(`Database: embedded, ${dir}`);
  } else {
    console.log("Database: DATABASE_URL");
  }
  const { prisma, close } = await getDbStandalone();
  console.log(`Opened and migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    if (await prisma.campaign.findUnique({ where: { id: SCALE_CAMPAIGN_ID }, select: { id: true } })) {
      console.log("The scale data is already loaded (use --fresh on the embedded database to rebuild it).");
      await printCounts(prisma);
      await seedScaleCouncil(prisma, SCALE_PASSWORD);
      await seedScaleWrites(prisma);
      console.log(`VACUUM ANALYZE: ${(await vacuumAnalyze(prisma)).ms} ms`);
      return;
    }

    const today = vnDayOf(new Date());
    const year = Number(today.slice(0, 4));
    const issued = addDays(today, -30);
    const dueDay = addDays(today, -5);
    const due = dueAtForBeforeDay(dueDay);
    const passwordHash = await hashPassword(SCALE_PASSWORD);

    // ---- units and accounts
    const units = buildUnits();
    const participants = units.filter((u) => u.kind !== "CITY");
    const users: Prisma.UserCreateManyInput[] = [
      { id: "s-user-office", username: "scale.office", email: "scale.office@scale.cchc.vn", fullName: "Nguyễn Thị Bích Thủy", jobTitle: "Chuyên viên CCHC, Sở Nội vụ", passwordHash, unitId: "s-city" },
      { id: "s-user-leader", username: "scale.leader", email: "scale.leader@scale.cchc.vn", fullName: "Trần Quốc Khánh", jobTitle: "Phó Chủ tịch", passwordHash, unitId: "s-city" },
    ];
    const roles: Prisma.RoleAssignmentCreateManyInput[] = [
      { userId: "s-user-office", role: "CCHC_OFFICE", unitId: "s-city" },
      { userId: "s-user-leader", role: "LEADERSHIP", unitId: "s-city" },
    ];
    for (const u of participants) {
      const id = `s-user-head-${u.id.slice(2)}`;
      users.push({ id, username: `scale.head.${u.id.slice(2)}`, fullName: personName(), jobTitle: u.kind === "OFFICE" ? "Trưởng phòng" : u.kind === "WARD" ? "Chủ tịch UBND" : "Giám đốc", passwordHash, unitId: u.id });
      roles.push({ userId: id, role: "UNIT_HEAD", unitId: u.id });
    }
    const headOf = (unitId: string) => `s-user-head-${unitId.slice(2)}`;

    // ---- campaign
    const campaign: Prisma.CampaignCreateManyInput = {
      id: SCALE_CAMPAIGN_ID,
      documentNumber: "2000/KH-UBND",
      issuedOn: inputToCalendarDate(issued),
      year,
      issuingUnitId: "s-city",
      signerName: "Trần Quốc Khánh",
      signerTitle: "Phó Chủ tịch",
      title: `Kế hoạch phát động phong trào thi đua về cải cách hành chính trên địa bàn Thành phố năm ${year} (dữ liệu quy mô)`,
      theme: `Dữ liệu thử tải: 2.000 đơn vị, ${TOTAL_INITIATIVES.toLocaleString("vi-VN")} mô hình, giải pháp, sáng kiến`,
      registrationLevels: ["CITY", "DEPARTMENT"],
      startsOn: inputToCalendarDate(issued),
      endsOn: inputToCalendarDate(`${year + 1}-12-31`),
      status: "PUBLISHED",
      publishedAt: vnAt(issued, 9 * 60),
      createdById: "s-user-office",
    };
    const fieldIds = FIELDS.map((_, i) => `${SCALE_CAMPAIGN_ID}-f${i + 1}`);

    // ---- registrations in mixed states, 20,000 initiatives
    type Plan = { unit: UnitRow; status: SubmissionStatus; versions: { at: Date; late: boolean }[]; events: { action: ReviewAction; at: Date; versionNo: number; comment: string | null }[]; n: number };
    const plans: Plan[] = [];
    const dueMinutes = (due.getTime() - vnAt(issued, 0).getTime()) / 60_000;
    const beforeDue = () => vnAt(issued, int(24 * 60, dueMinutes - 60));
    const afterDue = () => vnAt(dueDay, int(8 * 60, 4 * 24 * 60 - 60));
    for (const unit of participants) {
      const r = rand();
      if (r < 0.04) continue; // no registration at all
      const submit = () => {
        const late = rand() < 0.12;
        return { at: late ? afterDue() : beforeDue(), late };
      };
      const office = (from: Date) => new Date(from.getTime() + int(60, 3 * 24 * 60) * 60_000);
      let plan: Plan;
      if (r < 0.1) plan = { unit, status: "DRAFT", versions: [], events: [], n: 0 };
      else if (r < 0.18) {
        const v1 = submit();
        plan = { unit, status: "RETURNED", versions: [v1], events: [{ action: "SUBMIT", at: v1.at, versionNo: 1, comment: null }, { action: "RETURN", at: office(v1.at), versionNo: 1, comment: "Đề nghị bổ sung dự kiến tiến độ hoàn thành cụ thể." }], n: 0 };
      } else {
        const accepted = r >= 0.55;
        const v1 = submit();
        const events: Plan["events"] = [{ action: "SUBMIT", at: v1.at, versionNo: 1, comment: null }];
        const versions = [v1];
        if (rand() < 0.15) {
          // returned once, then resubmitted
          const back = office(v1.at);
          const v2 = { at: new Date(back.getTime() + int(60, 2 * 24 * 60) * 60_000), late: false };
          v2.late = v2.at.getTime() >= due.getTime();
          events.push({ action: "RETURN", at: back, versionNo: 1, comment: "Đề nghị làm rõ đơn vị chủ trì thực hiện." }, { action: "SUBMIT", at: v2.at, versionNo: 2, comment: null });
          versions.push(v2);
        }
        if (accepted) events.push({ action: "ACCEPT", at: office(versions.at(-1)!.at), versionNo: versions.length, comment: null });
        plan = { unit, status: accepted ? "ACCEPTED" : "SUBMITTED", versions, events, n: 0 };
      }
      plans.push(plan);
    }
    // Initiatives per registration: 4–16, then adjusted to exactly TOTAL_INITIATIVES.
    // Scaled with --initiatives: 4–16 per registration for the city's 20,000.
    const scale = TOTAL_INITIATIVES / 20_000;
    const most = Math.ceil(25 * scale);
    for (const p of plans) p.n = Math.max(2, Math.round(int(4, 16) * scale));
    let sum = plans.reduce((s, p) => s + p.n, 0);
    while (sum !== TOTAL_INITIATIVES) {
      const p = plans[Math.floor(rand() * plans.length)];
      if (sum < TOTAL_INITIATIVES && p.n < most) {
        p.n++;
        sum++;
      } else if (sum > TOTAL_INITIATIVES && p.n > 2) {
        p.n--;
        sum--;
      }
    }

    const registrations: Prisma.RegistrationCreateManyInput[] = [];
    const initiatives: Prisma.InitiativeCreateManyInput[] = [];
    const versions: Prisma.RegistrationVersionCreateManyInput[] = [];
    const reviews: Prisma.RegistrationReviewCreateManyInput[] = [];
    for (const p of plans) {
      const regId = `s-reg-${p.unit.id.slice(2)}`;
      const head = headOf(p.unit.id);
      const createdAt = vnAt(issued, int(24 * 60, dueMinutes / 2));
      const submits = p.events.filter((e) => e.action === "SUBMIT");
      const last = p.events.at(-1);
      const returned = p.status === "RETURNED" ? p.events.find((e) => e.action === "RETURN") : undefined;
      registrations.push({
        id: regId,
        campaignId: SCALE_CAMPAIGN_ID,
        unitId: p.unit.id,
        kind: "UNIT",
        ownerKey: "UNIT",
        status: p.status,
        submittedVersion: p.versions.length,
        firstSubmittedAt: submits[0]?.at ?? null,
        lastSubmittedAt: submits.at(-1)?.at ?? null,
        isLate: p.versions[0]?.late ?? false,
        returnComment: returned?.comment ?? null,
        acceptedAt: p.status === "ACCEPTED" ? last!.at : null,
        lockVersion: p.n + p.events.length,
        createdById: head,
        updatedById: last ? (last.action === "SUBMIT" ? head : "s-user-office") : head,
        createdAt,
        updatedAt: last?.at ?? createdAt,
      });
      const rows: RegistrationSnapshot["rows"] = [];
      const fieldsOrdered = Array.from({ length: p.n }, () => int(1, 6)).sort((a, b) => a - b);
      fieldsOrdered.forEach((f, i) => {
        const id = `${regId}-i${i + 1}`;
        const individual = rand() < 0.2;
        const level: RegistrationLevel = rand() < 0.3 ? "CITY" : "DEPARTMENT";
        const content = `${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(WAYS)}`;
        const done = addDays(today, int(30, 330));
        const note = pick(NOTES);
        const ownerNames = individual ? `${personName()}${rand() < 0.5 ? `, ${personName()}` : ""}` : null;
        const type = pick(TYPES);
        initiatives.push({
          id,
          registrationId: regId,
          campaignId: SCALE_CAMPAIGN_ID,
          unitId: p.unit.id,
          fieldId: fieldIds[f - 1],
          content,
          type,
          ownerType: individual ? "INDIVIDUALS" : "UNIT",
          ownerNames,
          expectedCompletion: inputToCalendarDate(done),
          note,
          level,
          sortOrder: i + 1,
          isTypical: p.status === "ACCEPTED" && rand() < 0.03,
          createdAt,
          updatedAt: createdAt,
        });
        rows.push({ initiativeId: id, fieldId: fieldIds[f - 1], fieldName: FIELDS[f - 1], fieldOrder: f, content, type, ownerType: individual ? "INDIVIDUALS" : "UNIT", ownerNames, expectedCompletion: done, note, level });
      });
      const snapshot = { unitName: p.unit.name, ownerName: null, rows } satisfies RegistrationSnapshot;
      p.versions.forEach((v, i) =>
        versions.push({ registrationId: regId, versionNo: i + 1, snapshot: snapshot as unknown as Prisma.InputJsonValue, submittedAt: v.at, submittedById: head, isLate: v.late }),
      );
      for (const e of p.events) {
        reviews.push({ registrationId: regId, versionNo: e.versionNo, action: e.action, comment: e.comment, actorId: e.action === "SUBMIT" ? head : "s-user-office", createdAt: e.at });
      }
    }
    for (const i of initiatives) {
      if (i.isTypical) {
        i.typicalMarkedAt = new Date();
        i.typicalMarkedById = "s-user-leader";
      }
    }

    // ---- progress, figures and mid-term reports (after every other random draw: the rows above stay as they were)
    const midtermDue = dueAtForBeforeDay(addDays(today, -5));
    const acceptedRegs = new Set(plans.filter((p) => p.status === "ACCEPTED").map((p) => `s-reg-${p.unit.id.slice(2)}`));
    const results: Prisma.InitiativeResultCreateManyInput[] = [];
    const byUnit = new Map<string, Prisma.InitiativeCreateManyInput[]>();
    for (const i of initiatives) {
      if (!acceptedRegs.has(i.registrationId as string)) continue;
      const r = rand();
      if (r < 0.45) {
        i.progress = "COMPLETED";
        i.completedOn = inputToCalendarDate(addDays(today, -int(10, 120)));
        if (rand() < 0.3) {
          results.push({ initiativeId: i.id as string, indicator: "Tỷ lệ hồ sơ giải quyết đúng hạn", unitOfMeasure: "%", valueBefore: int(70, 92), valueAfter: int(93, 100), source: "Hệ thống một cửa điện tử", sortOrder: 1 });
        }
      } else if (r < 0.8) i.progress = "IN_PROGRESS";
      else if (r < 0.85) {
        i.progress = "DROPPED";
        i.droppedReason = "Dừng thực hiện do thay đổi chức năng, nhiệm vụ sau sắp xếp tổ chức bộ máy.";
      }
      const list = byUnit.get(i.unitId as string) ?? [];
      list.push(i);
      byUnit.set(i.unitId as string, list);
    }
    const reports: Prisma.ReportCreateManyInput[] = [];
    const reportRows: Prisma.ReportFieldRowCreateManyInput[] = [];
    const reportParts: Prisma.ReportInitiativePartCreateManyInput[] = [];
    const paragraph = (unitName: string, what: string) =>
      `${unitName} ${what} Đơn vị đã quán triệt kế hoạch, phân công cụ thể cho từng bộ phận, theo dõi tiến độ hằng tháng và kịp thời tháo gỡ khó khăn trong quá trình triển khai các mô hình, giải pháp, sáng kiến đã đăng ký.`;
    for (const [unitId, list] of byUnit) {
      if (rand() < 0.25) continue; // has not reported
      const unit = participants.find((u) => u.id === unitId)!;
      const late = rand() < 0.1;
      const at = late ? new Date(midtermDue.getTime() + int(1, 72) * 3_600_000) : new Date(midtermDue.getTime() - int(1, 240) * 3_600_000);
      const reportId = `s-rep-${unitId.slice(2)}`;
      const accepted = rand() < 0.5;
      reports.push({
        id: reportId,
        campaignId: SCALE_CAMPAIGN_ID,
        unitId,
        phase: "MIDTERM",
        status: accepted ? "ACCEPTED" : "SUBMITTED",
        submittedVersion: 1,
        firstSubmittedAt: at,
        lastSubmittedAt: at,
        isLate: late,
        acceptedAt: accepted ? new Date(at.getTime() + 86_400_000) : null,
        situation: paragraph(unit.name, "có chức năng tham mưu, quản lý nhà nước trong lĩnh vực được giao."),
        currentState: paragraph(unit.name, "đã triển khai đồng bộ các nội dung cải cách hành chính năm nay."),
        strengths: "Lãnh đạo đơn vị quan tâm chỉ đạo; công chức tích cực, chủ động đề xuất cách làm mới.",
        limitations: "Một số nội dung còn chậm do phụ thuộc hạ tầng công nghệ thông tin dùng chung.",
        lessons: "Phân công rõ người, rõ việc, rõ thời hạn; thường xuyên kiểm tra, đôn đốc.",
        lockVersion: 3,
        createdById: headOf(unitId),
        updatedById: headOf(unitId),
        createdAt: new Date(at.getTime() - 3 * 86_400_000),
        updatedAt: at,
      });
      if (rand() < 0.05) {
        const first = list[0];
        reportRows.push({ reportId, fieldId: first.fieldId as string, completedOverride: 0, overrideNote: "Nội dung hoàn thành trên hệ thống nhưng chưa được nghiệm thu." });
      }
      for (const i of list) {
        reportParts.push({ reportId, initiativeId: i.id as string, summary: `${i.content}.`, results: i.progress === "COMPLETED" ? "Đã hoàn thành, đưa vào áp dụng tại đơn vị." : "Đang triển khai theo tiến độ." });
      }
    }

    console.log(`Rows built (${((Date.now() - started) / 1000).toFixed(1)} s since start). Writing:`);
    await inChunks("units", units, (c) => prisma.unit.createMany({ data: c }));
    await inChunks("users", users, (c) => prisma.user.createMany({ data: c }));
    await inChunks("role assignments", roles, (c) => prisma.roleAssignment.createMany({ data: c }));
    await prisma.campaign.create({
      data: {
        ...(campaign as Prisma.CampaignUncheckedCreateInput),
        fields: { create: FIELDS.map((name, i) => ({ id: fieldIds[i], name, sortOrder: i + 1 })) },
        milestones: {
          create: [
            { kind: "REGISTRATION", name: "Đăng ký mô hình, giải pháp, sáng kiến (Mẫu 1)", deliverable: "Mẫu 1", responsibleRole: "UNIT_HEAD", dueAt: due, sortOrder: 1 },
            { kind: "CONSOLIDATION", name: "Tổng hợp, lựa chọn mô hình, giải pháp, sáng kiến tiêu biểu", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay(addDays(today, 10)), sortOrder: 2 },
            // Report milestones for the consolidated-report benchmark (their dates need not follow the registration's).
            { kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết (Mẫu 2 + Đề cương)", deliverable: "Mẫu 2 và Đề cương", responsibleRole: "UNIT_HEAD", dueAt: midtermDue, opensAt: new Date(midtermDue.getTime() - 30 * 86_400_000), sortOrder: 3 },
            { kind: "MIDTERM_SUMMARY", name: "Báo cáo sơ kết gửi cấp trên", deliverable: "Báo cáo sơ kết", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay(addDays(today, 5)), sortOrder: 4 },
          ],
        },
      },
    });
    await inChunks("participating units", participants.map((u) => ({ campaignId: SCALE_CAMPAIGN_ID, unitId: u.id, addedAt: vnAt(issued, 9 * 60) })), (c) =>
      prisma.campaignUnit.createMany({ data: c }),
    );
    await inChunks("registrations", registrations, (c) => prisma.registration.createMany({ data: c }));
    await inChunks("initiatives", initiatives, (c) => prisma.initiative.createMany({ data: c }));
    await inChunks("versions (snapshots)", versions, (c) => prisma.registrationVersion.createMany({ data: c }));
    await inChunks("review events", reviews, (c) => prisma.registrationReview.createMany({ data: c }));
    await inChunks("result figures", results, (c) => prisma.initiativeResult.createMany({ data: c }));
    await inChunks("mid-term reports", reports, (c) => prisma.report.createMany({ data: c }));
    await inChunks("report field rows", reportRows, (c) => prisma.reportFieldRow.createMany({ data: c }));
    await inChunks("report parts (Đề cương III–IV)", reportParts, (c) => prisma.reportInitiativePart.createMany({ data: c }));
    // Issue 5: the council's sessions of 200 proposals and 25 members (prisma/seed/scale-council.ts).
    await seedScaleCouncil(prisma, SCALE_PASSWORD);
    // Issue 16: the campaign the write benchmark saves and submits Mẫu 1 in.
    await seedScaleWrites(prisma);
    console.log(`VACUUM ANALYZE: ${(await vacuumAnalyze(prisma)).ms} ms`);

    const byStatus = new Map<string, number>();
    for (const r of registrations) byStatus.set(r.status as string, (byStatus.get(r.status as string) ?? 0) + 1);
    console.log(`\nCreated in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    console.log(`  ${units.length} units (1 city, ${DEPARTMENTS} departments, ${WARDS} wards, ${units.length - 1 - DEPARTMENTS - WARDS} offices)`);
    console.log(`  ${users.length} accounts: scale.office (CCHC_OFFICE), scale.leader (LEADERSHIP), one head per unit (scale.head.<id>); password ${SCALE_PASSWORD}`);
    console.log(`  campaign ${campaign.documentNumber} (id ${SCALE_CAMPAIGN_ID}), ${participants.length} participating units, registration due ${dueDay} (Vietnam time)`);
    console.log(`  ${registrations.length} registrations: ${[...byStatus].map(([s, n]) => `${s} ${n}`).join(", ")}; ${participants.length - registrations.length} units without one`);
    console.log(`  ${initiatives.length} initiatives, ${versions.length} submitted versions, ${reviews.length} review events`);
    console.log(`  ${results.length} result figures, ${reports.length} mid-term reports (${reportParts.length} per-initiative parts, ${reportRows.length} overrides)`);
  } finally {
    await close();
  }
}

async function printCounts(prisma: Awaited<ReturnType<typeof getDbStandalone>>["prisma"]) {
  const [units, regs, inits] = await Promise.all([
    prisma.unit.count(),
    prisma.registration.count({ where: { campaignId: SCALE_CAMPAIGN_ID } }),
    prisma.initiative.count({ where: { campaignId: SCALE_CAMPAIGN_ID } }),
  ]);
  console.log(`  ${units} units, ${regs} registrations, ${inits} initiatives in campaign ${SCALE_CAMPAIGN_ID}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
