/**
 * Demo data of issue 13 (surveys of file 002, the library of recognised models, replication), loaded after
 * the appraisal demo (prisma/seed/demo-appraisal.ts, which recognises three models of the 2022 plan):
 * - Sở Nội vụ's survey plan for this year (issued on the City by `noivu`), with
 *   · "Đợt 1" CLOSED two months ago: the team (noivu leads, bancd) visited Phòng Kiến trúc, which had sent
 *     its report; both recorded findings; the round's report and a proposal to recognise and replicate
 *     "Rút ngắn thời gian chấp thuận phương án kiến trúc…" (the Sở's director may recognise it from it);
 *   · "Đợt 2" ANNOUNCED: visits next week to Phòng Quy hoạch khu vực 1 (its report still a draft: on
 *     truongphong.qhkv1's Việc cần làm) and to Phòng Quy hoạch khu vực 2;
 * - replication of the GIS map model of Phòng Quy hoạch khu vực 1: Phòng Quy hoạch khu vực 2 adopted and
 *   reported it with figures, Phòng Kiến trúc is applying it; the Sở (vanphong) assigned it to Phòng Quy
 *   hoạch khu vực 2 (fulfilled) and Phòng Quy hoạch hạ tầng kỹ thuật (open, due in three weeks);
 * - the owners' descriptions of the models.
 */
import type { Db } from "../../lib/db/open";
import { dueAtForBeforeDay, vnDayOf } from "../../lib/time/vn";

const unitId = (key: string) => `demo-${key}`;
const userId = (username: string) => `demo-user-${username}`;
const ini = (key: string) => `demo-campaign-1128-2022-reg-${key}`;
const DAY = 86_400_000;

function vnAt(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(dueAtForBeforeDay(day).getTime() + (h * 60 + m) * 60_000);
}
const dayOf = (now: Date, days: number) => vnDayOf(new Date(now.getTime() + days * DAY));
const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`);

export async function seedDemoIssue13(prisma: Db, now: Date = new Date()) {
  const year = Number(vnDayOf(now).slice(0, 4));
  const closedDay = dayOf(now, -60);
  const nextWeek = dayOf(now, 6);
  const nextWeek2 = dayOf(now, 8);
  const model = await prisma.recognisedModel.findUnique({ where: { initiativeId: ini("qhkv1-i3") }, select: { id: true } });

  await prisma.$transaction(async (tx) => {
    await tx.surveyPlan.create({
      data: {
        id: "demo-survey-plan",
        issuingUnitId: unitId("city"),
        documentNumber: `45/KH-SNV`,
        title: `Kế hoạch khảo sát các mô hình, giải pháp, sáng kiến về công tác cải cách hành chính năm ${year}`,
        year,
        startsOn: dateOnly(dayOf(now, -90)),
        endsOn: dateOnly(dayOf(now, 90)),
        purpose:
          "Khảo sát trực tiếp tại một số cơ quan, đơn vị đang áp dụng các mô hình, giải pháp, sáng kiến trong công tác cải cách hành chính; đánh giá kết quả đạt được, hạn chế; làm cơ sở đề xuất công nhận và nhân rộng.",
        createdById: userId("noivu"),
        createdAt: new Date(now.getTime() - 90 * DAY),
      },
    });
    // Đợt 1: closed, with its report and proposals.
    await tx.surveyRound.create({
      data: {
        id: "demo-survey-round-1",
        planId: "demo-survey-plan",
        name: "Đợt 1",
        sortOrder: 0,
        status: "CLOSED",
        announcedAt: new Date(now.getTime() - 75 * DAY),
        closedAt: new Date(now.getTime() - 55 * DAY),
        reportSummary:
          "1. Phòng Kiến trúc (Sở Quy hoạch - Kiến trúc)\n- Rút ngắn thời gian chấp thuận phương án kiến trúc công trình:\n  + Kết quả đạt được: Thời gian giải quyết giảm từ 15 xuống 10 ngày làm việc; 100% hồ sơ đúng hạn trong 6 tháng.\n  + Hạn chế: Chưa liên thông dữ liệu với phần mềm một cửa của phường.\n  + Sự hài lòng của người dân, doanh nghiệp: Tỷ lệ hài lòng 96%. Đoàn đánh giá: tác động rõ rệt.",
        reportAssessment: "Đoàn khảo sát đã làm việc tại 1 đơn vị trong Đợt 1. Mô hình được triển khai đúng như báo cáo, có số liệu minh chứng.",
        reportProposals: "- Đề nghị công nhận và nhân rộng: Rút ngắn thời gian chấp thuận phương án kiến trúc công trình (nhân rộng tại các phòng có thủ tục chấp thuận).",
        reportUpdatedAt: new Date(now.getTime() - 56 * DAY),
        createdAt: new Date(now.getTime() - 80 * DAY),
        team: {
          create: [
            { id: "demo-survey-r1-noivu", userId: userId("noivu"), role: "LEADER", roleNote: "Phòng Cải cách hành chính, Sở Nội vụ" },
            { id: "demo-survey-r1-bancd", userId: userId("bancd"), role: "MEMBER", roleNote: "Tổ công tác Ban Chỉ đạo CCHC" },
          ],
        },
      },
    });
    await tx.surveyVisit.create({
      data: {
        id: "demo-survey-visit-kt",
        roundId: "demo-survey-round-1",
        unitId: unitId("kt"),
        startsAt: vnAt(closedDay, "08:30"),
        endsAt: vnAt(closedDay, "11:00"),
        place: "Phòng họp số 2, Sở Quy hoạch - Kiến trúc",
        contactName: "Trưởng phòng Kiến trúc",
        contactPhone: "028 3932 7777",
        reportDueAt: dueAtForBeforeDay(closedDay),
        icalUid: "demo-survey-visit-kt@thidua-cchc",
        sequence: 0,
        initiatives: { create: [{ initiativeId: ini("kt-i2"), sortOrder: 0 }] },
        report: {
          create: {
            unitId: unitId("kt"),
            status: "SUBMITTED",
            general: "Phòng Kiến trúc có 9 công chức, giải quyết khoảng 300 hồ sơ chấp thuận phương án kiến trúc mỗi năm.",
            submittedAt: new Date(now.getTime() - 62 * DAY),
            submittedById: userId("truongphong.kt"),
            lockVersion: 2,
            parts: {
              create: [
                {
                  initiativeId: ini("kt-i2"),
                  results: "Thời gian giải quyết giảm từ 15 xuống 10 ngày làm việc; 100% hồ sơ đúng hạn trong 6 tháng.",
                  limitations: "Chưa liên thông dữ liệu với phần mềm một cửa của phường.",
                  difficulties: "Nhân sự thẩm định còn mỏng vào cuối năm.",
                  satisfaction: "Khảo sát 120 người nộp hồ sơ qua phiếu điện tử.",
                  satisfactionRate: 96,
                },
              ],
            },
          },
        },
      },
    });
    await tx.surveyFinding.createMany({
      data: [
        {
          visitId: "demo-survey-visit-kt",
          initiativeId: ini("kt-i2"),
          memberId: "demo-survey-r1-noivu",
          achieved: "Số liệu trên phần mềm khớp với báo cáo: 100% hồ sơ đúng hạn.",
          limitations: "Chưa liên thông với phần mềm một cửa của phường.",
          recommendations: "Nhân rộng tại các phòng có thủ tục chấp thuận.",
          satisfactionImpact: "SIGNIFICANT",
        },
        { visitId: "demo-survey-visit-kt", initiativeId: ini("kt-i2"), memberId: "demo-survey-r1-bancd", achieved: "Quy trình rõ, công khai trên Cổng thông tin.", satisfactionImpact: "SIGNIFICANT" },
      ],
    });
    await tx.surveyProposal.create({
      data: { roundId: "demo-survey-round-1", initiativeId: ini("kt-i2"), kind: "REPLICATE", replicateWhere: "các phòng có thủ tục chấp thuận, thẩm định", reason: "Hiệu quả rõ, có số liệu minh chứng.", decidedById: userId("noivu") },
    });
    // Đợt 2: announced, visits next week.
    await tx.surveyRound.create({
      data: {
        id: "demo-survey-round-2",
        planId: "demo-survey-plan",
        name: "Đợt 2",
        sortOrder: 1,
        status: "ANNOUNCED",
        announcedAt: new Date(now.getTime() - 2 * DAY),
        createdAt: new Date(now.getTime() - 5 * DAY),
        team: {
          create: [
            { id: "demo-survey-r2-noivu", userId: userId("noivu"), role: "LEADER", roleNote: "Phòng Cải cách hành chính, Sở Nội vụ" },
            { id: "demo-survey-r2-bancd", userId: userId("bancd"), role: "MEMBER", roleNote: "Tổ công tác Ban Chỉ đạo CCHC" },
            { id: "demo-survey-r2-tttt", userId: userId("giamdoc.tttt"), role: "SECRETARY", roleNote: "Trung tâm Thông tin và Dịch vụ Quy hoạch" },
          ],
        },
      },
    });
    await tx.surveyVisit.create({
      data: {
        id: "demo-survey-visit-qhkv1",
        roundId: "demo-survey-round-2",
        unitId: unitId("qhkv1"),
        startsAt: vnAt(nextWeek, "08:30"),
        endsAt: vnAt(nextWeek, "11:00"),
        place: "Phòng họp tầng 3, Sở Quy hoạch - Kiến trúc",
        contactName: "Trưởng phòng Quy hoạch khu vực 1",
        contactPhone: "028 3932 8888",
        reportDueAt: dueAtForBeforeDay(nextWeek),
        icalUid: "demo-survey-visit-qhkv1@thidua-cchc",
        initiatives: { create: [{ initiativeId: ini("qhkv1-i2"), sortOrder: 0 }, { initiativeId: ini("qhkv1-i3"), sortOrder: 1 }] },
        report: { create: { unitId: unitId("qhkv1"), general: "Phòng có 11 công chức.", lockVersion: 1, updatedById: userId("canbo.qhkv1") } },
      },
    });
    await tx.surveyVisit.create({
      data: {
        id: "demo-survey-visit-qhkv2",
        roundId: "demo-survey-round-2",
        unitId: unitId("qhkv2"),
        startsAt: vnAt(nextWeek2, "14:00"),
        endsAt: vnAt(nextWeek2, "16:30"),
        place: "Phòng họp tầng 3, Sở Quy hoạch - Kiến trúc",
        contactName: "Trưởng phòng Quy hoạch khu vực 2",
        reportDueAt: dueAtForBeforeDay(nextWeek2),
        icalUid: "demo-survey-visit-qhkv2@thidua-cchc",
        initiatives: { create: [{ initiativeId: ini("qhkv2-i3"), sortOrder: 0 }] },
      },
    });

    if (!model) return;
    await tx.recognisedModel.update({
      where: { id: model.id },
      data: {
        description:
          "Bản đồ số quy hoạch trên nền GIS cho phép tra cứu ranh giới, chỉ tiêu quy hoạch theo thửa đất; chuyên viên thẩm định đối chiếu hồ sơ ngay trên bản đồ. Điều kiện áp dụng: dữ liệu đồ án đã số hóa, máy chủ GIS dùng chung của Sở.",
        adoptionCount: 2,
      },
    });
    await tx.modelAdoption.create({
      data: {
        id: "demo-rep-adoption-qhkv2",
        modelId: model.id,
        unitId: unitId("qhkv2"),
        startedOn: dateOnly(dayOf(now, -120)),
        progress: "COMPLETED",
        completedOn: dateOnly(dayOf(now, -20)),
        reportText: "Phòng đã đưa 42 đồ án quy hoạch phân khu của khu vực 2 lên bản đồ số; thời gian tra cứu một hồ sơ giảm từ 2 ngày xuống còn 30 phút.",
        reportedAt: new Date(now.getTime() - 10 * DAY),
        reportedById: userId("truongphong.qhkv2"),
        createdById: userId("truongphong.qhkv2"),
        createdAt: new Date(now.getTime() - 120 * DAY),
        results: {
          create: [
            { indicator: "Thời gian tra cứu thông tin quy hoạch một hồ sơ", unitOfMeasure: "giờ", valueBefore: 16, valueAfter: 0.5, source: "Sổ theo dõi của phòng", sortOrder: 0 },
            { indicator: "Số đồ án được số hóa", unitOfMeasure: "đồ án", valueBefore: 0, valueAfter: 42, sortOrder: 1 },
          ],
        },
      },
    });
    await tx.modelAdoption.create({
      data: {
        id: "demo-rep-adoption-kt",
        modelId: model.id,
        unitId: unitId("kt"),
        startedOn: dateOnly(dayOf(now, -30)),
        progress: "IN_PROGRESS",
        progressNote: "Đang số hóa các quy chế quản lý kiến trúc để đưa lên bản đồ.",
        createdById: userId("truongphong.kt"),
        createdAt: new Date(now.getTime() - 30 * DAY),
      },
    });
    await tx.replicationAssignment.create({
      data: {
        id: "demo-rep-assignment",
        modelId: model.id,
        issuingUnitId: unitId("sqhkt"),
        documentRef: "215/SQHKT-VP",
        dueAt: dueAtForBeforeDay(dayOf(now, 21)),
        note: "Các phòng triển khai áp dụng bản đồ số quy hoạch trong thẩm định hồ sơ và báo cáo kết quả.",
        createdById: userId("vanphong"),
        createdAt: new Date(now.getTime() - 40 * DAY),
        units: {
          create: [
            { id: "demo-rep-target-qhkv2", unitId: unitId("qhkv2"), adoptionId: "demo-rep-adoption-qhkv2" },
            { id: "demo-rep-target-qhht", unitId: unitId("qhht") },
          ],
        },
      },
    });
  });
}
