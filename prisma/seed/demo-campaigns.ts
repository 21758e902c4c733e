/**
 * Demo campaigns, loaded after the demo units and accounts of prisma/seed/demo.ts:
 * - the City's plan 1018/KH-UBND (2022) and the Sở's plan 1128/KH-SQHKT that answers it, exactly as
 *   in the source document (seed 000): its seven milestones plus the units' award proposals, all ten offices registered and accepted;
 * - a City plan and a Sở plan of the current year with dates relative to `today`, in a realistic mix of
 *   states (drafts, on-time and late submissions, a returned form, accepted forms, units not started).
 * Rows are written with createMany in one short transaction (a few hundred rows).
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { InitiativeOwnerType, InitiativeType, MilestoneKind, RegistrationLevel, SubmissionStatus, ReviewAction, Role } from "../../lib/generated/prisma/enums";
import type { Db } from "../../lib/db/open";
import type { RegistrationSnapshot } from "../../lib/registrations/snapshot";
import { dueAtForBeforeDay, inputToCalendarDate, vnDayOf } from "../../lib/time/vn";

/** Stable ids, so that tests and screenshots can address the demo campaigns directly. */
export const DEMO_CAMPAIGN_IDS = {
  city2022: "demo-campaign-1018-2022",
  sqhkt2022: "demo-campaign-1128-2022",
  cityCurrent: "demo-campaign-city-current",
  sqhktCurrent: "demo-campaign-sqhkt-current",
} as const;

export const SIX_FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
];

/** The offices of the Sở, in the order of the demo unit list. */
const SQHKT_OFFICES = ["vp", "ttra", "qhkv1", "qhkv2", "qhht", "kt", "qlqh", "khtc", "ttttdv", "vien"] as const;
type OfficeKey = (typeof SQHKT_OFFICES)[number];

/** The unit head of each office (demo usernames). */
const HEAD_OF: Record<OfficeKey, string> = {
  vp: "chanhvanphong",
  ttra: "chanhthanhtra",
  qhkv1: "truongphong.qhkv1",
  qhkv2: "truongphong.qhkv2",
  qhht: "truongphong.qhht",
  kt: "truongphong.kt",
  qlqh: "truongphong.qlqh",
  khtc: "truongphong.khtc",
  ttttdv: "giamdoc.tttt",
  vien: "vientruong",
};

const unitId = (key: string) => `demo-${key}`;
const userId = (username: string) => `demo-user-${username}`;
const OFFICE_USER = userId("vanphong");
const DIRECTOR = userId("giamdoc");

// ---------------------------------------------------------------- time helpers (Vietnam time)

/** "yyyy-MM-dd" shifted by whole days. */
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The instant of a Vietnam wall-clock time: vnAt("2022-04-18", "09:30"). */
function vnAt(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(dueAtForBeforeDay(day).getTime() + (h * 60 + m) * 60_000);
}

const date = inputToCalendarDate;

// ---------------------------------------------------------------- plan texts (seed 000)

const TITLE_1018 =
  "Kế hoạch phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính trên địa bàn Thành phố Hồ Chí Minh năm 2022";
const TITLE_1128 =
  "Kế hoạch phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính tại Sở Quy hoạch - Kiến trúc năm 2022";
const THEME_2022 =
  "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, tiếp tục nâng cao chất lượng xây dựng chính quyền đô thị, cải thiện môi trường đầu tư, đồng hành cùng doanh nghiệp";

const LEGAL_BASES_1128 = [
  "Kế hoạch số 1018/KH-UBND ngày 05/4/2022 của Ủy ban nhân dân Thành phố về phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính trên địa bàn Thành phố Hồ Chí Minh năm 2022, tiến tới tham gia đăng ký dự thi Giải thưởng sáng tạo Thành phố Hồ Chí Minh lần thứ 3 - năm 2023, Lĩnh vực: Quản lý nhà nước",
  "Công văn số 1448/SNV-CCHC ngày 08/4/2022 của Sở Nội vụ về việc triển khai thực hiện Kế hoạch số 1018/KH-UBND ngày 05/4/2022 của Ủy ban nhân dân Thành phố",
  "Kế hoạch số 201/KH-SQHKT ngày 19/01/2022 của Sở Quy hoạch - Kiến trúc về thực hiện công tác cải cách hành chính năm 2022",
  "Kế hoạch số 2033/KH-SQHKT ngày 04/4/2021 của Sở Quy hoạch - Kiến trúc về thực hiện chương trình cải cách hành chính và giải pháp nâng cao chỉ số cải cách hành chính tại Sở Quy hoạch - Kiến trúc giai đoạn 2020 - 2025",
].join("\n");

const PURPOSE_1128 = [
  "1. Mục đích",
  "- Nâng cao nhận thức về vị trí, vai trò và ý nghĩa của công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến về cải cách hành chính; xem đây là một trong những yếu tố quan trọng, có tác dụng nêu gương, động viên các cá nhân, tập thể tham gia sáng tạo, đề xuất các sáng kiến thiết thực, hiệu quả phục vụ công tác cải cách hành chính.",
  "- Tập trung thực hiện các giải pháp trọng tâm, trọng điểm để phấn đấu hoàn thành các mục tiêu, chỉ tiêu của chương trình cải cách hành chính.",
  "- Thông qua phong trào thi đua để khơi dậy tinh thần tự giác, nỗ lực thực hiện hoàn thành xuất sắc nhiệm vụ được giao; xây dựng và nhân rộng các điển hình tiên tiến về cải cách hành chính; tiếp tục đổi mới nội dung, hình thức, chất lượng công tác thi đua, khen thưởng.",
  "2. Yêu cầu",
  "- Công tác phát hiện, xây dựng, nhân rộng điển hình tiên tiến về cải cách hành chính gắn với việc sơ kết, tổng kết các phong trào thi đua của đơn vị, cơ quan, tổ chức trong từng giai đoạn nhất định. Các gương điển hình được nhân rộng phải thực sự tiêu biểu, có sức lan tỏa, tác động tích cực để mọi người có thể học tập, làm theo.",
  "- Trưởng các cơ quan, đơn vị tăng cường công tác lãnh đạo, chỉ đạo, có các giải pháp khuyến khích cán bộ, công chức, viên chức tham mưu, sáng tạo và tiếp thu ý kiến của các tầng lớp nhân dân.",
].join("\n");

const PARTICIPANTS_1128 = [
  "Tập thể: Các phòng, ban, đơn vị thuộc Sở Quy hoạch - Kiến trúc (sau đây gọi chung là các đơn vị thuộc Sở).",
  "Cá nhân: Cán bộ, công chức, viên chức, người lao động thuộc Sở.",
  "Các cá nhân, đơn vị thuộc Sở căn cứ nội dung Kế hoạch để đăng ký thi đua cải cách hành chính. Mẫu đăng ký nêu rõ đăng ký thi đua cấp Thành phố hoặc đăng ký thi đua cấp Sở.",
].join("\n");

const COLLECTIVE_CRITERIA_1128 = [
  "Trưởng các đơn vị tổ chức, triển khai thực hiện cải cách hành chính năm 2022 và phát động phong trào thi đua cải cách hành chính năm 2022. Hoàn thành tốt nhiệm vụ công tác cải cách hành chính tại đơn vị.",
  "Có đăng ký các mô hình sáng kiến, giải pháp, cách làm hay trong thực hiện cải cách hành chính và triển khai, áp dụng có hiệu quả; mang lại chuyển biến tích cực cho công tác cải cách hành chính.",
  "Người đứng đầu đơn vị không bị xử lý kỷ luật trong năm; 100% cán bộ công chức, viên chức thực hiện tốt quy chế ứng xử trong thực thi công vụ.",
];

const INDIVIDUAL_CRITERIA_1128 = [
  "Thực hiện đột phá các nội dung, nhiệm vụ cải cách hành chính theo Kế hoạch số 201/KH-SQHKT ngày 19/01/2022 và Kế hoạch số 2033/KH-SQHKT ngày 04/4/2021 của Sở Quy hoạch - Kiến trúc; trọng tâm là nâng cao sự hài lòng của người dân và doanh nghiệp.",
  "Thực hiện công tác tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về cải cách hành chính, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
  "Có mô hình, sáng kiến, giải pháp, cách làm hay, hiệu quả trong thực hiện cải cách hành chính theo chủ đề năm 2022 của Thành phố.",
];

interface MilestoneSpec {
  kind: MilestoneKind;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
}

const MILESTONES: MilestoneSpec[] = [
  {
    kind: "REGISTRATION",
    name: "Đăng ký giải pháp, mô hình, sáng kiến tiêu biểu của đơn vị gửi về Văn phòng Sở (Bộ phận Cải cách hành chính)",
    deliverable: "Mẫu 1",
    responsibleRole: "UNIT_HEAD",
  },
  {
    kind: "CONSOLIDATION",
    name: "Tổng hợp nội dung đăng ký; báo cáo Ban Giám đốc lựa chọn giải pháp, mô hình, sáng kiến tiêu biểu, gửi đăng ký về Sở Nội vụ",
    deliverable: "Danh sách đăng ký gửi Sở Nội vụ",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "MIDTERM_REPORT",
    name: "Báo cáo sơ kết tiến độ thực hiện các giải pháp, mô hình, sáng kiến đã đăng ký",
    deliverable: "Mẫu 2 và Đề cương",
    responsibleRole: "UNIT_HEAD",
  },
  {
    kind: "MIDTERM_SUMMARY",
    name: "Tổng hợp, trình Lãnh đạo dự thảo văn bản báo cáo sơ kết gửi Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ)",
    deliverable: "Báo cáo sơ kết",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "FINAL_REPORT",
    name: "Báo cáo kết quả hoàn thành các giải pháp, mô hình, sáng kiến đã đăng ký",
    deliverable: "Mẫu 2 và Đề cương",
    responsibleRole: "UNIT_HEAD",
  },
  {
    // The source combines the award plan and the final report to Sở Nội vụ; the portal tracks the
    // report part here (the office's consolidated final report, lib/summary).
    kind: "FINAL_SUMMARY",
    name: "Trình Lãnh đạo Sở phương án đề xuất khen thưởng; gửi báo cáo kết quả hoàn thành về Sở Nội vụ",
    deliverable: "Phương án khen thưởng và báo cáo tổng kết",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "COUNCIL_REVIEW",
    name: "Trình Hội đồng Thi đua - Khen thưởng Sở xét tặng Giấy khen của Giám đốc Sở; lập hồ sơ đề nghị Ủy ban nhân dân Thành phố khen thưởng",
    deliverable: "Hồ sơ đề nghị khen thưởng",
    responsibleRole: "EMULATION_OFFICE",
  },
  {
    // Appended (8th) so that the ids -m1..-m7 of the milestones above do not move; by date it falls
    // between the final report and the council's review. Proposing is not compulsory (lib/obligations/awards.ts).
    kind: "AWARD_PROPOSAL",
    name: "Gửi hồ sơ đề nghị khen thưởng về Thường trực Hội đồng Thi đua - Khen thưởng (qua Văn phòng Sở)",
    deliverable: "Hồ sơ đề nghị khen thưởng",
    responsibleRole: "UNIT_HEAD",
  },
];

/** What the City's plan asks of its departments and wards (addressed to Sở Nội vụ). */
const CITY_MILESTONES: MilestoneSpec[] = [
  {
    kind: "REGISTRATION",
    name: "Các sở, ban, ngành, địa phương đăng ký mô hình, giải pháp, sáng kiến tiêu biểu với Sở Nội vụ",
    deliverable: "Danh sách đăng ký (Mẫu 1)",
    responsibleRole: "UNIT_HEAD",
  },
];

// ---------------------------------------------------------------- registrations

interface RowSpec {
  f: number; // 1..6
  type: InitiativeType;
  content: string;
  done: string; // expected completion, yyyy-MM-dd
  level: RegistrationLevel;
  owners?: string; // names of the individuals: ownerType INDIVIDUALS
  note?: string;
  typical?: boolean;
}

interface EventSpec {
  action: ReviewAction;
  at: Date;
  by: string; // user id
  versionNo: number;
  comment?: string;
}

interface RegSpec {
  unit: OfficeKey;
  ownerUser?: string; // user id: an individual's registration
  status: SubmissionStatus;
  createdAt: Date;
  createdBy: string;
  rows: RowSpec[];
  events: EventSpec[]; // SUBMIT / RETURN / ACCEPT in order
}

const R = (f: number, type: InitiativeType, content: string, done: string, level: RegistrationLevel, extra: Partial<RowSpec> = {}): RowSpec => ({
  f,
  type,
  content,
  done,
  level,
  ...extra,
});

function registrations2022(): RegSpec[] {
  const acc = (unit: OfficeKey, submitted: Date, accepted: Date, rows: RowSpec[], created = vnAt("2022-04-15", "08:30")): RegSpec => ({
    unit,
    status: "ACCEPTED",
    createdAt: created,
    createdBy: userId(HEAD_OF[unit]),
    rows,
    events: [
      { action: "SUBMIT", at: submitted, by: userId(HEAD_OF[unit]), versionNo: 1 },
      { action: "ACCEPT", at: accepted, by: OFFICE_USER, versionNo: 1 },
    ],
  });
  return [
    acc("vp", vnAt("2022-04-15", "15:20"), vnAt("2022-04-18", "08:10"), [
      R(2, "SOLUTION", "Chuẩn hoá quy trình tiếp nhận và trả kết quả hồ sơ qua Bộ phận một cửa của Sở", "2022-09-30", "DEPARTMENT"),
      R(6, "MODEL", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp bằng mã QR tại Bộ phận một cửa", "2022-07-31", "CITY", { typical: true }),
      R(3, "GOOD_PRACTICE", "Rà soát, cập nhật quy chế làm việc và quy chế phối hợp giữa các phòng, đơn vị thuộc Sở", "2022-06-30", "DEPARTMENT"),
      R(4, "INITIATIVE", "Số hoá hồ sơ cán bộ, công chức, viên chức và quản lý trên phần mềm quản lý nhân sự", "2022-10-31", "DEPARTMENT", {
        owners: "Đỗ Thị Kim Oanh, Lê Thị Thu Hà",
      }),
    ], vnAt("2022-04-14", "16:00")),
    acc("ttra", vnAt("2022-04-18", "09:30"), vnAt("2022-04-19", "08:45"), [
      R(1, "SOLUTION", "Rà soát, hệ thống hoá văn bản quy phạm pháp luật về quản lý quy hoạch, kiến trúc thuộc phạm vi tham mưu của Sở", "2022-11-30", "DEPARTMENT"),
      R(2, "GOOD_PRACTICE", "Công khai kết quả giải quyết phản ánh, kiến nghị về quy hoạch trên Trang thông tin điện tử của Sở", "2022-08-31", "DEPARTMENT", {
        note: "Phối hợp Trung tâm Thông tin và Dịch vụ Quy hoạch",
      }),
    ], vnAt("2022-04-17", "14:00")),
    acc("qhkv1", vnAt("2022-04-16", "10:05"), vnAt("2022-04-18", "08:20"), [
      R(2, "SOLUTION", "Rút ngắn thời gian thẩm định đồ án quy hoạch chi tiết tỷ lệ 1/500 còn 20 ngày làm việc", "2022-09-30", "CITY", { typical: true }),
      R(6, "MODEL", "Ứng dụng bản đồ số quy hoạch trên nền tảng GIS phục vụ tra cứu, thẩm định hồ sơ khu vực 1", "2022-12-15", "CITY", { typical: true }),
      R(1, "SOLUTION", "Đề xuất sửa đổi quy định về điều chỉnh cục bộ quy hoạch phân khu trên địa bàn Thành phố", "2022-11-30", "DEPARTMENT"),
    ]),
    acc("qhkv2", vnAt("2022-04-17", "16:40"), vnAt("2022-04-18", "09:00"), [
      R(2, "GOOD_PRACTICE", "Lấy ý kiến cộng đồng dân cư về đồ án quy hoạch bằng hình thức trực tuyến kết hợp trưng bày công khai", "2022-10-31", "DEPARTMENT"),
      R(6, "INITIATIVE", "Xây dựng cơ sở dữ liệu đồ án quy hoạch phân khu tỷ lệ 1/2000 khu vực 2", "2022-12-15", "CITY", {
        owners: "Đặng Quốc Bảo, Trần Thị Thanh Tâm",
      }),
      R(4, "GOOD_PRACTICE", "Phân công chuyên viên theo dõi hồ sơ theo địa bàn, công khai tiến độ xử lý hằng tuần", "2022-06-30", "DEPARTMENT"),
    ]),
    acc("qhht", vnAt("2022-04-16", "14:15"), vnAt("2022-04-18", "09:30"), [
      R(2, "SOLUTION", "Liên thông lấy ý kiến thẩm định quy hoạch hạ tầng kỹ thuật với các sở chuyên ngành qua hệ thống quản lý văn bản", "2022-10-31", "DEPARTMENT"),
      R(6, "MODEL", "Số hoá bản đồ mạng lưới hạ tầng kỹ thuật khung phục vụ cung cấp thông tin quy hoạch", "2022-12-15", "CITY"),
    ]),
    acc("kt", vnAt("2022-04-15", "11:00"), vnAt("2022-04-18", "10:00"), [
      R(1, "SOLUTION", "Tham mưu ban hành quy chế quản lý kiến trúc các khu vực có ý nghĩa quan trọng của Thành phố", "2022-12-15", "CITY"),
      R(2, "SOLUTION", "Rút ngắn thời gian chấp thuận phương án kiến trúc công trình còn 10 ngày làm việc", "2022-08-31", "DEPARTMENT"),
      R(4, "INITIATIVE", "Bộ câu hỏi - đáp về quy chế quản lý kiến trúc phục vụ tập huấn công chức cấp phường", "2022-09-30", "DEPARTMENT", {
        owners: "Bùi Đức Thắng",
      }),
    ]),
    acc("qlqh", vnAt("2022-04-15", "09:45"), vnAt("2022-04-18", "10:30"), [
      R(6, "MODEL", "Số hoá hồ sơ thông tin quy hoạch, cung cấp thông tin quy hoạch trực tuyến qua Cổng thông tin", "2022-09-30", "CITY", { typical: true }),
      R(2, "GOOD_PRACTICE", "Công khai quy trình, thời gian giải quyết thủ tục cung cấp thông tin quy hoạch bằng mã QR tại nơi tiếp nhận", "2022-06-30", "DEPARTMENT"),
      R(3, "SOLUTION", "Sắp xếp, phân công lại nhiệm vụ các tổ chuyên môn theo hướng một đầu mối xử lý hồ sơ", "2022-07-31", "DEPARTMENT"),
    ]),
    acc("khtc", vnAt("2022-04-17", "10:20"), vnAt("2022-04-18", "14:00"), [
      R(5, "SOLUTION", "Thực hiện cơ chế tự chủ tài chính, tiết kiệm chi thường xuyên tại các đơn vị sự nghiệp thuộc Sở", "2022-12-15", "DEPARTMENT"),
      R(5, "GOOD_PRACTICE", "Thanh toán không dùng tiền mặt đối với phí, lệ phí và dịch vụ công của Sở", "2022-09-30", "CITY"),
      R(6, "SOLUTION", "Theo dõi dự toán, giải ngân ngân sách trực tuyến trên phần mềm quản lý tài chính của Sở", "2022-11-30", "DEPARTMENT"),
    ]),
    acc("ttttdv", vnAt("2022-04-16", "16:30"), vnAt("2022-04-18", "14:30"), [
      R(6, "MODEL", "Ứng dụng tra cứu thông tin quy hoạch trên thiết bị di động cho người dân", "2022-11-30", "CITY"),
      R(2, "SOLUTION", "Tiếp nhận hồ sơ đề nghị cung cấp thông tin quy hoạch qua dịch vụ công trực tuyến mức độ 4", "2022-10-31", "CITY", { typical: true }),
      R(4, "INITIATIVE", "Tổng đài hỗ trợ, giải đáp thông tin quy hoạch cho người dân", "2022-08-31", "DEPARTMENT", {
        owners: "Mai Xuân Trường, Nguyễn Hoàng Phương",
      }),
    ]),
    acc("vien", vnAt("2022-04-17", "15:10"), vnAt("2022-04-18", "15:00"), [
      R(6, "INITIATIVE", "Ứng dụng mô hình 3D và mô hình thông tin công trình (BIM) trong nghiên cứu, lập đồ án thiết kế đô thị", "2022-12-15", "CITY", {
        owners: "Hoàng Minh Tuấn, Lâm Quang Vinh",
      }),
      R(3, "GOOD_PRACTICE", "Thành lập tổ tư vấn chuyên môn hỗ trợ các phòng thẩm định đồ án quy hoạch", "2022-08-31", "DEPARTMENT"),
    ]),
    // An individual's registration: drafted by the officer, confirmed and submitted by the head.
    {
      unit: "qhkv1",
      ownerUser: userId("canbo.qhkv1"),
      status: "ACCEPTED",
      createdAt: vnAt("2022-04-15", "09:00"),
      createdBy: userId("canbo.qhkv1"),
      rows: [
        R(4, "INITIATIVE", "Sổ tay hướng dẫn tra cứu hồ sơ quy hoạch lưu trữ dành cho công chức mới", "2022-08-31", "DEPARTMENT", { owners: "Võ Thị Mai" }),
        R(6, "INITIATIVE", "Bảng tính tự động kiểm tra thành phần hồ sơ đề nghị thẩm định quy hoạch", "2022-10-31", "DEPARTMENT", { owners: "Võ Thị Mai" }),
      ],
      events: [
        { action: "SUBMIT", at: vnAt("2022-04-16", "10:10"), by: userId(HEAD_OF.qhkv1), versionNo: 1 },
        { action: "ACCEPT", at: vnAt("2022-04-18", "08:25"), by: OFFICE_USER, versionNo: 1 },
      ],
    },
  ];
}

const RETURN_COMMENT = "Đề nghị bổ sung dự kiến tiến độ hoàn thành cụ thể và làm rõ chủ trì thực hiện.";

function registrationsCurrent(today: string): RegSpec[] {
  const d = (n: number) => addDays(today, n);
  const head = (u: OfficeKey) => userId(HEAD_OF[u]);
  const submit = (u: OfficeKey, at: Date, versionNo = 1): EventSpec => ({ action: "SUBMIT", at, by: head(u), versionNo });
  return [
    {
      unit: "qhkv1",
      status: "DRAFT",
      createdAt: vnAt(d(-10), "09:15"),
      createdBy: userId("canbo.qhkv1"),
      rows: [
        R(6, "MODEL", "Tích hợp dữ liệu quy hoạch phân khu vào nền tảng bản đồ số dùng chung của Thành phố", d(200), "CITY"),
        R(2, "SOLUTION", "Rút ngắn thời gian thẩm định nhiệm vụ quy hoạch chi tiết còn 15 ngày làm việc", d(120), "DEPARTMENT"),
        R(1, "SOLUTION", "Rà soát, đề xuất bãi bỏ thành phần hồ sơ trùng lặp trong thủ tục điều chỉnh quy hoạch", d(150), "DEPARTMENT", {
          note: "Phối hợp Văn phòng Sở",
        }),
      ],
      events: [],
    },
    {
      unit: "qhkv2",
      status: "SUBMITTED",
      createdAt: vnAt(d(-12), "08:40"),
      createdBy: head("qhkv2"),
      rows: [
        R(6, "SOLUTION", "Cung cấp thông tin quy hoạch cho phường, xã sau sắp xếp đơn vị hành chính qua hệ thống dùng chung", d(180), "CITY"),
        R(2, "GOOD_PRACTICE", "Hướng dẫn chuẩn bị hồ sơ trực tuyến bằng video ngắn cho người dân", d(90), "DEPARTMENT"),
        R(3, "SOLUTION", "Phân định nhiệm vụ giữa phòng và Ủy ban nhân dân phường, xã trong quản lý quy hoạch theo mô hình chính quyền địa phương hai cấp", d(150), "DEPARTMENT"),
      ],
      events: [submit("qhkv2", vnAt(d(-6), "09:10"))],
    },
    {
      unit: "qhht",
      status: "SUBMITTED",
      createdAt: vnAt(d(-8), "14:00"),
      createdBy: head("qhht"),
      rows: [
        R(6, "MODEL", "Cơ sở dữ liệu cao độ nền và thoát nước mưa phục vụ thẩm định quy hoạch", d(210), "CITY"),
        R(2, "GOOD_PRACTICE", "Phiếu hướng dẫn một lần đối với hồ sơ thoả thuận đấu nối hạ tầng kỹ thuật", d(60), "DEPARTMENT"),
      ],
      events: [submit("qhht", vnAt(d(-1), "14:20"))],
    },
    {
      unit: "kt",
      status: "SUBMITTED",
      createdAt: vnAt(d(-9), "10:00"),
      createdBy: head("kt"),
      rows: [
        R(1, "SOLUTION", "Đề xuất quy định quản lý kiến trúc nhà ở riêng lẻ tại các phường sau sắp xếp", d(200), "CITY"),
        R(6, "MODEL", "Thư viện mẫu thiết kế nhà ở riêng lẻ điển hình trên Cổng thông tin của Sở", d(160), "DEPARTMENT"),
        R(4, "GOOD_PRACTICE", "Kèm cặp chuyên viên trẻ trong thẩm định phương án kiến trúc", d(120), "DEPARTMENT", { owners: "Bùi Đức Thắng, Nguyễn Thị Diễm" }),
      ],
      events: [submit("kt", vnAt(d(-4), "16:45"))],
    },
    {
      unit: "qlqh",
      status: "ACCEPTED",
      createdAt: vnAt(d(-15), "08:30"),
      createdBy: head("qlqh"),
      rows: [
        R(6, "INITIATIVE", "Trợ lý ảo trả lời câu hỏi thường gặp về thông tin quy hoạch", d(180), "CITY", { owners: "Ngô Thị Hồng, Phan Minh Khoa" }),
        R(2, "SOLUTION", "Tiếp nhận và trả kết quả cung cấp thông tin quy hoạch hoàn toàn trực tuyến", d(120), "CITY"),
        R(5, "GOOD_PRACTICE", "Giảm chi phí in ấn bằng bản vẽ quy hoạch điện tử có chữ ký số", d(90), "DEPARTMENT"),
      ],
      events: [submit("qlqh", vnAt(d(-9), "10:30")), { action: "ACCEPT", at: vnAt(d(-7), "15:00"), by: OFFICE_USER, versionNo: 1 }],
    },
    {
      unit: "khtc",
      status: "RETURNED",
      createdAt: vnAt(d(-11), "13:30"),
      createdBy: head("khtc"),
      rows: [
        R(5, "GOOD_PRACTICE", "Công khai dự toán, quyết toán ngân sách của Sở trên Trang thông tin điện tử", d(100), "DEPARTMENT"),
        R(5, "SOLUTION", "Khoán chi văn phòng phẩm gắn với sử dụng văn bản điện tử", d(150), "DEPARTMENT"),
      ],
      events: [
        submit("khtc", vnAt(d(-5), "11:00")),
        { action: "RETURN", at: vnAt(d(-3), "09:40"), by: OFFICE_USER, versionNo: 1, comment: RETURN_COMMENT },
      ],
    },
    {
      unit: "vp",
      status: "ACCEPTED",
      createdAt: vnAt(d(-6), "15:00"),
      createdBy: head("vp"),
      rows: [
        R(4, "SOLUTION", "Đánh giá, xếp loại công chức theo kết quả công việc hằng tháng trên phần mềm", d(150), "DEPARTMENT"),
        R(6, "GOOD_PRACTICE", "Ký số và phát hành văn bản điện tử trên hệ thống quản lý văn bản đối với 100% văn bản đi", d(60), "CITY"),
      ],
      events: [submit("vp", vnAt(d(-2), "08:15")), { action: "ACCEPT", at: vnAt(d(-1), "10:05"), by: OFFICE_USER, versionNo: 1 }],
    },
    {
      unit: "vien",
      status: "DRAFT",
      createdAt: vnAt(d(-4), "10:30"),
      createdBy: head("vien"),
      rows: [R(6, "INITIATIVE", "Ứng dụng trí tuệ nhân tạo phân tích ảnh vệ tinh phục vụ theo dõi thực hiện quy hoạch", d(220), "CITY", { owners: "Hoàng Minh Tuấn" })],
      events: [],
    },
  ];
}

// ---------------------------------------------------------------- row builder

class Rows {
  campaigns: Prisma.CampaignCreateManyInput[] = [];
  criteria: Prisma.CampaignCriterionCreateManyInput[] = [];
  fields: Prisma.ReformFieldCreateManyInput[] = [];
  milestones: Prisma.MilestoneCreateManyInput[] = [];
  campaignUnits: Prisma.CampaignUnitCreateManyInput[] = [];
  registrations: Prisma.RegistrationCreateManyInput[] = [];
  initiatives: Prisma.InitiativeCreateManyInput[] = [];
  versions: Prisma.RegistrationVersionCreateManyInput[] = [];
  reviews: Prisma.RegistrationReviewCreateManyInput[] = [];
  audit: Prisma.AuditLogCreateManyInput[] = [];

  constructor(
    private unitNames: Map<string, string>,
    private userNames: Map<string, string>,
  ) {}

  campaign(
    data: Prisma.CampaignCreateManyInput & { id: string },
    opts: { units: string[]; milestoneDays?: string[]; milestones?: MilestoneSpec[]; criteria?: { collective: string[]; individual: string[] } },
  ) {
    this.campaigns.push(data);
    SIX_FIELDS.forEach((name, i) => this.fields.push({ id: `${data.id}-f${i + 1}`, campaignId: data.id, name, sortOrder: i + 1 }));
    opts.milestoneDays?.forEach((day, i) => {
      const m = (opts.milestones ?? MILESTONES)[i];
      this.milestones.push({ id: `${data.id}-m${i + 1}`, campaignId: data.id, ...m, dueAt: dueAtForBeforeDay(day), sortOrder: i + 1 });
    });
    for (const u of opts.units) this.campaignUnits.push({ campaignId: data.id, unitId: unitId(u), addedAt: (data.publishedAt as Date | null | undefined) ?? new Date() });
    opts.criteria?.collective.forEach((content, i) => this.criteria.push({ campaignId: data.id, participantType: "COLLECTIVE", content, sortOrder: i + 1 }));
    opts.criteria?.individual.forEach((content, i) => this.criteria.push({ campaignId: data.id, participantType: "INDIVIDUAL", content, sortOrder: i + 1 }));
    if (data.publishedAt) {
      this.audit.push({
        at: data.publishedAt as Date,
        actorId: data.createdById ?? null,
        action: "campaign.publish",
        entityType: "Campaign",
        entityId: data.id,
        unitId: data.issuingUnitId,
        campaignId: data.id,
        summary: `Ban hành kế hoạch ${data.documentNumber}`,
      });
    }
  }

  registration(campaignId: string, registrationDue: Date, spec: RegSpec) {
    const regId = `${campaignId}-reg-${spec.unit}${spec.ownerUser ? `-${spec.ownerUser.replace("demo-user-", "")}` : ""}`;
    const uid = unitId(spec.unit);
    const submits = spec.events.filter((e) => e.action === "SUBMIT");
    const last = spec.events.at(-1);
    const accepted = spec.events.find((e) => e.action === "ACCEPT");
    const returned = spec.status === "RETURNED" ? [...spec.events].reverse().find((e) => e.action === "RETURN") : undefined;
    const late = (at: Date) => at.getTime() >= registrationDue.getTime();

    this.registrations.push({
      id: regId,
      campaignId,
      unitId: uid,
      kind: spec.ownerUser ? "INDIVIDUAL" : "UNIT",
      ownerUserId: spec.ownerUser ?? null,
      ownerKey: spec.ownerUser ?? "UNIT",
      status: spec.status,
      submittedVersion: submits.length,
      firstSubmittedAt: submits[0]?.at ?? null,
      lastSubmittedAt: submits.at(-1)?.at ?? null,
      isLate: submits[0] ? late(submits[0].at) : false,
      returnComment: returned?.comment ?? null,
      acceptedAt: accepted?.at ?? null,
      lockVersion: spec.rows.length + spec.events.length,
      createdById: spec.createdBy,
      updatedById: last?.by ?? spec.createdBy,
      createdAt: spec.createdAt,
      updatedAt: last?.at ?? new Date(spec.createdAt.getTime() + 30 * 60_000),
    });

    const snapshotRows: RegistrationSnapshot["rows"] = [];
    // Sorted by field, then in the order given (the order of Mẫu 1).
    const ordered = spec.rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.f - b.r.f || a.i - b.i);
    ordered.forEach(({ r }, i) => {
      const id = `${regId}-i${i + 1}`;
      const fieldId = `${campaignId}-f${r.f}`;
      const ownerType: InitiativeOwnerType = r.owners ? "INDIVIDUALS" : "UNIT";
      const typicalAt = r.typical && accepted ? new Date(accepted.at.getTime() + 26 * 3600_000) : null;
      this.initiatives.push({
        id,
        registrationId: regId,
        campaignId,
        unitId: uid,
        fieldId,
        content: r.content,
        type: r.type,
        ownerType,
        ownerNames: r.owners ?? null,
        expectedCompletion: date(r.done),
        note: r.note ?? null,
        level: r.level,
        sortOrder: i + 1,
        isTypical: !!typicalAt,
        typicalMarkedAt: typicalAt,
        typicalMarkedById: typicalAt ? DIRECTOR : null,
        createdAt: new Date(spec.createdAt.getTime() + (i + 1) * 5 * 60_000),
        updatedAt: new Date(spec.createdAt.getTime() + (i + 1) * 5 * 60_000),
      });
      if (typicalAt) {
        this.audit.push({
          at: typicalAt,
          actorId: DIRECTOR,
          action: "initiative.mark_typical",
          entityType: "Initiative",
          entityId: id,
          unitId: uid,
          campaignId,
          summary: "Chọn là mô hình, giải pháp, sáng kiến tiêu biểu",
        });
      }
      snapshotRows.push({
        initiativeId: id,
        fieldId,
        fieldName: SIX_FIELDS[r.f - 1],
        fieldOrder: r.f,
        content: r.content,
        type: r.type,
        ownerType,
        ownerNames: r.owners ?? null,
        expectedCompletion: r.done,
        note: r.note ?? null,
        level: r.level,
      });
    });

    const snapshot: RegistrationSnapshot = {
      unitName: this.unitNames.get(uid) ?? uid,
      ownerName: spec.ownerUser ? (this.userNames.get(spec.ownerUser) ?? null) : null,
      rows: snapshotRows,
    };
    for (const s of submits) {
      this.versions.push({
        registrationId: regId,
        versionNo: s.versionNo,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        submittedAt: s.at,
        submittedById: s.by,
        isLate: late(s.at),
      });
    }
    const formName = spec.ownerUser ? `Mẫu 1 của cá nhân ${snapshot.ownerName}` : "Mẫu 1";
    for (const e of spec.events) {
      this.reviews.push({
        registrationId: regId,
        versionNo: e.versionNo,
        action: e.action,
        comment: e.comment ?? null,
        actorId: e.by,
        createdAt: e.at,
      });
      const verb = e.action === "SUBMIT" ? "Nộp" : e.action === "ACCEPT" ? "Tiếp nhận" : e.action === "RETURN" ? "Trả lại" : "Xác nhận";
      this.audit.push({
        at: e.at,
        actorId: e.by,
        action: `registration.${e.action.toLowerCase()}`,
        entityType: "Registration",
        entityId: regId,
        unitId: uid,
        campaignId,
        after: { status: e.action === "SUBMIT" ? "SUBMITTED" : e.action === "ACCEPT" ? "ACCEPTED" : "RETURNED", versionNo: e.versionNo },
        summary:
          e.action === "RETURN"
            ? `Trả lại ${formName} (phiên bản ${e.versionNo}) để chỉnh sửa: ${e.comment ?? ""}`.trim()
            : `${verb} ${formName} (phiên bản ${e.versionNo})${e.action === "SUBMIT" && late(e.at) ? " — trễ hạn" : ""}`,
      });
    }
  }
}

/** Campaign 1128/KH-SQHKT (2022, finished registration) and a campaign of the current year (partly filled). */
export async function seedDemoCampaigns(prisma: Db, today: Date) {
  const [units, users] = await Promise.all([
    prisma.unit.findMany({ where: { id: { startsWith: "demo-" } }, select: { id: true, name: true } }),
    prisma.user.findMany({ where: { id: { startsWith: "demo-user-" } }, select: { id: true, fullName: true } }),
  ]);
  const rows = new Rows(new Map(units.map((u) => [u.id, u.name])), new Map(users.map((u) => [u.id, u.fullName])));

  // ---- 2022: 1018/KH-UBND → 1128/KH-SQHKT
  rows.campaign(
    {
      id: DEMO_CAMPAIGN_IDS.city2022,
      documentNumber: "1018/KH-UBND",
      issuedOn: date("2022-04-05"),
      year: 2022,
      issuingUnitId: unitId("city"),
      signerName: "Võ Văn Hoan",
      signerTitle: "Phó Chủ tịch",
      title: TITLE_1018,
      theme: THEME_2022,
      legalBases: null,
      purpose: null,
      participantsText: "Các sở, ban, ngành Thành phố; Ủy ban nhân dân các quận, huyện, thành phố Thủ Đức và các tập thể, cá nhân thuộc các cơ quan, đơn vị trên địa bàn Thành phố.",
      registrationLevels: ["CITY"],
      startsOn: date("2022-04-05"),
      endsOn: date("2022-12-31"),
      status: "PUBLISHED",
      publishedAt: vnAt("2022-04-05", "16:00"),
      createdById: userId("quantri"),
      createdAt: vnAt("2022-04-05", "15:00"),
      receivingUnitId: unitId("snv"),
    },
    { units: ["snv", "sqhkt"], milestones: CITY_MILESTONES, milestoneDays: ["2022-04-21"] },
  );
  rows.campaign(
    {
      id: DEMO_CAMPAIGN_IDS.sqhkt2022,
      documentNumber: "1128/KH-SQHKT",
      issuedOn: date("2022-04-14"),
      year: 2022,
      issuingUnitId: unitId("sqhkt"),
      signerName: "Nguyễn Thanh Nhã",
      signerTitle: "Giám đốc",
      title: TITLE_1128,
      theme: THEME_2022,
      legalBases: LEGAL_BASES_1128,
      purpose: PURPOSE_1128,
      participantsText: PARTICIPANTS_1128,
      registrationLevels: ["CITY", "DEPARTMENT"],
      startsOn: date("2022-04-14"),
      endsOn: date("2022-12-31"),
      status: "PUBLISHED",
      publishedAt: vnAt("2022-04-14", "09:00"),
      parentCampaignId: DEMO_CAMPAIGN_IDS.city2022,
      createdById: OFFICE_USER,
      createdAt: vnAt("2022-04-13", "14:00"),
    },
    {
      units: [...SQHKT_OFFICES],
      milestoneDays: ["2022-04-18", "2022-04-20", "2022-06-10", "2022-06-20", "2022-11-10", "2022-12-20", "2022-12-20", "2022-12-01"],
      criteria: { collective: COLLECTIVE_CRITERIA_1128, individual: INDIVIDUAL_CRITERIA_1128 },
    },
  );
  const due2022 = dueAtForBeforeDay("2022-04-18");
  for (const spec of registrations2022()) rows.registration(DEMO_CAMPAIGN_IDS.sqhkt2022, due2022, spec);

  // ---- the current year, relative to today (Vietnam calendar)
  const todayDay = vnDayOf(today);
  const year = Number(todayDay.slice(0, 4));
  const endsOn = `${year + 1}-12-31`;
  const issued = addDays(todayDay, -20);
  const clamp = (day: string) => (day > endsOn ? endsOn : day < issued ? issued : day);
  const rel = (n: number) => clamp(addDays(todayDay, n));
  const cityIssued = addDays(todayDay, -30);
  const themeCurrent = `Đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân, doanh nghiệp trong vận hành chính quyền địa phương hai cấp năm ${year}`;

  rows.campaign(
    {
      id: DEMO_CAMPAIGN_IDS.cityCurrent,
      documentNumber: "986/KH-UBND",
      issuedOn: date(cityIssued),
      year,
      issuingUnitId: unitId("city"),
      signerName: "Võ Văn Hoan",
      signerTitle: "Phó Chủ tịch",
      title: `Kế hoạch phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính trên địa bàn Thành phố Hồ Chí Minh năm ${year}`,
      theme: themeCurrent,
      participantsText: "Các sở, ban, ngành Thành phố; Ủy ban nhân dân các phường, xã, đặc khu và các tập thể, cá nhân thuộc các cơ quan, đơn vị trên địa bàn Thành phố.",
      registrationLevels: ["CITY"],
      startsOn: date(cityIssued),
      endsOn: date(endsOn),
      status: "PUBLISHED",
      publishedAt: vnAt(cityIssued, "16:00"),
      createdById: userId("quantri"),
      createdAt: vnAt(cityIssued, "15:00"),
      receivingUnitId: unitId("snv"),
    },
    { units: ["snv", "sqhkt"], milestones: CITY_MILESTONES, milestoneDays: [rel(8)] },
  );
  rows.campaign(
    {
      id: DEMO_CAMPAIGN_IDS.sqhktCurrent,
      documentNumber: "1045/KH-SQHKT",
      issuedOn: date(issued),
      year,
      issuingUnitId: unitId("sqhkt"),
      signerName: "Nguyễn Thanh Nhã",
      signerTitle: "Giám đốc",
      title: `Kế hoạch phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính tại Sở Quy hoạch - Kiến trúc năm ${year}`,
      theme: themeCurrent,
      legalBases: [
        `Kế hoạch số 986/KH-UBND ngày ${cityIssued.slice(8, 10)}/${cityIssued.slice(5, 7)}/${cityIssued.slice(0, 4)} của Ủy ban nhân dân Thành phố về phát động phong trào thi đua về cải cách hành chính năm ${year}`,
        `Kế hoạch số 2033/KH-SQHKT ngày 04/4/2021 của Sở Quy hoạch - Kiến trúc về thực hiện chương trình cải cách hành chính và giải pháp nâng cao chỉ số cải cách hành chính tại Sở Quy hoạch - Kiến trúc giai đoạn 2020 - 2025`,
      ].join("\n"),
      purpose: PURPOSE_1128,
      participantsText: PARTICIPANTS_1128,
      registrationLevels: ["CITY", "DEPARTMENT"],
      startsOn: date(issued),
      endsOn: date(endsOn),
      status: "PUBLISHED",
      publishedAt: vnAt(issued, "10:00"),
      parentCampaignId: DEMO_CAMPAIGN_IDS.cityCurrent,
      createdById: OFFICE_USER,
      createdAt: vnAt(addDays(issued, -1), "14:00"),
    },
    {
      units: [...SQHKT_OFFICES],
      milestoneDays: [rel(-2), rel(5), rel(60), rel(70), rel(200), rel(240), rel(240), rel(220)],
      criteria: {
        collective: COLLECTIVE_CRITERIA_1128.map((c) => c.replaceAll("2022", String(year))),
        individual: [
          `Thực hiện đột phá các nội dung, nhiệm vụ cải cách hành chính năm ${year} của Sở; trọng tâm là nâng cao sự hài lòng của người dân và doanh nghiệp.`,
          INDIVIDUAL_CRITERIA_1128[1],
          `Có mô hình, sáng kiến, giải pháp, cách làm hay, hiệu quả trong thực hiện cải cách hành chính theo chủ đề năm ${year} của Thành phố.`,
        ],
      },
    },
  );
  const dueCurrent = dueAtForBeforeDay(rel(-2));
  for (const spec of registrationsCurrent(todayDay)) {
    spec.rows = spec.rows.map((r) => ({ ...r, done: clamp(r.done) }));
    rows.registration(DEMO_CAMPAIGN_IDS.sqhktCurrent, dueCurrent, spec);
  }

  const results = addProgress(rows, DEMO_CAMPAIGN_IDS.sqhkt2022, DEMO_CAMPAIGN_IDS.sqhktCurrent);

  // ---- write: parents before children, one short transaction
  await prisma.$transaction(async (tx) => {
    const parents = rows.campaigns.filter((c) => !c.parentCampaignId);
    await tx.campaign.createMany({ data: parents });
    await tx.campaign.createMany({ data: rows.campaigns.filter((c) => c.parentCampaignId) });
    await tx.campaignCriterion.createMany({ data: rows.criteria });
    await tx.reformField.createMany({ data: rows.fields });
    await tx.milestone.createMany({ data: rows.milestones });
    await tx.campaignUnit.createMany({ data: rows.campaignUnits });
    await tx.registration.createMany({ data: rows.registrations });
    await tx.initiative.createMany({ data: rows.initiatives });
    await tx.initiativeResult.createMany({ data: results });
    await tx.registrationVersion.createMany({ data: rows.versions });
    await tx.registrationReview.createMany({ data: rows.reviews });
    await tx.auditLog.createMany({ data: rows.audit.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()) });
  });
}

// ---------------------------------------------------------------- progress and results

/** Concrete figures per reform field (1..6), in the spirit of the reports of file 000. */
const FIGURES: Record<number, { indicator: string; unitOfMeasure: string; before: number | null; after: number; source: string }[]> = {
  1: [{ indicator: "Văn bản quy phạm pháp luật được rà soát", unitOfMeasure: "văn bản", before: null, after: 46, source: "Báo cáo rà soát của Sở" }],
  2: [
    { indicator: "Tỷ lệ hồ sơ giải quyết đúng hạn", unitOfMeasure: "%", before: 92, after: 99, source: "Hệ thống thông tin giải quyết thủ tục hành chính" },
    { indicator: "Thời gian giải quyết trung bình một hồ sơ", unitOfMeasure: "ngày", before: 15, after: 9.5, source: "Phần mềm một cửa điện tử" },
  ],
  3: [{ indicator: "Đầu mối phòng, ban sau sắp xếp", unitOfMeasure: "đầu mối", before: 12, after: 10, source: "Quyết định sắp xếp tổ chức bộ máy" }],
  4: [{ indicator: "Công chức được đánh giá qua phần mềm", unitOfMeasure: "%", before: 40, after: 100, source: "Phần mềm đánh giá công chức" }],
  5: [{ indicator: "Kinh phí tiết kiệm chi thường xuyên", unitOfMeasure: "triệu đồng", before: null, after: 385, source: "Báo cáo quyết toán" }],
  6: [
    { indicator: "Hồ sơ tiếp nhận trực tuyến toàn trình", unitOfMeasure: "%", before: 35, after: 78, source: "Cổng dịch vụ công Thành phố" },
    { indicator: "Lượt tra cứu thông tin quy hoạch trực tuyến", unitOfMeasure: "lượt/tháng", before: 12000, after: 31500, source: "Cổng thông tin quy hoạch" },
  ],
};

const DROPPED_REASON = "Dừng thực hiện do thay đổi chức năng, nhiệm vụ sau sắp xếp tổ chức bộ máy; nội dung được chuyển sang đơn vị khác theo dõi.";

/**
 * 2022 (the year is over): most initiatives completed with figures, a few still in progress, one dropped.
 * Current year: accepted forms' initiatives have started; some have a first figure.
 */
function addProgress(rows: Rows, finishedCampaignId: string, currentCampaignId: string): Prisma.InitiativeResultCreateManyInput[] {
  const results: Prisma.InitiativeResultCreateManyInput[] = [];
  const field = (fieldId: string) => Number(fieldId.slice(fieldId.lastIndexOf("-f") + 2));
  const accepted = new Set(rows.registrations.filter((r) => r.status === "ACCEPTED").map((r) => r.id));
  let i = 0;
  for (const ini of rows.initiatives) {
    if (ini.campaignId === finishedCampaignId) {
      i++;
      const expected = ini.expectedCompletion as Date;
      const updated = new Date(Math.min(expected.getTime(), Date.parse("2022-11-05T03:00:00Z")));
      if (i % 13 === 6) {
        Object.assign(ini, { progress: "DROPPED", droppedReason: DROPPED_REASON, progressUpdatedAt: updated });
        continue;
      }
      if (i % 5 === 3) {
        Object.assign(ini, { progress: "IN_PROGRESS", progressNote: "Đang hoàn thiện, dự kiến đưa vào vận hành chính thức trong quý I năm sau.", progressUpdatedAt: updated });
        continue;
      }
      Object.assign(ini, { progress: "COMPLETED", completedOn: new Date(`${updated.toISOString().slice(0, 10)}T00:00:00Z`), progressUpdatedAt: updated });
      (FIGURES[field(ini.fieldId as string)] ?? []).forEach((f, k) =>
        results.push({ initiativeId: ini.id as string, indicator: f.indicator, unitOfMeasure: f.unitOfMeasure, valueBefore: f.before, valueAfter: f.after, source: f.source, sortOrder: k + 1 }),
      );
    } else if (ini.campaignId === currentCampaignId && accepted.has(ini.registrationId as string)) {
      i++;
      Object.assign(ini, { progress: i % 2 ? "IN_PROGRESS" : "NOT_STARTED", progressUpdatedAt: i % 2 ? new Date() : null });
    }
  }
  return results;
}
