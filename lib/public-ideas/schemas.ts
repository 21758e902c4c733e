import { z } from "zod";
import { dayField, idField, optionalText, requiredText, tooLong } from "@/lib/validation/fields";
import { text } from "@/lib/validation/text";
import { isTaxCode, LIMITS_TEXT, normalisePhone } from "./rules";

/**
 * The public idea form (the text part; files are checked one by one from their bytes). Every field has
 * a size limit and refuses control characters; HTML is kept as typed and always shown as text.
 */
export const publicIdeaSchema = z
  .object({
    campaignId: idField,
    submitterKind: z.enum(["PERSON", "ORGANISATION"], { error: "Vui lòng chọn cá nhân hoặc tổ chức, doanh nghiệp." }),
    submitterName: requiredText("họ tên (hoặc tên tổ chức, doanh nghiệp)", LIMITS_TEXT.name),
    taxCode: optionalText(20),
    email: text()
      .trim()
      .max(254, { error: tooLong(254) })
      .optional()
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine((v) => v === null || z.email().safeParse(v).success, { error: "Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.com." }),
    phone: text()
      .trim()
      .max(20, { error: tooLong(20) })
      .optional()
      .transform((v) => (v ? v : null)),
    ward: optionalText(LIMITS_TEXT.ward),
    fieldId: idField.refine(Boolean, { error: "Vui lòng chọn lĩnh vực." }),
    title: requiredText("tên hiến kế, giải pháp", LIMITS_TEXT.title),
    content: requiredText("nội dung hiến kế", LIMITS_TEXT.content),
    expectedBenefit: optionalText(LIMITS_TEXT.benefit),
    consent: z.literal("yes", { error: "Vui lòng đọc và đồng ý với việc xử lý dữ liệu cá nhân để gửi hiến kế." }),
  })
  .superRefine((v, ctx) => {
    if (v.submitterKind === "ORGANISATION") {
      if (!v.taxCode) ctx.addIssue({ code: "custom", path: ["taxCode"], message: "Vui lòng nhập mã số thuế của tổ chức, doanh nghiệp." });
      else if (!isTaxCode(v.taxCode)) ctx.addIssue({ code: "custom", path: ["taxCode"], message: "Mã số thuế gồm 10 chữ số (hoặc 13: 10 số, dấu gạch ngang và 3 số)." });
    }
    if (!v.email && !v.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời." });
    if (v.phone && !normalisePhone(v.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: "Số điện thoại chưa đúng, ví dụ: 0912 345 678." });
  })
  .transform((v) => ({
    ...v,
    taxCode: v.submitterKind === "ORGANISATION" ? v.taxCode : null,
    phone: v.phone ? normalisePhone(v.phone) : null,
  }));

export type PublicIdeaInput = z.output<typeof publicIdeaSchema>;

export const trackingCodeSchema = z.object({ code: text().trim().min(1, { error: "Vui lòng nhập mã theo dõi." }).max(40, { error: "Mã theo dõi không đúng." }) });

// ── the office and the units ─────────────────────────────────────────────────────────────────────────────

const ideaRef = { ideaId: idField, lockVersion: z.coerce.number().int().min(0).max(2_147_483_647) };

export const forwardIdeaSchema = z.object({
  ...ideaRef,
  unitId: idField.refine(Boolean, { error: "Vui lòng chọn đơn vị." }),
  note: optionalText(2000),
});

export const acceptIdeaSchema = z.object({
  ...ideaRef,
  type: z.enum(["MODEL", "SOLUTION", "INITIATIVE", "GOOD_PRACTICE"], { error: "Vui lòng chọn loại." }),
  level: z.enum(["CITY", "DEPARTMENT"], { error: "Vui lòng chọn cấp đăng ký." }),
  fieldId: idField.refine(Boolean, { error: "Vui lòng chọn lĩnh vực." }),
  content: requiredText("nội dung ghi vào danh sách", 2000),
  expectedCompletion: dayField("thời gian dự kiến hoàn thành"),
  answer: requiredText("nội dung trả lời người gửi", LIMITS_TEXT.answer),
});

export const declineIdeaSchema = z.object({
  ...ideaRef,
  answer: requiredText("lý do không ghi nhận (gửi cho người gửi)", LIMITS_TEXT.answer),
});

export const assessIdeaSchema = z.object({
  ...ideaRef,
  recommendation: z.enum(["ACCEPT", "DECLINE"], { error: "Vui lòng chọn đề xuất." }),
  assessment: requiredText("ý kiến đánh giá", 4000),
});
