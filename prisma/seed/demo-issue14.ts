/**
 * Demo data of issue 14 (the public side), loaded last:
 * - the City's plan (986/KH-UBND) and the Sở's plan (1045/KH-SQHKT) are public; the Sở's plan takes ideas of
 *   citizens and businesses, with file 004's criteria for them; the 2022 plan (1128, with its award decision)
 *   is public too, so that the decided awards show;
 * - the recognised models of the library are public, except the least adopted one;
 * - six ideas sent to the Sở's plan, moderated by `vanphong`: two waiting (one with its e-mail confirmed, one
 *   by phone only, a probable duplicate of another), one forwarded to Phòng Quy hoạch khu vực 1 (on
 *   truongphong.qhkv1's Việc cần làm), one accepted as an initiative of a business followed by Phòng Quy
 *   hoạch khu vực 1, one declined, and one still unconfirmed (shown for 72 hours);
 * - tracking code of the accepted idea, to try the public tracking page: DEM0-HKE1-0000-0000-0001.
 */
import type { Db } from "../../lib/db/open";
import { trackingCodeHash } from "../../lib/public-ideas/codes";
import { CONSENT_VERSION } from "../../lib/public-ideas/rules";
import { foldForSearch } from "../../lib/text/fold";
import { vnDayOf } from "../../lib/time/vn";
import { DEMO_CAMPAIGN_IDS } from "./demo-campaigns";

const DAY = 86_400_000;
export const DEMO_TRACKING_CODES = {
  accepted: "DEM0-HKE1-0000-0000-0001",
  received: "DEM0-HKE1-0000-0000-0002",
  forwarded: "DEM0-HKE1-0000-0000-0003",
} as const;

export const CITIZEN_CRITERIA_004 = [
  "Tích cực hợp tác cùng cơ quan, chính quyền; tham gia sử dụng dịch vụ công trực tuyến.",
  "Tham gia đánh giá mức độ hài lòng đối với việc giải quyết thủ tục hành chính.",
  "Phản ánh kịp thời, trung thực những hành vi sai trái, nhũng nhiễu, gây khó khăn của cán bộ, công chức, viên chức trong thi hành công vụ.",
  "Có hiến kế, giải pháp đóng góp tích cực cho việc thực hiện cải cách hành chính.",
];

export async function seedDemoIssue14(prisma: Db, now: Date = new Date()) {
  const campaignId = DEMO_CAMPAIGN_IDS.sqhktCurrent;
  const fields = await prisma.reformField.findMany({ where: { campaignId }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  const field = (i: number) => fields[Math.min(i, fields.length - 1)].id;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const year = Number(vnDayOf(now).slice(0, 4));

  await prisma.$transaction(async (tx) => {
    await tx.campaign.updateMany({ where: { id: { in: [DEMO_CAMPAIGN_IDS.cityCurrent, DEMO_CAMPAIGN_IDS.sqhkt2022] } }, data: { isPublic: true } });
    await tx.campaign.update({ where: { id: campaignId }, data: { isPublic: true, acceptsPublicIdeas: true } });
    await tx.campaignCriterion.createMany({
      data: CITIZEN_CRITERIA_004.map((content, i) => ({ campaignId, participantType: "CITIZEN" as const, content, sortOrder: i })),
    });
    // Every model public but the least adopted one (the GIS map, adopted by two offices, is public).
    const models = await tx.recognisedModel.findMany({ orderBy: [{ adoptionCount: "asc" }, { id: "asc" }], select: { id: true } });
    await tx.recognisedModel.updateMany({ where: { id: { in: models.slice(1).map((m) => m.id) } }, data: { isPublic: true } });

    const base = { campaignId, consentVersion: CONSENT_VERSION };
    const idea = (
      id: string,
      code: string,
      data: { title: string; content: string; benefit?: string; kind?: "PERSON" | "ORGANISATION"; name: string; taxCode?: string; email?: string; phone?: string; ward?: string; field: number; daysAgo: number; confirmed?: boolean },
    ) => ({
      ...base,
      id,
      trackingCodeHash: trackingCodeHash(code)!,
      submitterKind: data.kind ?? ("PERSON" as const),
      submitterName: data.name,
      taxCode: data.taxCode ?? null,
      email: data.email ?? null,
      phone: data.phone ?? null,
      ward: data.ward ?? null,
      emailConfirmedAt: data.email && data.confirmed !== false ? at(data.daysAgo - 0.01) : null,
      fieldId: field(data.field),
      title: data.title,
      titleFolded: foldForSearch(data.title),
      content: data.content,
      expectedBenefit: data.benefit ?? null,
      consentedAt: at(data.daysAgo),
      createdAt: at(data.daysAgo),
    });

    await tx.publicIdea.createMany({
      data: [
        {
          ...idea("demo-idea-received", DEMO_TRACKING_CODES.received, {
            title: "Tra cứu thông tin quy hoạch bằng mã QR dán tại trụ sở phường",
            content:
              "Người dân thường phải đến Sở để hỏi chỉ tiêu quy hoạch của thửa đất. Đề nghị dán mã QR tại bộ phận một cửa các phường, quét mã mở ngay bản đồ quy hoạch và hướng dẫn thủ tục.",
            benefit: "Giảm số lượt đến Sở; trả lời ngay tại phường.",
            name: "Nguyễn Văn Bình",
            email: "binh.nguyen@example.com",
            ward: "Phường Tân Định",
            field: 5,
            daysAgo: 3,
          }),
        },
        {
          ...idea("demo-idea-phone", "DEM0-HKE1-0000-0000-0004", {
            title: "Tra cứu quy hoạch bằng mã QR tại phường",
            content: "Nên có mã QR ở phường để người dân tra cứu quy hoạch, đỡ phải lên Sở.",
            name: "Trần Thị Cúc",
            phone: "0903123456",
            ward: "Phường Bến Thành",
            field: 5,
            daysAgo: 2,
          }),
        },
        {
          ...idea("demo-idea-forwarded", DEMO_TRACKING_CODES.forwarded, {
            title: "Hẹn giờ nhận kết quả thông tin quy hoạch qua tin nhắn",
            content: "Khi hồ sơ cung cấp thông tin quy hoạch có kết quả, Sở nhắn tin hẹn giờ nhận để người dân không phải chờ ở bộ phận một cửa.",
            name: "Lê Hoàng Nam",
            email: "nam.le@example.com",
            field: 1,
            daysAgo: 10,
          }),
          status: "FORWARDED" as const,
          forwardedUnitId: "demo-qhkv1",
          forwardedAt: at(8),
          forwardNote: "Phòng xem khả năng áp dụng cho hồ sơ cung cấp thông tin quy hoạch khu vực 1.",
        },
        {
          ...idea("demo-idea-accepted", DEMO_TRACKING_CODES.accepted, {
            title: "Mẫu hồ sơ điền sẵn cho thủ tục cấp giấy phép quy hoạch",
            content:
              "Công ty đề xuất Sở công bố mẫu hồ sơ điện tử điền sẵn (có hướng dẫn từng ô) cho thủ tục cấp giấy phép quy hoạch dự án, để doanh nghiệp nộp trực tuyến một lần đúng, không phải bổ sung.",
            benefit: "Giảm tỷ lệ hồ sơ phải bổ sung; rút ngắn thời gian giải quyết.",
            kind: "ORGANISATION",
            name: "Công ty TNHH Tư vấn Kiến trúc Sài Gòn Xanh",
            taxCode: "0312345678",
            email: "lienhe@saigonxanh.example.com",
            field: 1,
            daysAgo: 40,
          }),
          status: "ACCEPTED" as const,
          forwardedUnitId: "demo-qhkv1",
          forwardedAt: at(38),
          unitAssessment: "Khả thi; phòng đã có bộ mẫu giấy, cần số hoá và đưa lên cổng dịch vụ công.",
          unitRecommendsAccept: true,
          unitAssessedAt: at(35),
          answer: "Cảm ơn Công ty. Hiến kế đã được ghi nhận vào phong trào thi đua năm nay; Phòng Quy hoạch khu vực 1 chủ trì thực hiện.",
          decidedAt: at(33),
        },
        {
          ...idea("demo-idea-declined", "DEM0-HKE1-0000-0000-0005", {
            title: "Bỏ thủ tục cấp giấy phép quy hoạch",
            content: "Đề nghị bỏ hẳn thủ tục cấp giấy phép quy hoạch.",
            name: "Phạm Minh Tuấn",
            email: "tuan.pham@example.com",
            field: 0,
            daysAgo: 20,
          }),
          status: "DECLINED" as const,
          answer: "Thủ tục cấp giấy phép quy hoạch được quy định tại Luật Quy hoạch đô thị; Sở không có thẩm quyền bãi bỏ. Sở ghi nhận ý kiến để kiến nghị khi sửa luật.",
          decidedAt: at(15),
        },
        {
          ...idea("demo-idea-unconfirmed", "DEM0-HKE1-0000-0000-0006", {
            title: "Kéo dài giờ làm việc bộ phận một cửa vào thứ Bảy",
            content: "Đề nghị bộ phận một cửa làm việc sáng thứ Bảy để người đi làm nộp hồ sơ.",
            name: "Võ Thanh Tâm",
            email: "tam.vo@example.com",
            field: 1,
            daysAgo: 1,
            confirmed: false,
          }),
          confirmExpiresAt: new Date(now.getTime() + 2 * DAY),
        },
      ],
    });

    // The accepted idea lives as an initiative of a business, in Phòng QHKV1's list of accepted public ideas.
    const reg = await tx.registration.create({
      data: { campaignId, unitId: "demo-qhkv1", kind: "PUBLIC", ownerKey: "PUBLIC", status: "ACCEPTED", acceptedAt: at(33), createdById: "demo-user-vanphong", updatedById: "demo-user-vanphong" },
    });
    const initiative = await tx.initiative.create({
      data: {
        registrationId: reg.id,
        campaignId,
        unitId: "demo-qhkv1",
        fieldId: field(1),
        content: "Mẫu hồ sơ điện tử điền sẵn cho thủ tục cấp giấy phép quy hoạch dự án",
        type: "SOLUTION",
        level: "DEPARTMENT",
        ownerType: "BUSINESS",
        ownerNames: "Công ty TNHH Tư vấn Kiến trúc Sài Gòn Xanh",
        expectedCompletion: new Date(`${year}-12-31T00:00:00Z`),
        note: "Hiến kế của người dân, doanh nghiệp gửi qua cổng công khai",
        progress: "IN_PROGRESS",
      },
    });
    await tx.publicIdea.update({ where: { id: "demo-idea-accepted" }, data: { initiativeId: initiative.id } });
    await tx.auditLog.createMany({
      data: [
        { action: "public-idea.submit", entityType: "PublicIdea", entityId: "demo-idea-accepted", unitId: "demo-sqhkt", campaignId, at: at(40), summary: "Nhận hiến kế mới qua cổng công khai (tổ chức, doanh nghiệp)" },
        { actorId: "demo-user-vanphong", action: "public-idea.accept", entityType: "PublicIdea", entityId: "demo-idea-accepted", unitId: "demo-sqhkt", campaignId, at: at(33), summary: "Ghi nhận hiến kế “Mẫu hồ sơ điền sẵn cho thủ tục cấp giấy phép quy hoạch” vào phong trào" },
      ],
    });
  });
}
