import { z } from "zod";

/** What the user does with their own private calendar link. */
export const calendarTokenSchema = z.object({
  op: z.enum(["create", "rotate", "revoke"], { error: "Thao tác không hợp lệ." }),
});

export type CalendarTokenInput = z.infer<typeof calendarTokenSchema>;

/** A link just created or rotated, shown to its owner once: its secret and its two addresses. */
export type CalendarLinkCreated = { token: string; http: string; webcal: string };
