/**
 * Demo awards (issue 5), loaded after the campaigns and reports of prisma/seed/demo-campaigns.ts and
 * demo-reports.ts. Fixed ids, because the journeys address them directly (see the briefing):
 * - four award forms: three of Sở QH-KT (Giấy khen của Giám đốc Sở, Tập thể lao động xuất sắc,
 *   Chiến sĩ thi đua cơ sở) and one of the City (Bằng khen của Chủ tịch UBND Thành phố: beyond the
 *   Sở's authority), each with its criteria, dossier documents and its own voting rule;
 * - the councils: Sở QH-KT (7 members) and the City (3 members), each member also holding
 *   COUNCIL_MEMBER on the organisation; the City's emulation office (noivu);
 * - current-year proposals in every state, a session being voted openly, a secret ballot not yet
 *   started, a closed session with frozen tallies waiting for the decision and for the forwarding;
 * - 2022: a closed session and decision 125/QĐ-SQHKT awarding four Giấy khen.
 * Criteria checks are computed with the same pure rules as a real submission (lib/awards/criteria.ts)
 * and tallies are frozen with decide() (lib/council/rules.ts). The database triggers are respected:
 * votes are written while the session is VOTING, then the tallies frozen, then the session CLOSED.
 * Every proposal past the draft has its three dossier documents, drafted by the portal's own
 * generator ("Tạo bản thảo", lib/awards/dossier-drafts.ts), stored as evidence files under
 * EVIDENCE_DIR, locked by the first submission and cited by every frozen version.
 */
import { createHash, randomInt, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { AwardCriterionKind, AwardProposalStatus, CouncilPosition, DossierDocumentKind, ParticipantType, PerformanceRating, VoteChoice } from "../../lib/generated/prisma/enums";
import type { Db } from "../../lib/db/open";
import { evaluateCriteria, failsHardCriterion, type CriterionResult, type PortalFacts } from "../../lib/awards/criteria";
import { DOCX_MIME, dossierDraftDocx } from "../../lib/awards/dossier-drafts";
import { loadNomineeInitiatives } from "../../lib/awards/facts";
import { DOCUMENT_KIND_LABELS } from "../../lib/awards/labels";
import type { DraftKind } from "../../lib/awards/proposals/dossier-text";
import { GENERATED_DESCRIPTION } from "../../lib/awards/proposals/schemas";
import { unitSymbol } from "../../lib/documents/nd30/model";
import type { SnapshotDocument } from "../../lib/awards/proposals/snapshot";
import { formatFileSize } from "../../lib/evidence/limits";
import { newStorageKey, pathOfKey, removeStored } from "../../lib/evidence/storage";
import { decide, describeRule, type VotingRule } from "../../lib/council/rules";
import { dueAtForBeforeDay, inputToCalendarDate, vnDayOf } from "../../lib/time/vn";
import { DEMO_CAMPAIGN_IDS } from "./demo-campaigns";

export const DEMO_AWARD_IDS = {
  formGk: "demo-award-form-gk",
  formTldxs: "demo-award-form-tldxs",
  formCstdcs: "demo-award-form-cstdcs",
  formBkTp: "demo-award-form-bk-tp",
  sessionVoting: "demo-session-voting",
  sessionSecret: "demo-session-secret",
  sessionClosed: "demo-session-closed",
  session2022: "demo-session-2022",
  decision2022: "demo-decision-2022",
} as const;

const unitId = (key: string) => `demo-${key}`;
const userId = (username: string) => `demo-user-${username}`;
const OFFICE = userId("thuongtruc.tdkt");
const DIRECTOR = userId("giamdoc");

/** The instant of a Vietnam wall-clock time: vnAt("2022-04-18", "09:30"). */
function vnAt(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(dueAtForBeforeDay(day).getTime() + (h * 60 + m) * 60_000);
}
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);
const DECISION_AT = vnAt("2022-12-28", "16:00");
/** The documents the portal drafts, in the order of the forms' requirements. */
const DRAFTED: DraftKind[] = ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"];

// ---------------------------------------------------------------- accounts

interface NewUser {
  username: string;
  fullName: string;
  jobTitle: string;
  unit: string;
  roles: { role: "COUNCIL_MEMBER" | "UNIT_STAFF"; unit: string }[];
}

/** Accounts added for the awards (same demo password as the others: the hash is reused). */
export const DEMO_AWARD_USERS: NewUser[] = [
  { username: "phogiamdoc", fullName: "Lương Hoài Nam", jobTitle: "Phó Giám đốc Sở", unit: "sqhkt", roles: [{ role: "COUNCIL_MEMBER", unit: "sqhkt" }] },
  { username: "congdoan", fullName: "Vũ Thị Thanh Xuân", jobTitle: "Chủ tịch Công đoàn cơ sở Sở Quy hoạch - Kiến trúc", unit: "vp", roles: [{ role: "COUNCIL_MEMBER", unit: "sqhkt" }] },
  // A person of Phòng QHKV2 (co-author of its 2022 initiative), nominated as an individual.
  { username: "canbo.qhkv2", fullName: "Trần Thị Thanh Tâm", jobTitle: "Chuyên viên", unit: "qhkv2", roles: [{ role: "UNIT_STAFF", unit: "qhkv2" }] },
  { username: "hoidong.tp1", fullName: "Đinh Quang Khải", jobTitle: "Phó Chủ tịch Ủy ban nhân dân Thành phố, Chủ tịch Hội đồng Thi đua - Khen thưởng Thành phố", unit: "city", roles: [{ role: "COUNCIL_MEMBER", unit: "city" }] },
  { username: "hoidong.tp2", fullName: "Phạm Thị Hồng Nhung", jobTitle: "Giám đốc Sở Nội vụ, Ủy viên Hội đồng Thi đua - Khen thưởng Thành phố", unit: "snv", roles: [{ role: "COUNCIL_MEMBER", unit: "city" }] },
  { username: "hoidong.tp3", fullName: "Võ Đình Khoa", jobTitle: "Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ", unit: "snv", roles: [{ role: "COUNCIL_MEMBER", unit: "city" }] },
];

/** The council of Sở QH-KT, in its order. */
const SQHKT_COUNCIL: { username: string; position: CouncilPosition }[] = [
  { username: "giamdoc", position: "CHAIR" },
  { username: "phogiamdoc", position: "VICE_CHAIR" },
  { username: "chanhvanphong", position: "SECRETARY" },
  { username: "hoidong", position: "MEMBER" },
  { username: "chanhthanhtra", position: "MEMBER" },
  { username: "truongphong.khtc", position: "MEMBER" },
  { username: "congdoan", position: "MEMBER" },
];
const CITY_COUNCIL: { username: string; position: CouncilPosition }[] = [
  { username: "hoidong.tp1", position: "CHAIR" },
  { username: "hoidong.tp2", position: "MEMBER" },
  { username: "hoidong.tp3", position: "MEMBER" },
];
const POSITION_OF = new Map(SQHKT_COUNCIL.map((m) => [m.username, m.position]));

// ---------------------------------------------------------------- award forms

type FormKey = "gk" | "tldxs" | "cstdcs" | "bktp";

interface CriterionSpec {
  type: ParticipantType | null;
  kind: AwardCriterionKind;
  hard: boolean;
  content: string;
  /** INITIATIVE_RECOGNISED: the level of recognition decisions that count (absent: any level). */
  level?: "CITY" | "DEPARTMENT";
}

interface FormSpec {
  id: string;
  organisation: string;
  name: string;
  description: string;
  recipientTypes: ParticipantType[];
  rule: VotingRule;
  criteria: CriterionSpec[];
  documents: { kind: DossierDocumentKind; name: string; required: boolean }[];
}

const STANDARD_DOCUMENTS: FormSpec["documents"] = [
  { kind: "PROPOSAL_LETTER", name: "Tờ trình đề nghị khen thưởng của đơn vị", required: true },
  { kind: "MEETING_MINUTES", name: "Biên bản họp xét thi đua, khen thưởng của đơn vị", required: true },
  { kind: "ACHIEVEMENT_REPORT", name: "Báo cáo thành tích có xác nhận của Thủ trưởng đơn vị", required: true },
];

const FORMS: Record<FormKey, FormSpec> = {
  gk: {
    id: "demo-award-form-gk",
    organisation: "sqhkt",
    name: "Giấy khen của Giám đốc Sở",
    description:
      "Tặng tập thể, cá nhân thuộc Sở và người dân, doanh nghiệp có thành tích trong phong trào thi đua cải cách hành chính (Điều 75 Luật Thi đua, khen thưởng năm 2022).",
    recipientTypes: ["COLLECTIVE", "INDIVIDUAL", "CITIZEN"],
    rule: { quorum: { numerator: 2, denominator: 3, strict: false }, threshold: { numerator: 1, denominator: 2, strict: true }, thresholdBase: "MEMBERS" },
    criteria: [
      { type: "COLLECTIVE", kind: "RATING_AT_LEAST_GOOD", hard: true, content: "Tập thể hoàn thành tốt nhiệm vụ trở lên trong năm." },
      { type: "COLLECTIVE", kind: "INITIATIVE_REGISTERED", hard: false, content: "Có đăng ký mô hình, giải pháp, sáng kiến cải cách hành chính trong phong trào thi đua." },
      { type: "COLLECTIVE", kind: "REPORTS_ON_TIME", hard: false, content: "Thực hiện đầy đủ, đúng hạn chế độ báo cáo sơ kết, tổng kết phong trào thi đua." },
      { type: "COLLECTIVE", kind: "NO_DISCIPLINE", hard: true, content: "Người đứng đầu đơn vị không bị xử lý kỷ luật trong năm." },
      { type: "INDIVIDUAL", kind: "RATING_AT_LEAST_GOOD", hard: true, content: "Cá nhân được xếp loại hoàn thành tốt nhiệm vụ trở lên." },
      { type: "INDIVIDUAL", kind: "NO_DISCIPLINE", hard: true, content: "Không bị xử lý kỷ luật trong năm." },
      { type: "INDIVIDUAL", kind: "DECLARED", hard: false, content: "Có thành tích tiêu biểu hoặc sáng kiến, cách làm hay được áp dụng trong cải cách hành chính tại đơn vị." },
      // Người dân, doanh nghiệp: the criteria of file 004 (Quận 12), the idea checked by the portal (issue 14).
      { type: "CITIZEN", kind: "DECLARED", hard: true, content: "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước." },
      { type: "CITIZEN", kind: "DECLARED", hard: false, content: "Tích cực hợp tác cùng cơ quan, chính quyền; tham gia sử dụng dịch vụ công trực tuyến." },
      { type: "CITIZEN", kind: "DECLARED", hard: false, content: "Tham gia đánh giá mức độ hài lòng đối với việc giải quyết thủ tục hành chính." },
      { type: "CITIZEN", kind: "DECLARED", hard: false, content: "Phản ánh kịp thời, trung thực những hành vi sai trái, nhũng nhiễu, gây khó khăn của cán bộ, công chức, viên chức trong thi hành công vụ." },
      { type: "CITIZEN", kind: "PUBLIC_IDEA_ACCEPTED", hard: false, content: "Có hiến kế, giải pháp đóng góp tích cực cho việc thực hiện cải cách hành chính (hiến kế được ghi nhận trong phong trào)." },
    ],
    documents: STANDARD_DOCUMENTS,
  },
  tldxs: {
    id: "demo-award-form-tldxs",
    organisation: "sqhkt",
    name: "Tập thể lao động xuất sắc",
    description: "Danh hiệu thi đua xét tặng hằng năm cho tập thể tiêu biểu trong số các tập thể đạt danh hiệu Tập thể lao động tiên tiến (Điều 27 Luật Thi đua, khen thưởng năm 2022).",
    recipientTypes: ["COLLECTIVE"],
    rule: { quorum: { numerator: 2, denominator: 3, strict: false }, threshold: { numerator: 2, denominator: 3, strict: false }, thresholdBase: "VOTES_CAST" },
    criteria: [
      { type: null, kind: "RATING_EXCELLENT", hard: true, content: "Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, thực hiện tốt các nghĩa vụ." },
      { type: null, kind: "INITIATIVE_REGISTERED", hard: true, content: "Có phong trào thi đua thường xuyên, thiết thực, hiệu quả: có mô hình, giải pháp, sáng kiến cải cách hành chính đăng ký." },
      { type: null, kind: "INITIATIVE_COMPLETED", hard: false, content: "Có mô hình, giải pháp, sáng kiến hoàn thành, đưa vào áp dụng." },
      { type: null, kind: "DECLARED", hard: true, content: "100% cá nhân hoàn thành nhiệm vụ, trong đó ít nhất 70% hoàn thành tốt hoặc xuất sắc nhiệm vụ; có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở." },
      { type: null, kind: "NO_DISCIPLINE", hard: true, content: "Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên; nội bộ đoàn kết." },
    ],
    documents: STANDARD_DOCUMENTS,
  },
  cstdcs: {
    id: "demo-award-form-cstdcs",
    organisation: "sqhkt",
    name: "Chiến sĩ thi đua cơ sở",
    description: "Danh hiệu thi đua xét tặng hằng năm cho cá nhân đạt danh hiệu Lao động tiên tiến và có sáng kiến được công nhận (Điều 23 Luật Thi đua, khen thưởng năm 2022).",
    recipientTypes: ["INDIVIDUAL"],
    rule: { quorum: { numerator: 2, denominator: 3, strict: false }, threshold: { numerator: 2, denominator: 3, strict: false }, thresholdBase: "MEMBERS" },
    criteria: [
      { type: null, kind: "RATING_EXCELLENT", hard: true, content: "Hoàn thành xuất sắc nhiệm vụ trong năm." },
      { type: null, kind: "DECLARED", hard: true, content: "Đạt danh hiệu Lao động tiên tiến." },
      { type: null, kind: "DECLARED", hard: true, content: "Có sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận hoặc giải pháp công tác được áp dụng có hiệu quả." },
      { type: null, kind: "NO_DISCIPLINE", hard: true, content: "Không bị xử lý kỷ luật trong năm." },
    ],
    documents: STANDARD_DOCUMENTS,
  },
  bktp: {
    id: "demo-award-form-bk-tp",
    organisation: "city",
    name: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố",
    description: "Tặng tập thể, cá nhân có thành tích xuất sắc, tiêu biểu trong phong trào thi đua cải cách hành chính của Thành phố (Điều 73 Luật Thi đua, khen thưởng năm 2022).",
    recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
    rule: { quorum: { numerator: 2, denominator: 3, strict: false }, threshold: { numerator: 9, denominator: 10, strict: false }, thresholdBase: "VOTES_CAST" },
    criteria: [
      { type: null, kind: "RATING_EXCELLENT", hard: true, content: "Hoàn thành xuất sắc nhiệm vụ trong năm." },
      {
        type: "COLLECTIVE",
        kind: "INITIATIVE_RECOGNISED",
        level: "CITY",
        hard: false,
        content: "Có mô hình, giải pháp, sáng kiến được công nhận tiêu biểu, có khả năng nhân rộng trên địa bàn Thành phố.",
      },
      { type: null, kind: "DECLARED", hard: true, content: "Có thành tích xuất sắc, tiêu biểu được bình xét trong phong trào thi đua cải cách hành chính của Thành phố." },
      { type: null, kind: "NO_DISCIPLINE", hard: true, content: "Không bị xử lý kỷ luật trong năm; nội bộ đoàn kết." },
    ],
    documents: [...STANDARD_DOCUMENTS, { kind: "OTHER", name: "Tóm tắt thành tích (phụ lục kèm tờ trình của Sở)", required: false }],
  },
};

const criterionId = (form: FormKey, i: number) => `${FORMS[form].id}-c${i + 1}`;

// ---------------------------------------------------------------- proposals

type Nominee = { type: "COLLECTIVE"; unit: string } | { type: "INDIVIDUAL"; user: string } | { type: "CITIZEN"; name: string; detail: string; business: boolean };

interface ProposalSpec {
  id: string;
  campaign: string;
  unit: string;
  head: string; // the unit head who confirms and submits
  createdBy?: string;
  form: FormKey;
  nominee: Nominee;
  status: AwardProposalStatus;
  rating: PerformanceRating | null;
  noDiscipline: boolean | null;
  /** Answers to DECLARED criteria by index in the form's criteria (default: true). */
  answers?: Record<number, boolean>;
  achievements: string;
  createdAt: Date;
  /** Submissions; a RETURN between two of them. */
  submits: Date[];
  returned?: { at: Date; comment: string };
  admittedAt?: Date;
  justification?: string;
  decision?: { certificateNo: number };
}

const ACH = {
  draftQhkv1:
    "Phòng Quy hoạch khu vực 1 chủ trì thẩm định 42 đồ án, nhiệm vụ quy hoạch chi tiết; rút ngắn thời gian thẩm định nhiệm vụ quy hoạch chi tiết còn 15 ngày làm việc; đang tích hợp dữ liệu quy hoạch phân khu vào nền tảng bản đồ số dùng chung của Thành phố.",
  submittedTam:
    "Bà Trần Thị Thanh Tâm trực tiếp xây dựng bộ video hướng dẫn chuẩn bị hồ sơ trực tuyến (12 video, hơn 18.000 lượt xem); tỷ lệ hồ sơ trực tuyến phải bổ sung của Phòng giảm từ 31% xuống 12%; 100% hồ sơ được giao giải quyết đúng hạn.",
  hardKt:
    "Phòng Kiến trúc đã tham mưu dự thảo quy định quản lý kiến trúc nhà ở riêng lẻ tại các phường sau sắp xếp và xây dựng thư viện mẫu thiết kế nhà ở điển hình; tuy nhiên trong năm còn 7 hồ sơ chấp thuận phương án kiến trúc giải quyết trễ hạn.",
  admittedQlqh:
    "Phòng Quản lý quy hoạch - kiến trúc đưa vào vận hành trợ lý ảo trả lời câu hỏi thường gặp về thông tin quy hoạch (trung bình 2.300 lượt hỏi/tháng); tiếp nhận và trả kết quả cung cấp thông tin quy hoạch hoàn toàn trực tuyến; giảm 60% chi phí in ấn bản vẽ nhờ bản vẽ điện tử có chữ ký số.",
  admittedMai:
    "Bà Võ Thị Mai là tác giả sổ tay hướng dẫn tra cứu hồ sơ quy hoạch lưu trữ và bảng tính tự động kiểm tra thành phần hồ sơ, được Hội đồng sáng kiến Sở công nhận; giải quyết 186 hồ sơ, 100% đúng hạn; 3 năm liền đạt danh hiệu Lao động tiên tiến.",
  scheduledVp:
    "Văn phòng Sở triển khai ký số và phát hành văn bản điện tử đối với 100% văn bản đi; đánh giá, xếp loại công chức hằng tháng trên phần mềm; Bộ phận một cửa đạt tỷ lệ hài lòng 98,6% qua khảo sát bằng mã QR.",
  scheduledLan:
    "Bà Huỳnh Ngọc Lan chỉ đạo xây dựng cơ sở dữ liệu cao độ nền và thoát nước mưa phục vụ thẩm định quy hoạch; ban hành phiếu hướng dẫn một lần đối với hồ sơ thỏa thuận đấu nối hạ tầng kỹ thuật, giảm số lần bổ sung hồ sơ từ 2,4 xuống 1,1 lần/hồ sơ.",
  scheduledTttt:
    "Trung tâm Thông tin và Dịch vụ Quy hoạch duy trì tổng đài giải đáp thông tin quy hoạch (hơn 9.000 cuộc gọi), nâng cấp ứng dụng tra cứu thông tin quy hoạch trên thiết bị di động với 31.500 lượt tra cứu mỗi tháng; mô hình được thực hiện cùng Văn phòng Sở nên chưa đăng ký riêng trên Mẫu 1.",
  secretHong:
    "Bà Ngô Thị Hồng chủ trì đề xuất và triển khai trợ lý ảo thông tin quy hoạch; sáng kiến được Hội đồng sáng kiến Sở công nhận; Phòng giải quyết 100% hồ sơ đúng hạn, không có khiếu nại.",
  approvedTuan:
    "Ông Hoàng Minh Tuấn chủ trì ứng dụng trí tuệ nhân tạo phân tích ảnh vệ tinh phục vụ theo dõi thực hiện quy hoạch; hướng dẫn 5 đề tài nghiên cứu cấp cơ sở; Viện hoàn thành 100% nhiệm vụ được giao đúng tiến độ.",
  approvedVien:
    "Viện Nghiên cứu Quy hoạch - Kiến trúc đô thị hoàn thành 14 đồ án, đề án nghiên cứu được giao; ứng dụng mô hình 3D và BIM trong lập đồ án thiết kế đô thị; thành lập tổ tư vấn chuyên môn hỗ trợ các phòng thẩm định đồ án quy hoạch.",
  approvedCity:
    "Phòng Quản lý quy hoạch - kiến trúc là đơn vị dẫn đầu phong trào thi đua cải cách hành chính của Sở: mô hình số hóa hồ sơ thông tin quy hoạch, cung cấp thông tin quy hoạch trực tuyến được Ủy ban nhân dân Thành phố chọn nhân rộng; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%.",
  rejectedThang:
    "Ông Bùi Đức Thắng chủ trì tham mưu quy chế quản lý kiến trúc và biên soạn bộ câu hỏi - đáp phục vụ tập huấn công chức cấp phường; trong năm Phòng còn hồ sơ giải quyết trễ hạn.",
  y2022Qhkv1:
    "Năm 2022, Phòng Quy hoạch khu vực 1 rút ngắn thời gian thẩm định đồ án quy hoạch chi tiết tỷ lệ 1/500 còn 20 ngày làm việc; ứng dụng bản đồ số quy hoạch trên nền tảng GIS; hai mô hình được công nhận tiêu biểu cấp Thành phố.",
  y2022Mai:
    "Năm 2022, bà Võ Thị Mai biên soạn sổ tay hướng dẫn tra cứu hồ sơ quy hoạch lưu trữ dành cho công chức mới và bảng tính tự động kiểm tra thành phần hồ sơ đề nghị thẩm định quy hoạch; hoàn thành xuất sắc nhiệm vụ.",
  y2022Qlqh:
    "Năm 2022, Phòng Quản lý quy hoạch - kiến trúc số hóa hồ sơ thông tin quy hoạch, cung cấp thông tin quy hoạch trực tuyến qua Cổng thông tin (mô hình tiêu biểu cấp Thành phố); công khai quy trình bằng mã QR.",
  y2022Tam:
    "Năm 2022, bà Trần Thị Thanh Tâm đồng tác giả cơ sở dữ liệu đồ án quy hoạch phân khu tỷ lệ 1/2000 khu vực 2; tích cực lấy ý kiến cộng đồng dân cư trực tuyến về đồ án quy hoạch.",
};

function currentProposals(today: string): ProposalSpec[] {
  const c = DEMO_CAMPAIGN_IDS.sqhktCurrent;
  const d = (n: number, hhmm: string) => vnAt(addDays(today, n), hhmm);
  return [
    {
      id: "demo-proposal-draft", campaign: c, unit: "qhkv1", head: "truongphong.qhkv1", createdBy: "canbo.qhkv1", form: "gk",
      nominee: { type: "COLLECTIVE", unit: "qhkv1" }, status: "DRAFT", rating: "GOOD", noDiscipline: null,
      achievements: ACH.draftQhkv1, createdAt: d(-3, "15:20"), submits: [],
    },
    {
      id: "demo-proposal-submitted", campaign: c, unit: "qhkv2", head: "truongphong.qhkv2", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "canbo.qhkv2" }, status: "SUBMITTED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.submittedTam, createdAt: d(-5, "09:00"), submits: [d(-2, "10:15")],
    },
    {
      id: "demo-proposal-hard", campaign: c, unit: "kt", head: "truongphong.kt", form: "gk",
      nominee: { type: "COLLECTIVE", unit: "kt" }, status: "SUBMITTED", rating: "COMPLETED", noDiscipline: true,
      achievements: ACH.hardKt, createdAt: d(-4, "08:45"), submits: [d(-1, "16:30")],
    },
    {
      id: "demo-proposal-admitted-1", campaign: c, unit: "qlqh", head: "truongphong.qlqh", form: "tldxs",
      nominee: { type: "COLLECTIVE", unit: "qlqh" }, status: "ADMITTED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.admittedQlqh, createdAt: d(-9, "08:30"), submits: [d(-8, "10:00"), d(-6, "14:00")],
      returned: { at: d(-7, "09:30"), comment: "Đề nghị bổ sung biên bản họp xét thi đua của Phòng (có chữ ký của chủ trì và thư ký cuộc họp)." },
      admittedAt: d(-5, "08:40"),
    },
    {
      id: "demo-proposal-admitted-2", campaign: c, unit: "qhkv1", head: "truongphong.qhkv1", form: "cstdcs",
      nominee: { type: "INDIVIDUAL", user: "canbo.qhkv1" }, status: "ADMITTED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.admittedMai, createdAt: d(-8, "09:30"), submits: [d(-6, "16:00")], admittedAt: d(-4, "10:20"),
    },
    {
      id: "demo-proposal-scheduled-1", campaign: c, unit: "vp", head: "chanhvanphong", form: "tldxs",
      nominee: { type: "COLLECTIVE", unit: "vp" }, status: "SCHEDULED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.scheduledVp, createdAt: d(-12, "14:00"), submits: [d(-11, "09:00")], admittedAt: d(-9, "15:00"),
    },
    {
      id: "demo-proposal-scheduled-2", campaign: c, unit: "qhht", head: "truongphong.qhht", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "truongphong.qhht" }, status: "SCHEDULED", rating: "GOOD", noDiscipline: true,
      achievements: ACH.scheduledLan, createdAt: d(-12, "10:00"), submits: [d(-10, "11:30")], admittedAt: d(-9, "15:10"),
    },
    {
      id: "demo-proposal-scheduled-3", campaign: c, unit: "ttttdv", head: "giamdoc.tttt", form: "tldxs",
      nominee: { type: "COLLECTIVE", unit: "ttttdv" }, status: "SCHEDULED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.scheduledTttt, createdAt: d(-12, "08:30"), submits: [d(-10, "15:45")], admittedAt: d(-9, "15:30"),
      justification:
        "Trung tâm chưa đăng ký riêng mô hình trên Mẫu 1 vì các mô hình tổng đài và ứng dụng tra cứu thông tin quy hoạch được đăng ký chung trong Mẫu 1 của Văn phòng Sở (Trung tâm là đơn vị thực hiện chính, có xác nhận của Chánh Văn phòng). Thường trực đề nghị Hội đồng xem xét.",
    },
    {
      id: "demo-proposal-secret-1", campaign: c, unit: "qlqh", head: "truongphong.qlqh", form: "cstdcs",
      nominee: { type: "INDIVIDUAL", user: "truongphong.qlqh" }, status: "SCHEDULED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.secretHong, createdAt: d(-11, "09:15"), submits: [d(-10, "08:50")], admittedAt: d(-8, "14:00"),
    },
    {
      id: "demo-proposal-approved-1", campaign: c, unit: "vien", head: "vientruong", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "vientruong" }, status: "APPROVED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.approvedTuan, createdAt: d(-15, "09:00"), submits: [d(-14, "10:00")], admittedAt: d(-12, "09:00"),
    },
    {
      id: "demo-proposal-approved-2", campaign: c, unit: "vien", head: "vientruong", form: "gk",
      nominee: { type: "COLLECTIVE", unit: "vien" }, status: "APPROVED", rating: "GOOD", noDiscipline: true,
      achievements: ACH.approvedVien, createdAt: d(-15, "09:30"), submits: [d(-14, "10:05")], admittedAt: d(-12, "09:10"),
    },
    {
      id: "demo-proposal-approved-city", campaign: c, unit: "qlqh", head: "truongphong.qlqh", form: "bktp",
      nominee: { type: "COLLECTIVE", unit: "qlqh" }, status: "APPROVED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.approvedCity, createdAt: d(-16, "14:00"), submits: [d(-14, "15:00")], admittedAt: d(-12, "09:20"),
    },
    {
      id: "demo-proposal-rejected", campaign: c, unit: "kt", head: "truongphong.kt", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "truongphong.kt" }, status: "REJECTED", rating: "GOOD", noDiscipline: true,
      achievements: ACH.rejectedThang, createdAt: d(-15, "11:00"), submits: [d(-13, "09:30")], admittedAt: d(-12, "09:30"),
    },
  ];
}

function proposals2022(): ProposalSpec[] {
  const c = DEMO_CAMPAIGN_IDS.sqhkt2022;
  return [
    {
      id: "demo-proposal-2022-qhkv1", campaign: c, unit: "qhkv1", head: "truongphong.qhkv1", form: "gk",
      nominee: { type: "COLLECTIVE", unit: "qhkv1" }, status: "AWARDED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.y2022Qhkv1, createdAt: vnAt("2022-11-28", "09:00"), submits: [vnAt("2022-12-01", "10:00")], admittedAt: vnAt("2022-12-05", "09:00"),
      decision: { certificateNo: 1 },
    },
    {
      id: "demo-proposal-2022-qlqh", campaign: c, unit: "qlqh", head: "truongphong.qlqh", form: "gk",
      nominee: { type: "COLLECTIVE", unit: "qlqh" }, status: "AWARDED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.y2022Qlqh, createdAt: vnAt("2022-11-29", "14:00"), submits: [vnAt("2022-12-02", "09:15")], admittedAt: vnAt("2022-12-05", "09:10"),
      decision: { certificateNo: 2 },
    },
    {
      id: "demo-proposal-2022-canbo-qhkv1", campaign: c, unit: "qhkv1", head: "truongphong.qhkv1", createdBy: "canbo.qhkv1", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "canbo.qhkv1" }, status: "AWARDED", rating: "EXCELLENT", noDiscipline: true,
      achievements: ACH.y2022Mai, createdAt: vnAt("2022-11-28", "09:30"), submits: [vnAt("2022-12-01", "10:05")], admittedAt: vnAt("2022-12-05", "09:20"),
      decision: { certificateNo: 3 },
    },
    {
      id: "demo-proposal-2022-canbo-qhkv2", campaign: c, unit: "qhkv2", head: "truongphong.qhkv2", form: "gk",
      nominee: { type: "INDIVIDUAL", user: "canbo.qhkv2" }, status: "AWARDED", rating: "GOOD", noDiscipline: true,
      achievements: ACH.y2022Tam, createdAt: vnAt("2022-11-30", "10:00"), submits: [vnAt("2022-12-02", "16:00")], admittedAt: vnAt("2022-12-05", "09:30"),
      decision: { certificateNo: 4 },
    },
  ];
}

// ---------------------------------------------------------------- sessions

interface SessionSpec {
  id: string;
  campaign: string;
  title: string;
  meetingAt: Date;
  location: string;
  agenda: string;
  ballotMode: "OPEN" | "SECRET";
  final: "VOTING" | "CLOSED";
  secretary: string | null;
  convened: string[];
  present: string[];
  votingOpenedAt: Date;
  closedAt?: Date;
  /** Per agenda item: the proposal and each present member's choice (open ballot). */
  items: { proposal: string; votes: Record<string, VoteChoice> }[];
}

const ALL_SQHKT = SQHKT_COUNCIL.map((m) => m.username);
const agreeAll = (who: string[]): Record<string, VoteChoice> => Object.fromEntries(who.map((u) => [u, "AGREE" as VoteChoice]));

function sessions(today: string, now: Date): SessionSpec[] {
  const c = DEMO_CAMPAIGN_IDS.sqhktCurrent;
  // The open ballot started about an hour ago, on the half hour.
  const startOpen = new Date(Math.floor((now.getTime() - 60 * 60_000) / (30 * 60_000)) * 30 * 60_000);
  const closedDay = addDays(today, -3);
  const presentClosed = ALL_SQHKT.filter((u) => u !== "congdoan");
  return [
    {
      id: DEMO_AWARD_IDS.sessionClosed,
      campaign: c,
      title: "Phiên họp Hội đồng Thi đua - Khen thưởng Sở xét khen thưởng phong trào thi đua cải cách hành chính (đợt 1)",
      meetingAt: vnAt(closedDay, "14:00"),
      location: "Phòng họp số 1, Sở Quy hoạch - Kiến trúc",
      agenda: "1. Thường trực Hội đồng báo cáo kết quả kiểm tra hồ sơ đề nghị khen thưởng.\n2. Hội đồng thảo luận, biểu quyết từng trường hợp.\n3. Thống nhất danh sách trình Giám đốc Sở quyết định và danh sách đề nghị Ủy ban nhân dân Thành phố khen thưởng.",
      ballotMode: "OPEN",
      final: "CLOSED",
      secretary: "chanhvanphong",
      convened: ALL_SQHKT,
      present: presentClosed,
      votingOpenedAt: vnAt(closedDay, "14:20"),
      closedAt: vnAt(closedDay, "15:40"),
      items: [
        { proposal: "demo-proposal-approved-1", votes: { ...agreeAll(presentClosed), "truongphong.khtc": "DISAGREE" } },
        { proposal: "demo-proposal-approved-2", votes: agreeAll(presentClosed) },
        { proposal: "demo-proposal-approved-city", votes: agreeAll(presentClosed) },
        {
          proposal: "demo-proposal-rejected",
          votes: { giamdoc: "DISAGREE", phogiamdoc: "AGREE", chanhvanphong: "AGREE", hoidong: "ABSTAIN", chanhthanhtra: "DISAGREE", "truongphong.khtc": "AGREE" },
        },
      ],
    },
    {
      id: DEMO_AWARD_IDS.sessionVoting,
      campaign: c,
      title: "Phiên họp Hội đồng Thi đua - Khen thưởng Sở xét khen thưởng phong trào thi đua cải cách hành chính (đợt 2)",
      meetingAt: startOpen,
      location: "Phòng họp số 1, Sở Quy hoạch - Kiến trúc (kết hợp trực tuyến)",
      agenda: "1. Thường trực Hội đồng báo cáo kết quả kiểm tra hồ sơ.\n2. Hội đồng biểu quyết công khai từng trường hợp.",
      ballotMode: "OPEN",
      final: "VOTING",
      secretary: "chanhvanphong",
      convened: ALL_SQHKT,
      present: ["phogiamdoc", "chanhvanphong", "chanhthanhtra"],
      votingOpenedAt: minutes(startOpen, 10),
      items: ["demo-proposal-scheduled-1", "demo-proposal-scheduled-2", "demo-proposal-scheduled-3"].map((proposal) => ({
        proposal,
        votes: agreeAll(["phogiamdoc", "chanhvanphong", "chanhthanhtra"]),
      })),
    },
    {
      id: DEMO_AWARD_IDS.sessionSecret,
      campaign: c,
      title: "Phiên họp xét danh hiệu Chiến sĩ thi đua cơ sở (bỏ phiếu kín)",
      meetingAt: minutes(startOpen, 30),
      location: "Phòng họp số 2, Sở Quy hoạch - Kiến trúc",
      agenda: "Bỏ phiếu kín xét danh hiệu Chiến sĩ thi đua cơ sở.",
      ballotMode: "SECRET",
      final: "VOTING",
      secretary: null,
      convened: ["giamdoc", "hoidong", "congdoan"],
      present: [],
      votingOpenedAt: minutes(startOpen, 35),
      items: [{ proposal: "demo-proposal-secret-1", votes: {} }],
    },
    {
      id: DEMO_AWARD_IDS.session2022,
      campaign: DEMO_CAMPAIGN_IDS.sqhkt2022,
      title: "Phiên họp Hội đồng Thi đua - Khen thưởng Sở xét khen thưởng phong trào thi đua cải cách hành chính năm 2022",
      meetingAt: vnAt("2022-12-15", "14:00"),
      location: "Phòng họp số 1, Sở Quy hoạch - Kiến trúc",
      agenda: "Xét tặng Giấy khen của Giám đốc Sở cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm 2022.",
      ballotMode: "OPEN",
      final: "CLOSED",
      secretary: "chanhvanphong",
      convened: ALL_SQHKT,
      present: ALL_SQHKT,
      votingOpenedAt: vnAt("2022-12-15", "14:15"),
      closedAt: vnAt("2022-12-15", "15:30"),
      items: ["demo-proposal-2022-qhkv1", "demo-proposal-2022-qlqh", "demo-proposal-2022-canbo-qhkv1", "demo-proposal-2022-canbo-qhkv2"].map((proposal, i) => ({
        proposal,
        votes: i === 3 ? { ...agreeAll(ALL_SQHKT), congdoan: "ABSTAIN" } : agreeAll(ALL_SQHKT),
      })),
    },
  ];
}

// ---------------------------------------------------------------- portal facts (what lib/awards/facts.ts reads)

interface FactsSource {
  initiatives: { unitId: string; ownerUserId: string | null; ownerNames: string | null; kind: string; status: string; progress: string; isTypical: boolean; campaignId: string }[];
  reports: { unitId: string; campaignId: string; firstSubmittedAt: Date | null; isLate: boolean; phase: string }[];
  reportDue: Map<string, { phase: string; dueAt: Date }[]>;
}

/**
 * The same counts as lib/awards/facts.ts (the demo offices have no unit below them): a collective's
 * initiatives of accepted forms; an individual's own accepted form and the unit's rows naming them.
 */
function factsFor(src: FactsSource, campaignId: string, at: Date, nominee: { unitId: string } | { userId: string; fullName: string; unitId: string }): PortalFacts {
  const names = (s: string | null) => (s ?? "").split(/[,;]/).map((n) => n.trim());
  const ini = src.initiatives.filter(
    (i) =>
      i.campaignId === campaignId &&
      i.status === "ACCEPTED" &&
      ("userId" in nominee
        ? (i.kind === "INDIVIDUAL" && i.ownerUserId === nominee.userId) || (i.unitId === nominee.unitId && names(i.ownerNames).includes(nominee.fullName))
        : i.unitId === nominee.unitId),
  );
  const reports = src.reports.filter((r) => r.campaignId === campaignId && r.unitId === nominee.unitId && r.firstSubmittedAt !== null);
  const missing = (src.reportDue.get(campaignId) ?? []).filter((m) => m.dueAt <= at && !reports.some((r) => r.phase === m.phase)).length;
  return {
    initiativesRegistered: ini.length,
    initiativesCompleted: ini.filter((i) => i.progress === "COMPLETED").length,
    // Recognition decisions (prisma/seed/demo-appraisal.ts) are all dated after the proposals were submitted.
    initiativesRecognised: 0,
    recognition: { department: 0, city: 0, decisions: [] },
    reportsSubmitted: reports.length,
    reportsLate: reports.filter((r) => r.isLate).length,
    reportsMissing: missing,
  };
}

// ---------------------------------------------------------------- rows

/** Loads the demo awards. `now` fixes "today" (the current-year records are relative to it). */
export async function seedDemoAwards(prisma: Db, now: Date = new Date()) {
  const today = vnDayOf(now);
  const director = await prisma.user.findUniqueOrThrow({ where: { id: DIRECTOR }, select: { passwordHash: true } });

  const users: Prisma.UserCreateManyInput[] = DEMO_AWARD_USERS.map((u) => ({
    id: userId(u.username),
    username: u.username,
    email: `${u.username}@demo.cchc.vn`,
    fullName: u.fullName,
    jobTitle: u.jobTitle,
    passwordHash: director.passwordHash,
    unitId: unitId(u.unit),
  }));
  const roles: Prisma.RoleAssignmentCreateManyInput[] = [
    ...DEMO_AWARD_USERS.flatMap((u) => u.roles.map((r) => ({ userId: userId(u.username), role: r.role, unitId: unitId(r.unit) }))),
    ...SQHKT_COUNCIL.map((m) => ({ userId: userId(m.username), role: "COUNCIL_MEMBER" as const, unitId: unitId("sqhkt") })),
    // The City's emulation office: Sở Nội vụ's officer receives what the departments send up.
    { userId: userId("noivu"), role: "EMULATION_OFFICE", unitId: unitId("city") },
  ];

  const [allUsers, allUnits] = await Promise.all([
    prisma.user.findMany({ where: { id: { startsWith: "demo-user-" } }, select: { id: true, fullName: true, jobTitle: true, unitId: true } }),
    prisma.unit.findMany({ where: { id: { startsWith: "demo-" } }, select: { id: true, name: true, shortName: true, code: true, documentSymbol: true, parent: { select: { name: true } } } }),
  ]);
  const userInfo = new Map(allUsers.map((u) => [u.id, u]));
  const campaignInfo = new Map(
    (
      await prisma.campaign.findMany({
        where: { id: { in: [DEMO_CAMPAIGN_IDS.sqhktCurrent, DEMO_CAMPAIGN_IDS.sqhkt2022] } },
        select: { id: true, documentNumber: true, title: true, year: true, issuingUnitId: true, issuingUnit: { select: { name: true, parent: { select: { name: true } } } } },
      })
    ).map((c) => [
      c.id,
      { id: c.id, documentNumber: c.documentNumber, title: c.title, issuingUnitName: c.issuingUnit.name, issuingUnitId: c.issuingUnitId, year: c.year, issuerParentName: c.issuingUnit.parent?.name ?? "" },
    ]),
  );
  for (const u of DEMO_AWARD_USERS) userInfo.set(userId(u.username), { id: userId(u.username), fullName: u.fullName, jobTitle: u.jobTitle, unitId: unitId(u.unit) });
  const unitName = new Map(allUnits.map((u) => [u.id, u.name]));
  const unitById = new Map(allUnits.map((u) => [u.id, u]));
  const nameOf = (uid: string) => userInfo.get(uid)?.fullName ?? uid;

  // Facts read once for both campaigns.
  const campaignIds = [DEMO_CAMPAIGN_IDS.sqhktCurrent, DEMO_CAMPAIGN_IDS.sqhkt2022];
  const [initiatives, reports, milestones] = await Promise.all([
    prisma.initiative.findMany({
      where: { campaignId: { in: campaignIds } },
      select: { unitId: true, campaignId: true, progress: true, isTypical: true, ownerNames: true, registration: { select: { kind: true, status: true, ownerUserId: true } } },
    }),
    prisma.report.findMany({ where: { campaignId: { in: campaignIds } }, select: { unitId: true, campaignId: true, firstSubmittedAt: true, isLate: true, phase: true } }),
    prisma.milestone.findMany({ where: { campaignId: { in: campaignIds }, kind: { in: ["MIDTERM_REPORT", "FINAL_REPORT"] } }, select: { campaignId: true, kind: true, dueAt: true } }),
  ]);
  const src: FactsSource = {
    initiatives: initiatives.map((i) => ({
      unitId: i.unitId,
      campaignId: i.campaignId,
      progress: i.progress,
      isTypical: i.isTypical,
      ownerNames: i.ownerNames,
      kind: i.registration.kind,
      status: i.registration.status,
      ownerUserId: i.registration.ownerUserId,
    })),
    reports,
    reportDue: new Map(),
  };
  for (const m of milestones) {
    const list = src.reportDue.get(m.campaignId) ?? [];
    list.push({ phase: m.kind === "MIDTERM_REPORT" ? "MIDTERM" : "FINAL", dueAt: m.dueAt });
    src.reportDue.set(m.campaignId, list);
  }

  // ---- forms
  const forms: Prisma.AwardFormCreateManyInput[] = [];
  const criteria: Prisma.AwardCriterionCreateManyInput[] = [];
  const documents: Prisma.AwardDocumentRequirementCreateManyInput[] = [];
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  const formsCreatedAt = vnAt("2022-11-20", "09:00");
  (Object.keys(FORMS) as FormKey[]).forEach((key, fi) => {
    const f = FORMS[key];
    forms.push({
      id: f.id,
      organisationUnitId: unitId(f.organisation),
      name: f.name,
      description: f.description,
      recipientTypes: f.recipientTypes,
      quorumNumerator: f.rule.quorum.numerator,
      quorumDenominator: f.rule.quorum.denominator,
      quorumStrict: f.rule.quorum.strict,
      thresholdNumerator: f.rule.threshold.numerator,
      thresholdDenominator: f.rule.threshold.denominator,
      thresholdStrict: f.rule.threshold.strict,
      thresholdBase: f.rule.thresholdBase,
      sortOrder: fi + 1,
      createdAt: formsCreatedAt,
    });
    f.criteria.forEach((c, i) =>
      criteria.push({
        id: criterionId(key, i),
        awardFormId: f.id,
        recipientType: c.type,
        content: c.content,
        kind: c.kind,
        hard: c.hard,
        recognitionLevel: c.level ?? null,
        sortOrder: i + 1,
      }),
    );
    f.documents.forEach((d, i) => documents.push({ id: `${f.id}-d${i + 1}`, awardFormId: f.id, kind: d.kind, name: d.name, required: d.required, sortOrder: i + 1 }));
    audit.push({
      at: formsCreatedAt,
      actorId: f.organisation === "city" ? userId("noivu") : OFFICE,
      action: "award-form.create",
      entityType: "AwardForm",
      entityId: f.id,
      unitId: unitId(f.organisation),
      summary: `Tạo hình thức khen thưởng "${f.name}"`,
    });
  });

  // ---- council members
  const members: Prisma.CouncilMemberCreateManyInput[] = [];
  const councils: [string, typeof SQHKT_COUNCIL, string][] = [
    ["sqhkt", SQHKT_COUNCIL, OFFICE],
    ["city", CITY_COUNCIL, userId("noivu")],
  ];
  for (const [org, list, actor] of councils) {
    list.forEach((m, i) => {
      members.push({ id: `demo-council-${org}-${m.username}`, organisationUnitId: unitId(org), userId: userId(m.username), position: m.position, sortOrder: i + 1, createdAt: formsCreatedAt });
      audit.push({
        at: formsCreatedAt,
        actorId: actor,
        action: "council-member.add",
        entityType: "CouncilMember",
        entityId: `demo-council-${org}-${m.username}`,
        unitId: unitId(org),
        summary: `Thêm ${nameOf(userId(m.username))} vào Hội đồng Thi đua - Khen thưởng (${m.position === "CHAIR" ? "Chủ tịch Hội đồng" : m.position === "VICE_CHAIR" ? "Phó Chủ tịch Hội đồng" : m.position === "SECRETARY" ? "Ủy viên thư ký" : "Ủy viên"})`,
      });
    });
  }

  // ---- proposals
  const sessionSpecs = sessions(today, now);
  const proposalSpecs = [...currentProposals(today), ...proposals2022()];
  const proposals: Prisma.AwardProposalCreateManyInput[] = [];
  const versions: Prisma.AwardProposalVersionCreateManyInput[] = [];
  const reviews: Prisma.AwardProposalReviewCreateManyInput[] = [];
  const evidence: Prisma.EvidenceFileCreateManyInput[] = [];
  // Files written under EVIDENCE_DIR, removed again if the rows cannot be written.
  const storedKeys: string[] = [];
  for (const p of proposalSpecs) {
    const form = FORMS[p.form];
    const head = userId(p.head);
    const creator = userId(p.createdBy ?? p.head);
    const uid = unitId(p.unit);
    let nomineeUnitId: string | null = null;
    let nomineeUserId: string | null = null;
    let nomineeName: string;
    let nomineeDetail: string | null = null;
    let nomineeIsBusiness = false;
    if (p.nominee.type === "COLLECTIVE") {
      nomineeUnitId = unitId(p.nominee.unit);
      nomineeName = unitName.get(nomineeUnitId) ?? nomineeUnitId;
    } else if (p.nominee.type === "INDIVIDUAL") {
      nomineeUserId = userId(p.nominee.user);
      const u = userInfo.get(nomineeUserId)!;
      nomineeName = u.fullName;
      nomineeDetail = [u.jobTitle, unitName.get(u.unitId)].filter(Boolean).join(", ");
    } else {
      nomineeName = p.nominee.name;
      nomineeDetail = p.nominee.detail;
      nomineeIsBusiness = p.nominee.business;
    }
    const applicable = form.criteria.map((c, i) => ({ c, i })).filter(({ c }) => c.type === null || c.type === p.nominee.type);
    const answers: Record<string, boolean> = {};
    for (const { c, i } of applicable) if (c.kind === "DECLARED") answers[criterionId(p.form, i)] = p.answers?.[i] ?? true;
    const lastSubmit = p.submits.at(-1);
    let check: CriterionResult[] | null = null;
    let facts: PortalFacts | null = null;
    if (lastSubmit) {
      facts =
        p.nominee.type === "CITIZEN"
          ? null
          : factsFor(src, p.campaign, lastSubmit, nomineeUserId ? { userId: nomineeUserId, fullName: nomineeName, unitId: userInfo.get(nomineeUserId)!.unitId } : { unitId: nomineeUnitId! });
      check = evaluateCriteria(
        applicable.map(({ c, i }) => ({ id: criterionId(p.form, i), content: c.content, kind: c.kind, hard: c.hard, recognitionLevel: c.level ?? null })),
        facts,
        { rating: p.rating, noDiscipline: p.noDiscipline, answers },
      );
    }
    const fails = check ? failsHardCriterion(check) : false;
    const admitted = !!p.admittedAt;
    const session = sessionSpecs.find((s) => s.items.some((it) => it.proposal === p.id));
    const decided = session?.final === "CLOSED" ? session.closedAt! : undefined;
    const updatedAt = p.decision ? DECISION_AT : (decided ?? p.admittedAt ?? lastSubmit ?? p.createdAt);
    const data: Prisma.AwardProposalCreateManyInput = {
      id: p.id,
      campaignId: p.campaign,
      unitId: uid,
      awardFormId: form.id,
      nomineeType: p.nominee.type,
      nomineeUnitId,
      nomineeUserId,
      nomineeName,
      nomineeDetail,
      nomineeIsBusiness,
      achievements: p.achievements,
      declaredRating: p.rating,
      declaredNoDiscipline: p.noDiscipline,
      declarations: answers,
      criteriaCheck: check ? (check as unknown as Prisma.InputJsonValue) : undefined,
      failsHardCriterion: fails,
      admissionJustification: p.justification ?? null,
      status: p.status,
      submittedVersion: p.submits.length,
      firstSubmittedAt: p.submits[0] ?? null,
      lastSubmittedAt: lastSubmit ?? null,
      isLate: false,
      returnComment: p.returned?.comment ?? null,
      admittedAt: p.admittedAt ?? null,
      admittedById: admitted ? OFFICE : null,
      decisionId: p.decision ? DEMO_AWARD_IDS.decision2022 : null,
      certificateNo: p.decision?.certificateNo ?? null,
      lockVersion: p.submits.length * 2 + (admitted ? 1 : 0) + (p.returned ? 1 : 0),
      createdById: creator,
      updatedById: admitted ? OFFICE : head,
      createdAt: p.createdAt,
      updatedAt,
    };
    if (data.criteriaCheck === undefined) delete data.criteriaCheck;
    proposals.push(data);
    audit.push({
      at: p.createdAt,
      actorId: creator,
      action: "award-proposal.create",
      entityType: "AwardProposal",
      entityId: p.id,
      unitId: uid,
      campaignId: p.campaign,
      summary: `Lập đề nghị ${form.name} cho ${nomineeName}`,
    });

    // The dossier: the three documents drafted by the portal from the proposal's data ("Tạo bản thảo")
    // shortly before the first submission, locked by it and cited by every submitted version.
    const dossier: SnapshotDocument[] = [];
    if (p.submits.length > 0) {
      const firstSubmit = p.submits[0];
      const draftedAt = new Date(Math.max(p.createdAt.getTime(), minutes(firstSubmit, -30).getTime()));
      const camp = campaignInfo.get(p.campaign)!;
      const unit = unitById.get(uid)!;
      const nomineeRef = { type: p.nominee.type, unitId: nomineeUnitId, userId: nomineeUserId };
      const model = {
        parentBodyName: unit.parent?.name ?? camp.issuerParentName,
        unitName: unit.name,
        unitSymbol: unitSymbol(unit),
        organisationName: camp.issuingUnitName,
        campaign: { documentNumber: camp.documentNumber, title: camp.title, year: camp.year },
        place: "Thành phố Hồ Chí Minh",
        nominee: {
          type: p.nominee.type,
          name: nomineeName,
          detail: nomineeDetail,
          isBusiness: nomineeIsBusiness,
          unitName: nomineeUserId ? (unitName.get(userInfo.get(nomineeUserId)!.unitId) ?? null) : null,
        },
        awardForm: { name: form.name, organisationName: unitName.get(unitId(form.organisation)) ?? form.organisation, withinAuthority: unitId(form.organisation) === camp.issuingUnitId },
        achievements: p.achievements,
        declaredRating: p.rating,
        declaredNoDiscipline: p.noDiscipline,
        criteria: check ?? [],
        facts,
        initiatives: await loadNomineeInitiatives(prisma, p.campaign, nomineeRef, 50),
      };
      const drafts = await Promise.all(DRAFTED.map((kind) => dossierDraftDocx(kind, model)));
      for (const [i, kind] of DRAFTED.entries()) {
        // Written straight to its key (no upload to stage and scan: the bytes are the portal's own).
        const { buffer, fileName } = drafts[i];
        const storageKey = newStorageKey(draftedAt);
        const full = pathOfKey(storageKey);
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, buffer, { flag: "wx", mode: 0o600 });
        storedKeys.push(storageKey);
        const file = { id: `${p.id}-doc-${i + 1}`, kind, fileName, mimeType: DOCX_MIME, sizeBytes: buffer.length, sha256: createHash("sha256").update(buffer).digest("hex") };
        dossier.push(file);
        evidence.push({
          id: file.id,
          awardProposalId: p.id,
          documentKind: kind,
          unitId: uid,
          campaignId: p.campaign,
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey,
          description: GENERATED_DESCRIPTION,
          lockedAt: firstSubmit,
          uploadedById: creator,
          createdAt: minutes(draftedAt, i),
        });
        audit.push({
          at: minutes(draftedAt, i),
          actorId: creator,
          action: "evidence.upload",
          entityType: "EvidenceFile",
          entityId: file.id,
          unitId: uid,
          campaignId: p.campaign,
          after: { id: file.id, fileName, mimeType: DOCX_MIME, sizeBytes: file.sizeBytes, sha256: file.sha256, target: { kind: "award", id: p.id }, replaces: null, documentKind: kind, displaced: [] },
          summary: `Tải lên “${file.fileName}” (${DOCUMENT_KIND_LABELS[kind]}, ${formatFileSize(file.sizeBytes)}) cho hồ sơ đề nghị khen thưởng`,
        });
      }
    }

    const events: { at: Date; action: "SUBMIT" | "RETURN" | "ACCEPT"; versionNo: number; comment?: string; actor: string }[] = [];
    p.submits.forEach((at, i) => events.push({ at, action: "SUBMIT", versionNo: i + 1, actor: head }));
    if (p.returned) events.push({ at: p.returned.at, action: "RETURN", versionNo: 1, comment: p.returned.comment, actor: OFFICE });
    if (p.admittedAt) events.push({ at: p.admittedAt, action: "ACCEPT", versionNo: p.submits.length, comment: p.justification, actor: OFFICE });
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of events) {
      reviews.push({ proposalId: p.id, versionNo: e.versionNo, action: e.action, comment: e.comment ?? null, actorId: e.actor, createdAt: e.at });
      if (e.action === "SUBMIT") {
        versions.push({
          proposalId: p.id,
          versionNo: e.versionNo,
          // The shape of ProposalSnapshot (lib/awards/proposals/snapshot.ts).
          snapshot: {
            campaign: (({ id, documentNumber, title, issuingUnitName }) => ({ id, documentNumber, title, issuingUnitName }))(campaignInfo.get(p.campaign)!),
            unit: { id: uid, name: unitName.get(uid) ?? uid },
            nominee: {
              type: p.nominee.type,
              name: nomineeName,
              detail: nomineeDetail,
              isBusiness: nomineeIsBusiness,
              unitId: nomineeUnitId,
              userId: nomineeUserId,
              unitName: nomineeUserId ? (unitName.get(userInfo.get(nomineeUserId)!.unitId) ?? null) : null,
            },
            awardForm: {
              id: form.id,
              name: form.name,
              organisationName: unitName.get(unitId(form.organisation)) ?? form.organisation,
              withinAuthority: unitId(form.organisation) === campaignInfo.get(p.campaign)!.issuingUnitId,
              ...describeRule(form.rule),
            },
            achievements: p.achievements,
            declaredRating: p.rating,
            declaredNoDiscipline: p.noDiscipline,
            facts,
            criteria: check,
            failsHardCriterion: fails,
            documents: dossier,
            dueAt: null,
            confirmedBy: { id: head, name: nameOf(head), at: e.at.toISOString() },
          } as unknown as Prisma.InputJsonValue,
          submittedAt: e.at,
          submittedById: head,
          isLate: false,
        });
      }
      const summary =
        e.action === "SUBMIT"
          ? `Nộp đề nghị ${form.name} cho ${nomineeName} (phiên bản ${e.versionNo})`
          : e.action === "RETURN"
            ? `Trả lại đề nghị ${form.name} cho ${nomineeName} để bổ sung: ${e.comment}`
            : `Tiếp nhận hồ sơ đề nghị ${form.name} cho ${nomineeName}, đủ điều kiện trình Hội đồng${p.justification ? " (không đạt tiêu chí bắt buộc, có giải trình của Thường trực)" : ""}`;
      audit.push({
        at: e.at,
        actorId: e.actor,
        action: `award-proposal.${e.action === "SUBMIT" ? "submit" : e.action === "RETURN" ? "return" : "admit"}`,
        entityType: "AwardProposal",
        entityId: p.id,
        unitId: uid,
        campaignId: p.campaign,
        after: { status: e.action === "SUBMIT" ? "SUBMITTED" : e.action === "RETURN" ? "RETURNED" : "ADMITTED", versionNo: e.versionNo },
        summary,
      });
    }
  }
  const proposalById = new Map(proposalSpecs.map((p) => [p.id, p]));

  // ---- sessions (written as VOTING; votes; tallies frozen; then CLOSED)
  const sessionRows: Prisma.CouncilSessionCreateManyInput[] = [];
  const sessionMembers: Prisma.CouncilSessionMemberCreateManyInput[] = [];
  const items: Prisma.CouncilAgendaItemCreateManyInput[] = [];
  const votes: Prisma.CouncilVoteCreateManyInput[] = [];
  const freezes: {
    id: string;
    data: { invitedCount: number; presentCount: number; agreeCount: number; disagreeCount: number; abstainCount: number; outcome: string; tallyFrozenAt: Date };
  }[] = [];
  for (const s of sessionSpecs) {
    sessionRows.push({
      id: s.id,
      organisationUnitId: unitId("sqhkt"),
      campaignId: s.campaign,
      title: s.title,
      meetingAt: s.meetingAt,
      location: s.location,
      agenda: s.agenda,
      ballotMode: s.ballotMode,
      status: "VOTING",
      chairUserId: DIRECTOR,
      secretaryUserId: s.secretary ? userId(s.secretary) : null,
      votingOpenedAt: s.votingOpenedAt,
      lockVersion: s.final === "CLOSED" ? 3 : 2,
      createdById: OFFICE,
      createdAt: minutes(s.meetingAt, -3 * 24 * 60),
      updatedAt: s.closedAt ?? s.votingOpenedAt,
    });
    audit.push({
      at: minutes(s.meetingAt, -3 * 24 * 60),
      actorId: OFFICE,
      action: "council-session.create",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: unitId("sqhkt"),
      campaignId: s.campaign,
      summary: `Lập phiên họp "${s.title}" (${s.items.length} đề nghị, ${s.convened.length} thành viên được triệu tập)`,
    });
    audit.push({
      at: s.votingOpenedAt,
      actorId: OFFICE,
      action: "council-session.open",
      entityType: "CouncilSession",
      entityId: s.id,
      unitId: unitId("sqhkt"),
      campaignId: s.campaign,
      summary: `Mở biểu quyết phiên họp "${s.title}"`,
    });
    for (const u of s.convened) {
      const present = s.present.includes(u);
      const presentAt = present ? minutes(s.votingOpenedAt, -5 + s.present.indexOf(u)) : null;
      sessionMembers.push({ sessionId: s.id, userId: userId(u), position: u === "giamdoc" ? "CHAIR" : (POSITION_OF.get(u) ?? "MEMBER"), presentAt });
      if (presentAt) {
        audit.push({
          at: presentAt,
          actorId: userId(u),
          action: "council-session.present",
          entityType: "CouncilSession",
          entityId: s.id,
          unitId: unitId("sqhkt"),
          campaignId: s.campaign,
          summary: `${nameOf(userId(u))} điểm danh có mặt`,
        });
      }
    }
    s.items.forEach((it, i) => {
      const itemId = `${s.id}-item-${i + 1}`;
      items.push({ id: itemId, sessionId: s.id, proposalId: it.proposal, sortOrder: i + 1 });
      const cast = Object.entries(it.votes).filter(([u]) => s.present.includes(u));
      for (const [u, choice] of cast) votes.push({ id: randomUUID(), sessionId: s.id, agendaItemId: itemId, voterKey: userId(u), memberUserId: userId(u), choice });
      if (s.final === "CLOSED") {
        const tally = {
          invited: s.convened.length,
          present: s.present.length,
          agree: cast.filter(([, c]) => c === "AGREE").length,
          disagree: cast.filter(([, c]) => c === "DISAGREE").length,
          abstain: cast.filter(([, c]) => c === "ABSTAIN").length,
        };
        const spec = proposalById.get(it.proposal)!;
        const outcome = decide(FORMS[spec.form].rule, tally).outcome;
        const expected = spec.status === "REJECTED" ? "REJECTED" : "APPROVED";
        if (outcome !== expected) throw new Error(`Demo seed: ${it.proposal} would be ${outcome}, not ${expected}`);
        freezes.push({
          id: itemId,
          data: {
            invitedCount: tally.invited,
            presentCount: tally.present,
            agreeCount: tally.agree,
            disagreeCount: tally.disagree,
            abstainCount: tally.abstain,
            outcome,
            tallyFrozenAt: s.closedAt!,
          },
        });
      }
    });
    if (s.final === "CLOSED") {
      audit.push({
        at: s.closedAt!,
        actorId: DIRECTOR,
        action: "council-session.close",
        entityType: "CouncilSession",
        entityId: s.id,
        unitId: unitId("sqhkt"),
        campaignId: s.campaign,
        summary: `Kết thúc biểu quyết phiên họp "${s.title}"`,
        after: { items: freezes.filter((f) => f.id.startsWith(`${s.id}-item-`)).map((f) => ({ id: f.id, ...f.data })) },
      });
    }
  }

  // ---- 2022 decision
  const decisionAt = DECISION_AT;
  const decision: Prisma.AwardDecisionCreateManyInput = {
    id: DEMO_AWARD_IDS.decision2022,
    organisationUnitId: unitId("sqhkt"),
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    sessionId: DEMO_AWARD_IDS.session2022,
    number: "125/QĐ-SQHKT",
    signedOn: inputToCalendarDate("2022-12-28"),
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    summary: "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính năm 2022",
    createdById: DIRECTOR,
    createdAt: decisionAt,
  };
  audit.push({
    at: decisionAt,
    actorId: DIRECTOR,
    action: "award-decision.create",
    entityType: "AwardDecision",
    entityId: DEMO_AWARD_IDS.decision2022,
    unitId: unitId("sqhkt"),
    campaignId: DEMO_CAMPAIGN_IDS.sqhkt2022,
    summary: "Ghi nhận Quyết định số 125/QĐ-SQHKT ngày 28/12/2022 tặng Giấy khen cho 2 tập thể, 2 cá nhân",
  });

  try {
    await prisma.$transaction(async (tx) => {
      await tx.user.createMany({ data: users });
      await tx.roleAssignment.createMany({ data: roles, skipDuplicates: true });
      await tx.awardForm.createMany({ data: forms });
      await tx.awardCriterion.createMany({ data: criteria });
      await tx.awardDocumentRequirement.createMany({ data: documents });
      await tx.councilMember.createMany({ data: members });
      // Sessions first as VOTING (the ballot triggers accept votes only then), the decision, proposals.
      await tx.councilSession.createMany({ data: sessionRows });
      await tx.awardDecision.createMany({ data: [decision] });
      await tx.awardProposal.createMany({ data: proposals });
      await tx.evidenceFile.createMany({ data: evidence });
      await tx.awardProposalVersion.createMany({ data: versions });
      await tx.awardProposalReview.createMany({ data: reviews });
      await tx.councilSessionMember.createMany({ data: sessionMembers });
      await tx.councilAgendaItem.createMany({ data: items });
      // Stored in a random order, as the portal stores ballots: the row order tells nothing of who voted when.
      for (let i = votes.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [votes[i], votes[j]] = [votes[j], votes[i]];
      }
      await tx.councilVote.createMany({ data: votes });
      // Freeze the tallies (once), then close: a closed session refuses any vote from now on.
      for (const f of freezes) await tx.councilAgendaItem.update({ where: { id: f.id }, data: { ...f.data, outcome: f.data.outcome as "APPROVED" | "REJECTED" | "NO_QUORUM" } });
      for (const s of sessionSpecs.filter((x) => x.final === "CLOSED")) {
        await tx.councilSession.update({ where: { id: s.id }, data: { status: "CLOSED", closedAt: s.closedAt!, closedById: DIRECTOR, updatedAt: s.closedAt! } });
      }
      await tx.auditLog.createMany({ data: audit.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()) });
    });
  } catch (err) {
    await Promise.all(storedKeys.map((k) => removeStored(k).catch(() => {})));
    throw err;
  }
}
