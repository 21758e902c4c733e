import { z } from "zod";
import { dayField, optionalText, requiredText } from "@/lib/validation/fields";

/**
 * What the office types beside the file when it enters a Mẫu 1 that arrived on paper: whose form it
 * is, the paper's number (số, ký hiệu: optional, a unit may send it without one), the day the office
 * received it (lateness is measured from it, like a submission made that day) and who signed it.
 */
export const paperReceiptSchema = z.object({
  unitId: z.string().trim().min(1, { error: "Vui lòng chọn đơn vị." }).max(64),
  reference: optionalText(100),
  receivedOn: dayField("ngày nhận bản giấy"),
  signedBy: requiredText("người ký bản giấy", 200),
  /** The unit had begun a draft on the portal: the paper, as signed, replaces it. */
  replaceDraft: z.boolean(),
});

export type PaperReceiptInput = z.infer<typeof paperReceiptSchema>;

/** The form's fields (multipart) as the schema reads them. */
export function paperReceiptFromForm(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v.slice(0, 1000) : "";
  };
  return {
    unitId: get("unitId"),
    reference: get("reference"),
    receivedOn: get("receivedOn"),
    signedBy: get("signedBy"),
    replaceDraft: get("replaceDraft") === "1",
  };
}
