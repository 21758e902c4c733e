import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { reviewComment } from "@/lib/review/schemas";
import { SECTION_MAX } from "./rules";

/** Shared by the server actions and the client forms (zodResolver). */

const tooLong = { error: `Tối đa ${SECTION_MAX.toLocaleString("vi-VN")} ký tự.` };
const section = text()
  .max(SECTION_MAX, tooLong)
  .transform((s) => s.replace(/\r\n/g, "\n").trim());

export const sectionsSchema = z.object({
  situation: section,
  currentState: section,
  highlights: section,
  results: section,
  strengths: section,
  limitations: section,
  lessons: section,
  proposals: section,
});

const phase = z.enum(["MIDTERM", "FINAL"], { error: "Giai đoạn báo cáo không hợp lệ." });
const id = z.string().min(1).max(64);

export const summaryRefSchema = z.object({ campaignId: id, phase });

export const saveSummarySchema = z.object({
  campaignId: id,
  phase,
  lockVersion: z.coerce.number().int().min(0).max(INT4_MAX),
  sections: sectionsSchema,
});

/** Submitting saves the form as shown and freezes it as a new version, in one transaction. */
export const submitSummarySchema = saveSummarySchema;

const reviewIds = {
  parentCampaignId: id,
  summaryReportId: id,
  lockVersion: z.coerce.number().int().min(0).max(INT4_MAX),
};

export const returnSummarySchema = z.object({
  ...reviewIds,
  comment: reviewComment,
});

export const acceptSummarySchema = z.object(reviewIds);

export type SectionsInput = z.input<typeof sectionsSchema>;
export type SaveSummaryInput = z.infer<typeof saveSummarySchema>;
export type SaveSummaryForm = z.input<typeof saveSummarySchema>;
export type ReturnSummaryInput = z.infer<typeof returnSummarySchema>;
export type AcceptSummaryInput = z.infer<typeof acceptSummarySchema>;

/** The office's form: the eight sections (ids and lockVersion travel beside it). */
export const summaryFormSchema = z.object({ sections: sectionsSchema });
export type SummaryFormValues = z.input<typeof summaryFormSchema>;
