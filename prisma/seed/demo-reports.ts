/**
 * Demo reports of plan 1128/KH-SQHKT (2022), loaded after prisma/seed/demo-campaigns.ts: the offices'
 * mid-term reports (Mẫu 2 + Đề cương) in a realistic mix — accepted, submitted on time, one late, one
 * returned with a comment, one still a draft, one not started — and three final reports. Versions are
 * frozen with the same snapshot builder as a real submission (lib/reports/snapshot.ts), so the demo
 * reads exactly like reports written in the portal. The office's consolidated report is left to write.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { SubmissionStatus, ReportPhase } from "../../lib/generated/prisma/enums";
import type { Db } from "../../lib/db/open";
import { loadReportSource } from "../../lib/reports/context";
import { buildReportSnapshot } from "../../lib/reports/snapshot";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { DEMO_CAMPAIGN_IDS } from "./demo-campaigns";

const OFFICE_USER = "demo-user-vanphong";

/** "yyyy-MM-dd HH:mm" Vietnam time → instant. */
const vn = (s: string) => new Date(`${s.replace(" ", "T")}:00+07:00`);

interface ReportSpec {
  unit: string; // demo unit key
  head: string; // demo username of the unit head
  phase: ReportPhase;
  status: SubmissionStatus;
  submittedAt?: string;
  returned?: { at: string; comment: string };
  acceptedAt?: string;
  sections: { situation: string; currentState: string; strengths: string; limitations: string; lessons: string };
}

const COMMON = {
  strengths:
    "Lãnh đạo đơn vị quan tâm, trực tiếp chỉ đạo; công chức chủ động đề xuất cách làm mới; các mô hình gắn với nhiệm vụ chuyên môn nên dễ duy trì.",
  limitations:
    "Một số nội dung phụ thuộc vào hạ tầng công nghệ thông tin dùng chung của Thành phố nên tiến độ còn chậm; việc đo lường kết quả chưa thống nhất giữa các bộ phận.",
  lessons:
    "Phân công rõ người, rõ việc, rõ thời hạn, rõ kết quả; theo dõi tiến độ hằng tháng; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.",
};

const situation = (name: string, task: string) =>
  `${name} có chức năng tham mưu cho Giám đốc Sở về ${task}. Đơn vị có đội ngũ công chức trẻ, được đào tạo chuyên sâu; khối lượng hồ sơ, thủ tục hành chính lớn và yêu cầu thời gian giải quyết ngày càng rút ngắn.`;
const currentState = (name: string) =>
  `Thực hiện Kế hoạch số 1128/KH-SQHKT, ${name} đã quán triệt đến toàn thể công chức, xây dựng kế hoạch triển khai, phân công chủ trì từng mô hình, giải pháp đã đăng ký và định kỳ báo cáo tiến độ tại giao ban hằng tháng.`;

const SPECS: ReportSpec[] = [
  { unit: "qhkv1", head: "truongphong.qhkv1", phase: "MIDTERM", status: "ACCEPTED", submittedAt: "2022-06-06 14:30", acceptedAt: "2022-06-07 09:15", sections: { situation: situation("Phòng Quy hoạch khu vực 1", "quy hoạch đô thị tại khu vực 1"), currentState: currentState("Phòng Quy hoạch khu vực 1"), ...COMMON } },
  { unit: "qhkv1", head: "truongphong.qhkv1", phase: "FINAL", status: "ACCEPTED", submittedAt: "2022-11-07 10:00", acceptedAt: "2022-11-08 15:00", sections: { situation: situation("Phòng Quy hoạch khu vực 1", "quy hoạch đô thị tại khu vực 1"), currentState: currentState("Phòng Quy hoạch khu vực 1"), ...COMMON } },
  { unit: "qhkv2", head: "truongphong.qhkv2", phase: "MIDTERM", status: "ACCEPTED", submittedAt: "2022-06-07 09:20", acceptedAt: "2022-06-08 14:00", sections: { situation: situation("Phòng Quy hoạch khu vực 2", "quy hoạch đô thị tại khu vực 2"), currentState: currentState("Phòng Quy hoạch khu vực 2"), ...COMMON } },
  { unit: "qhht", head: "truongphong.qhht", phase: "MIDTERM", status: "ACCEPTED", submittedAt: "2022-06-08 16:05", acceptedAt: "2022-06-09 10:30", sections: { situation: situation("Phòng Quy hoạch hạ tầng kỹ thuật", "quy hoạch hạ tầng kỹ thuật đô thị"), currentState: currentState("Phòng Quy hoạch hạ tầng kỹ thuật"), ...COMMON } },
  { unit: "kt", head: "truongphong.kt", phase: "MIDTERM", status: "RETURNED", submittedAt: "2022-06-06 11:00", returned: { at: "2022-06-07 15:45", comment: "Đề nghị bổ sung số liệu cụ thể (trước và sau khi áp dụng) tại mục IV đối với mô hình số hóa hồ sơ cấp phép." }, sections: { situation: situation("Phòng Kiến trúc", "quản lý kiến trúc, cảnh quan đô thị"), currentState: currentState("Phòng Kiến trúc"), ...COMMON } },
  { unit: "qlqh", head: "truongphong.qlqh", phase: "MIDTERM", status: "SUBMITTED", submittedAt: "2022-06-09 17:10", sections: { situation: situation("Phòng Quản lý quy hoạch - kiến trúc", "quản lý quy hoạch, kiến trúc"), currentState: currentState("Phòng Quản lý quy hoạch - kiến trúc"), ...COMMON } },
  { unit: "khtc", head: "truongphong.khtc", phase: "MIDTERM", status: "ACCEPTED", submittedAt: "2022-06-08 08:40", acceptedAt: "2022-06-09 09:00", sections: { situation: situation("Phòng Kế hoạch - Tài chính", "kế hoạch, tài chính, đầu tư công"), currentState: currentState("Phòng Kế hoạch - Tài chính"), ...COMMON } },
  { unit: "ttra", head: "chanhthanhtra", phase: "MIDTERM", status: "SUBMITTED", submittedAt: "2022-06-10 09:15", sections: { situation: situation("Thanh tra Sở", "thanh tra, giải quyết khiếu nại, tố cáo"), currentState: currentState("Thanh tra Sở"), ...COMMON } },
  { unit: "vp", head: "chanhvanphong", phase: "MIDTERM", status: "ACCEPTED", submittedAt: "2022-06-09 10:00", acceptedAt: "2022-06-09 16:20", sections: { situation: situation("Văn phòng Sở", "tổng hợp, hành chính, cải cách hành chính"), currentState: currentState("Văn phòng Sở"), ...COMMON } },
  { unit: "ttttdv", head: "giamdoc.tttt", phase: "MIDTERM", status: "DRAFT", sections: { situation: situation("Trung tâm Thông tin và Dịch vụ Quy hoạch", "cung cấp thông tin và dịch vụ quy hoạch"), currentState: "", strengths: "", limitations: "", lessons: "" } },
  { unit: "qhkv2", head: "truongphong.qhkv2", phase: "FINAL", status: "ACCEPTED", submittedAt: "2022-11-08 10:30", acceptedAt: "2022-11-09 08:45", sections: { situation: situation("Phòng Quy hoạch khu vực 2", "quy hoạch đô thị tại khu vực 2"), currentState: currentState("Phòng Quy hoạch khu vực 2"), ...COMMON } },
  { unit: "khtc", head: "truongphong.khtc", phase: "FINAL", status: "SUBMITTED", submittedAt: "2022-11-09 15:00", sections: { situation: situation("Phòng Kế hoạch - Tài chính", "kế hoạch, tài chính, đầu tư công"), currentState: currentState("Phòng Kế hoạch - Tài chính"), ...COMMON } },
];

const DUE: Record<ReportPhase, Date> = { MIDTERM: dueAtForBeforeDay("2022-06-10"), FINAL: dueAtForBeforeDay("2022-11-10") };
const PHASE_NAME: Record<ReportPhase, string> = { MIDTERM: "báo cáo sơ kết", FINAL: "báo cáo tổng kết" };

export async function seedDemoReports(prisma: Db) {
  const campaignId = DEMO_CAMPAIGN_IDS.sqhkt2022;
  const campaign = await prisma.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuedOn: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
      milestones: { select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true } },
      units: { select: { unitId: true } },
    },
  });
  const heads = new Map((await prisma.user.findMany({ where: { id: { in: SPECS.map((s) => `demo-user-${s.head}`) } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));

  await prisma.$transaction(async (tx) => {
    for (const s of SPECS) {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: `demo-${s.unit}` }, select: { id: true, name: true, path: true } });
      const headId = `demo-user-${s.head}`;
      const submitted = s.submittedAt ? vn(s.submittedAt) : null;
      const late = !!submitted && submitted >= DUE[s.phase];
      const created = submitted ? new Date(submitted.getTime() - 2 * 86_400_000) : vn(s.phase === "MIDTERM" ? "2022-06-05 08:30" : "2022-11-05 08:30");
      const last = s.acceptedAt ? vn(s.acceptedAt) : s.returned ? vn(s.returned.at) : (submitted ?? created);
      const report = await tx.report.create({
        data: {
          campaignId,
          unitId: unit.id,
          phase: s.phase,
          status: s.status,
          submittedVersion: submitted ? 1 : 0,
          firstSubmittedAt: submitted,
          lastSubmittedAt: submitted,
          isLate: late,
          returnComment: s.returned?.comment ?? null,
          acceptedAt: s.acceptedAt ? vn(s.acceptedAt) : null,
          ...s.sections,
          lockVersion: submitted ? 3 : 1,
          createdById: headId,
          updatedById: s.acceptedAt || s.returned ? OFFICE_USER : headId,
          createdAt: created,
          updatedAt: last,
        },
      });
      const audit: Prisma.AuditLogCreateManyInput[] = [
        { at: created, actorId: headId, action: "report.create", entityType: "Report", entityId: report.id, unitId: unit.id, campaignId, summary: `Lập nháp ${PHASE_NAME[s.phase]} (Mẫu 2 + Đề cương)` },
      ];
      if (submitted) {
        const src = await loadReportSource(tx, { unit, campaign, phase: s.phase });
        const snapshot = buildReportSnapshot(src, { dueAt: DUE[s.phase], confirmedBy: { id: headId, name: heads.get(headId) ?? s.head, at: submitted } });
        await tx.reportVersion.create({
          data: { reportId: report.id, versionNo: 1, snapshot: snapshot as unknown as Prisma.InputJsonValue, submittedAt: submitted, submittedById: headId, isLate: late },
        });
        await tx.reportReview.create({ data: { reportId: report.id, versionNo: 1, action: "SUBMIT", actorId: headId, createdAt: submitted } });
        audit.push({ at: submitted, actorId: headId, action: "report.submit", entityType: "Report", entityId: report.id, unitId: unit.id, campaignId, summary: `Nộp ${PHASE_NAME[s.phase]} (phiên bản 1)${late ? " — trễ hạn" : ""}` });
      }
      if (s.returned) {
        const at = vn(s.returned.at);
        await tx.reportReview.create({ data: { reportId: report.id, versionNo: 1, action: "RETURN", comment: s.returned.comment, actorId: OFFICE_USER, createdAt: at } });
        audit.push({ at, actorId: OFFICE_USER, action: "report.return", entityType: "Report", entityId: report.id, unitId: unit.id, campaignId, summary: `Trả lại ${PHASE_NAME[s.phase]} của ${unit.name} (phiên bản 1) để chỉnh sửa: ${s.returned.comment}` });
      }
      if (s.acceptedAt) {
        const at = vn(s.acceptedAt);
        await tx.reportReview.create({ data: { reportId: report.id, versionNo: 1, action: "ACCEPT", actorId: OFFICE_USER, createdAt: at } });
        audit.push({ at, actorId: OFFICE_USER, action: "report.accept", entityType: "Report", entityId: report.id, unitId: unit.id, campaignId, summary: `Tiếp nhận ${PHASE_NAME[s.phase]} của ${unit.name} (phiên bản 1)` });
      }
      await tx.auditLog.createMany({ data: audit });
    }
  });
}
