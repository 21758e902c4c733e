import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { AwardCriterionKind, DossierDocumentKind, ParticipantType, VoteThresholdBase } from "@/lib/generated/prisma/enums";
import { parseShare, type VotingRule } from "@/lib/council/rules";

/**
 * The award form editor (hình thức khen thưởng), shared by the react-hook-form client (zodResolver)
 * and the server actions. Shares are typed as the officer writes them ("2/3", "50%") and parsed
 * with parseShare; "ít nhất"/"trên" travel as AT_LEAST / MORE_THAN. Rules that need the database
 * (the organisation, proposals already using the form) are checked by the mutations and come back
 * as field errors with the same paths.
 */

const fmt = (n: number) => n.toLocaleString("vi-VN");

const requiredText = (max: number, emptyMsg: string) =>
  text({ error: emptyMsg })
    .trim()
    .min(1, { error: emptyMsg })
    .max(max, { error: `Tối đa ${fmt(max)} ký tự.` });

const optionalId = z.string().trim().min(1).max(64).optional();

export const SHARE_MESSAGE = "Nhập tỷ lệ dạng phân số (2/3) hoặc phần trăm (50%), lớn hơn 0 và không quá 100%.";

/** A share as typed: "2/3", "50%", "90 %". */
export const shareText = z
  .string({ error: SHARE_MESSAGE })
  .trim()
  .min(1, { error: SHARE_MESSAGE })
  .max(10, { error: SHARE_MESSAGE })
  .refine((v) => parseShare(v) !== null, { error: SHARE_MESSAGE });

export const COMPARISONS = ["AT_LEAST", "MORE_THAN"] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** "ít nhất 2/3" / "trên 50%" for the quorum; "từ … trở lên" / "trên" for the approval threshold. */
export const QUORUM_COMPARISON_LABELS: Record<Comparison, string> = { AT_LEAST: "ít nhất", MORE_THAN: "trên" };
export const THRESHOLD_COMPARISON_LABELS: Record<Comparison, string> = { AT_LEAST: "từ … trở lên", MORE_THAN: "trên" };

/** Criteria about the portal's own data cannot be judged for a citizen or a business. */
export const PORTAL_KINDS: readonly AwardCriterionKind[] = ["INITIATIVE_REGISTERED", "INITIATIVE_COMPLETED", "INITIATIVE_RECOGNISED", "REPORTS_ON_TIME"];

export const awardCriterionSchema = z.object({
  id: optionalId,
  content: requiredText(2000, "Vui lòng nhập nội dung tiêu chí hoặc xoá dòng này."),
  /** "" = every recipient type of the form. */
  recipientType: z.union([z.literal(""), z.enum(ParticipantType)], { error: "Đối tượng không hợp lệ." }),
  kind: z.enum(AwardCriterionKind, { error: "Vui lòng chọn cách kiểm tra tiêu chí." }),
  hard: z.boolean(),
  /** INITIATIVE_RECOGNISED: the level of the recognition decisions that count ("" = any level). */
  recognitionLevel: z.enum(["", "DEPARTMENT", "CITY"], { error: "Cấp công nhận không hợp lệ." }).default(""),
});

export const awardDocumentSchema = z.object({
  id: optionalId,
  kind: z.enum(DossierDocumentKind, { error: "Vui lòng chọn loại tài liệu." }),
  name: requiredText(500, "Vui lòng nhập tên tài liệu hoặc xoá dòng này."),
  required: z.boolean(),
});

export const awardFormSchema = z
  .object({
    /** Present when editing: the version the form was loaded from. */
    lockVersion: z.number().int().min(0).max(INT4_MAX).optional(),
    organisationUnitId: z.string({ error: "Vui lòng chọn cơ quan." }).trim().min(1, { error: "Vui lòng chọn cơ quan." }).max(64),
    name: requiredText(255, "Vui lòng nhập tên hình thức khen thưởng."),
    description: text().trim().max(2000, { error: `Tối đa ${fmt(2000)} ký tự.` }),
    recipientTypes: z
      .array(z.enum(ParticipantType), { error: "Chọn ít nhất một đối tượng được khen thưởng." })
      .min(1, { error: "Chọn ít nhất một đối tượng được khen thưởng." })
      .max(3),
    criteria: z.array(awardCriterionSchema).max(50, { error: "Tối đa 50 tiêu chí." }),
    documents: z.array(awardDocumentSchema).max(20, { error: "Tối đa 20 tài liệu." }),
    quorumShare: shareText,
    quorumComparison: z.enum(COMPARISONS, { error: "Vui lòng chọn “ít nhất” hoặc “trên”." }),
    thresholdShare: shareText,
    thresholdComparison: z.enum(COMPARISONS, { error: "Vui lòng chọn “từ … trở lên” hoặc “trên”." }),
    thresholdBase: z.enum(VoteThresholdBase, { error: "Vui lòng chọn cơ sở tính tỷ lệ tán thành." }),
    active: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.recipientTypes).size !== v.recipientTypes.length) {
      ctx.addIssue({ code: "custom", path: ["recipientTypes"], message: "Đối tượng bị trùng." });
    }
    v.criteria.forEach((c, i) => {
      if (c.recipientType && !v.recipientTypes.includes(c.recipientType)) {
        ctx.addIssue({ code: "custom", path: ["criteria", i, "recipientType"], message: "Đối tượng này không có trong các đối tượng được khen thưởng đã chọn." });
      }
      const citizenOnly = c.recipientType === "CITIZEN" || (c.recipientType === "" && v.recipientTypes.length === 1 && v.recipientTypes[0] === "CITIZEN");
      if (c.kind === "PUBLIC_IDEA_ACCEPTED" && !citizenOnly) {
        ctx.addIssue({ code: "custom", path: ["criteria", i, "kind"], message: "Tiêu chí hiến kế được ghi nhận chỉ áp dụng cho người dân, doanh nghiệp: hãy chọn đối tượng “Người dân, doanh nghiệp”." });
      }
      if (citizenOnly && PORTAL_KINDS.includes(c.kind)) {
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "kind"],
          message: "Cổng không có dữ liệu về người dân, doanh nghiệp: hãy chọn loại do đơn vị kê khai hoặc xác nhận.",
        });
      }
    });
    const seen = new Set<string>();
    v.documents.forEach((d, i) => {
      const key = d.name.trim().toLocaleLowerCase("vi");
      if (key && seen.has(key)) ctx.addIssue({ code: "custom", path: ["documents", i, "name"], message: "Tài liệu này bị trùng tên." });
      seen.add(key);
    });
    // "trên 100%" can never be reached.
    for (const [share, comparison] of [
      ["quorumShare", "quorumComparison"],
      ["thresholdShare", "thresholdComparison"],
    ] as const) {
      const s = parseShare(v[share]);
      if (s && s.numerator === s.denominator && v[comparison] === "MORE_THAN") {
        const instead = share === "quorumShare" ? "“ít nhất”" : "“từ … trở lên”";
        ctx.addIssue({ code: "custom", path: [share], message: `Không thể yêu cầu trên 100%: hãy chọn ${instead} hoặc một tỷ lệ nhỏ hơn.` });
      }
    }
  });

export type AwardFormInput = z.input<typeof awardFormSchema>;
export type AwardFormValues = z.output<typeof awardFormSchema>;

/** The rule of the form as the pure voting rules read it (valid input: the shares parse). */
export function ruleOfValues(v: Pick<AwardFormValues, "quorumShare" | "quorumComparison" | "thresholdShare" | "thresholdComparison" | "thresholdBase">): VotingRule | null {
  const q = parseShare(v.quorumShare);
  const t = parseShare(v.thresholdShare);
  if (!q || !t) return null;
  return {
    quorum: { ...q, strict: v.quorumComparison === "MORE_THAN" },
    threshold: { ...t, strict: v.thresholdComparison === "MORE_THAN" },
    thresholdBase: v.thresholdBase,
  };
}

/** The stored columns of a rule. */
export function ruleColumns(rule: VotingRule) {
  return {
    quorumNumerator: rule.quorum.numerator,
    quorumDenominator: rule.quorum.denominator,
    quorumStrict: rule.quorum.strict,
    thresholdNumerator: rule.threshold.numerator,
    thresholdDenominator: rule.threshold.denominator,
    thresholdStrict: rule.threshold.strict,
    thresholdBase: rule.thresholdBase,
  };
}

/** A stored form's rule. */
export function ruleOfRow(f: {
  quorumNumerator: number;
  quorumDenominator: number;
  quorumStrict: boolean;
  thresholdNumerator: number;
  thresholdDenominator: number;
  thresholdStrict: boolean;
  thresholdBase: "MEMBERS" | "VOTES_CAST";
}): VotingRule {
  return {
    quorum: { numerator: f.quorumNumerator, denominator: f.quorumDenominator, strict: f.quorumStrict },
    threshold: { numerator: f.thresholdNumerator, denominator: f.thresholdDenominator, strict: f.thresholdStrict },
    thresholdBase: f.thresholdBase,
  };
}

export const awardFormListFilterSchema = z.object({
  org: z.string().trim().max(64).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AwardFormListFilter = z.output<typeof awardFormListFilterSchema>;
