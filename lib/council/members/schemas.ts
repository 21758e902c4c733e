import { z } from "zod";
import { CouncilPosition } from "@/lib/generated/prisma/enums";

/** The council's member list (Hội đồng Thi đua - Khen thưởng) of one organisation. */

const id = z.string().trim().min(1).max(64);

export const addCouncilMemberSchema = z.object({
  organisationUnitId: z.string({ error: "Vui lòng chọn cơ quan." }).trim().min(1, { error: "Vui lòng chọn cơ quan." }).max(64),
  userId: z.string({ error: "Vui lòng chọn người được bổ sung vào Hội đồng." }).trim().min(1, { error: "Vui lòng chọn người được bổ sung vào Hội đồng." }).max(64),
  position: z.enum(CouncilPosition, { error: "Vui lòng chọn chức danh trong Hội đồng." }),
});
export type AddCouncilMemberInput = z.input<typeof addCouncilMemberSchema>;
export type AddCouncilMemberValues = z.output<typeof addCouncilMemberSchema>;

export const changePositionSchema = z.object({ id, position: z.enum(CouncilPosition, { error: "Vui lòng chọn chức danh trong Hội đồng." }) });
export const setActiveSchema = z.object({ id, active: z.boolean() });
export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });

export const councilListFilterSchema = z.object({
  org: z.string().trim().max(64).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type CouncilListFilter = z.output<typeof councilListFilterSchema>;

/** The folding of lib/text/fold.ts, under the name this module has always exported. */
export { foldForSearch as foldVietnamese } from "@/lib/text/fold";
