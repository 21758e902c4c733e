import { z } from "zod";

export const setTypicalSchema = z.object({
  initiativeId: z.string().min(1).max(64),
  typical: z.boolean(),
});

export type SetTypicalInput = z.infer<typeof setTypicalSchema>;
