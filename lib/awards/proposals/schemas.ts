import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";

/**
 * The award proposal form (đề nghị khen thưởng): shared by the editor and the server actions. The
 * proposing unit, the nominee and the award form are only CHOICES here: the server re-reads each from
 * the database and checks it (lib/awards/proposals/mutations.ts).
 */

export const NOMINEE_TYPES = ["COLLECTIVE", "INDIVIDUAL", "CITIZEN"] as const;
export const RATINGS = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;
export const DOCUMENT_KINDS = ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT", "OTHER"] as const;
/** The documents the portal can draft from its data. */
export const DRAFTABLE_KINDS = ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"] as const;
export const ACHIEVEMENTS_MAX = 20_000;

/** Description of a document the portal drafted from its data (lib/awards/dossier-drafts.ts): replaced, not kept, by a newer one. */
export const GENERATED_DESCRIPTION = "Bản thảo do cổng tạo từ dữ liệu (đơn vị tải về, hoàn chỉnh, ký rồi tải lên bản đã ký).";

const id = z.string().max(64);
const tooLong = (n: number) => `Tối đa ${n.toLocaleString("vi-VN")} ký tự.`;

export const proposalFormSchema = z
  .object({
    /** Null until the proposal is first saved. */
    proposalId: id.min(1).nullable(),
    lockVersion: z.number().int().min(0).max(INT4_MAX),
    campaignId: id.min(1),
    /** The proposing unit: one of the user's own units taking part in the campaign (checked on the server). */
    unitId: id.min(1),
    nomineeType: z.enum(NOMINEE_TYPES, { error: "Vui lòng chọn đối tượng đề nghị (tập thể, cá nhân, người dân hoặc doanh nghiệp)." }),
    nomineeUnitId: id.nullable(),
    nomineeUserId: id.nullable(),
    /** Citizen / business: name, address or organisation; individual: job title (optional). */
    nomineeName: text().trim().max(255, { error: tooLong(255) }),
    nomineeDetail: text().trim().max(500, { error: tooLong(500) }),
    nomineeIsBusiness: z.boolean(),
    /** Issue 14: a citizen's or business's accepted idea the nomination rests on (optional). */
    publicIdeaId: id.nullable().optional().transform((v) => v || null),
    awardFormId: z.string().min(1, { error: "Vui lòng chọn hình thức khen thưởng." }).max(64),
    achievements: text().max(ACHIEVEMENTS_MAX, { error: tooLong(ACHIEVEMENTS_MAX) }),
    declaredRating: z.enum(RATINGS, { error: "Mức xếp loại không hợp lệ." }).nullable(),
    declaredNoDiscipline: z.boolean().nullable(),
    /** Answers to the form's DECLARED criteria, by criterion id. */
    answers: z.record(id, z.boolean()).refine((r) => Object.keys(r).length <= 100, { error: "Quá nhiều nội dung xác nhận." }),
    /** "Xác nhận của trưởng đơn vị": required to submit, ignored when saving a draft. */
    confirmed: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.nomineeType === "COLLECTIVE" && !v.nomineeUnitId) ctx.addIssue({ code: "custom", path: ["nomineeUnitId"], message: "Vui lòng chọn tập thể được đề nghị." });
    if (v.nomineeType === "INDIVIDUAL" && !v.nomineeUserId) ctx.addIssue({ code: "custom", path: ["nomineeUserId"], message: "Vui lòng chọn cá nhân được đề nghị." });
    if (v.nomineeType === "CITIZEN" && !v.nomineeName && !v.publicIdeaId) {
      ctx.addIssue({ code: "custom", path: ["nomineeName"], message: "Vui lòng nhập họ tên người dân hoặc tên doanh nghiệp." });
    }
  });

export type ProposalFormInput = z.input<typeof proposalFormSchema>;
export type ProposalForm = z.output<typeof proposalFormSchema>;

export const deleteProposalSchema = z.object({ proposalId: id.min(1), lockVersion: z.number().int().min(0).max(INT4_MAX) });
export type DeleteProposalInput = z.infer<typeof deleteProposalSchema>;

export const generateDraftSchema = z.object({
  proposalId: id.min(1),
  kind: z.enum(DRAFTABLE_KINDS, { error: "Loại tài liệu không hợp lệ." }),
});
export type GenerateDraftInput = z.infer<typeof generateDraftSchema>;

/** The live criteria check while drafting: who, which form. */
export const previewSchema = z.object({
  campaignId: id.min(1),
  unitId: id.min(1),
  nomineeType: z.enum(NOMINEE_TYPES),
  nomineeUnitId: id.nullable(),
  nomineeUserId: id.nullable(),
});
export type PreviewInput = z.infer<typeof previewSchema>;
