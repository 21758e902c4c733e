import { z } from "zod";

/** What the user does with their own private calendar link. */
export const calendarTokenSchema = z.object({
  op: z.enum(["create", "rotate", "revoke"], { error: "Thao tác không hợp lệ." }),
});

export type CalendarTokenInput = z.infer<typeof calendarTokenSchema>;
