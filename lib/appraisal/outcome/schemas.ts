import { z } from "zod";
import { text } from "@/lib/validation/text";
import { VERDICTS } from "./labels";

const id = z.string().trim().min(1).max(64);

export const VERDICT_REASON_MIN = 5;
export const VERDICT_REASON_MAX = 2000;

/** The chair's verdict on one item of a round, with its reason. */
export const recordVerdictSchema = z.object({
  itemId: id,
  verdict: z.enum(VERDICTS as [(typeof VERDICTS)[number], ...(typeof VERDICTS)[number][]], { error: "Chọn một kết luận." }),
  reason: text()
    .trim()
    .min(VERDICT_REASON_MIN, { error: `Ghi lý do kết luận (ít nhất ${VERDICT_REASON_MIN} ký tự).` })
    .max(VERDICT_REASON_MAX, { error: `Lý do dài quá ${VERDICT_REASON_MAX.toLocaleString("vi-VN")} ký tự.` }),
});
export type RecordVerdictInput = z.infer<typeof recordVerdictSchema>;

export const MINUTES_PLACE_MAX = 255;
export const MINUTES_NOTE_MAX = 20_000;

/** The chair's part of the appraisal minutes: where the panel met, and a free note. */
export const saveRoundMinutesSchema = z.object({
  roundId: id,
  place: text()
    .trim()
    .max(MINUTES_PLACE_MAX, { error: `Địa điểm dài quá ${MINUTES_PLACE_MAX} ký tự.` }),
  note: text()
    .trim()
    .max(MINUTES_NOTE_MAX, { error: `Ghi chú dài quá ${MINUTES_NOTE_MAX.toLocaleString("vi-VN")} ký tự.` }),
});
export type SaveRoundMinutesInput = z.infer<typeof saveRoundMinutesSchema>;
