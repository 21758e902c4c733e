import { describe, expect, it } from "vitest";
import { countByMatrixStatus, matrixStatusOf, submissionLateness, UNIT_FORM_STATUS_LABELS } from "../../lib/submissions/statuses";
import { REGISTRATION, canConfirm, canRequestConfirmation } from "../../lib/submissions/kinds";
import { registrationFormSchema, type RegistrationFormInput } from "../../lib/registrations/schemas";
import { zodFieldErrors } from "../../lib/actions/result";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { DAY_FORMAT_ERROR } from "../../lib/validation/day-messages";

const { isEditable, canSubmit, canReview } = REGISTRATION;

describe("registration status rules", () => {
  it("a form is editable and submittable only while it is in the unit's hands", () => {
    expect(["DRAFT", "RETURNED", "AWAITING_CONFIRMATION"].every((s) => isEditable(s as never) && canSubmit(s as never))).toBe(true);
    expect(["SUBMITTED", "ACCEPTED"].some((s) => isEditable(s as never) || canSubmit(s as never))).toBe(false);
  });

  it("an individual sends a draft or a returned form; the head confirms only what awaits confirmation", () => {
    expect(canRequestConfirmation("DRAFT")).toBe(true);
    expect(canRequestConfirmation("RETURNED")).toBe(true);
    expect(canRequestConfirmation("AWAITING_CONFIRMATION")).toBe(false);
    expect(canConfirm("AWAITING_CONFIRMATION")).toBe(true);
    expect(canConfirm("DRAFT")).toBe(false);
    expect(canReview("SUBMITTED")).toBe(true);
  });

  it("the unit's status shows late or on time after submission and counts by status", () => {
    expect(matrixStatusOf(null)).toBe("NOT_STARTED");
    expect(matrixStatusOf({ status: "AWAITING_CONFIRMATION", isLate: false })).toBe("DRAFT");
    expect(matrixStatusOf({ status: "SUBMITTED", isLate: true })).toBe("SUBMITTED_LATE");
    expect(UNIT_FORM_STATUS_LABELS[matrixStatusOf({ status: "SUBMITTED", isLate: false })]).toBe("Đã nộp đúng hạn");
    expect(UNIT_FORM_STATUS_LABELS.SUBMITTED_LATE).toBe("Nộp trễ hạn");
    expect(countByMatrixStatus(["DRAFT", "DRAFT", "ACCEPTED"])).toMatchObject({ DRAFT: 2, ACCEPTED: 1, NOT_STARTED: 0 });
  });

  describe("lateness of a submission", () => {
    const due = dueAtForBeforeDay("2022-04-18");
    it("23:59:59 on 17/4 Vietnam time is on time; 00:00:00 on 18/4 is late", () => {
      expect(submissionLateness({ firstSubmittedAt: null, isLate: false }, new Date("2022-04-17T23:59:59+07:00"), due).versionIsLate).toBe(false);
      expect(submissionLateness({ firstSubmittedAt: null, isLate: false }, new Date("2022-04-18T00:00:00+07:00"), due)).toMatchObject({
        versionIsLate: true,
        registrationIsLate: true,
      });
    });
    it("a late resubmission keeps the registration on time when the first submission was", () => {
      const first = new Date("2022-04-15T10:00:00+07:00");
      const r = submissionLateness({ firstSubmittedAt: first, isLate: false }, new Date("2022-05-01T10:00:00+07:00"), due);
      expect(r).toEqual({ versionIsLate: true, registrationIsLate: false, firstSubmittedAt: first });
    });
    it("without a registration deadline nothing is late", () => {
      expect(submissionLateness({ firstSubmittedAt: null, isLate: false }, new Date(), null).versionIsLate).toBe(false);
    });
  });
});

describe("Mẫu 1 form schema", () => {
  const rules = { fieldIds: ["f1", "f2"], levels: ["DEPARTMENT" as const], startsOn: "2022-04-14", endsOn: "2022-12-31" };
  const row = (over: Partial<RegistrationFormInput["rows"][number]> = {}): RegistrationFormInput["rows"][number] => ({
    initiativeId: null,
    fieldId: "f1",
    content: "Nội dung",
    type: "MODEL",
    ownerType: "UNIT",
    ownerNames: "",
    expectedCompletion: "2022-10-31",
    note: "",
    level: "DEPARTMENT",
    ...over,
  });
  const check = (rows: RegistrationFormInput["rows"]) => {
    const res = registrationFormSchema(rules).safeParse({ campaignId: "c", unitId: "u", registrationId: null, lockVersion: 0, confirmed: false, rows });
    return res.success ? { ok: true as const, data: res.data } : { ok: false as const, errors: zodFieldErrors(res.error) };
  };

  it("accepts a valid row and trims its text", () => {
    const r = check([row({ content: "  Mô hình một cửa  ", note: " ghi chú " })]);
    expect(r.ok && r.data.rows[0]).toMatchObject({ content: "Mô hình một cửa", note: "ghi chú" });
  });

  it("gives each broken rule its Vietnamese message on the row's field", () => {
    const r = check([
      row({ content: "" }),
      row({ content: "x".repeat(2001) }),
      row({ expectedCompletion: "2023-01-01" }),
      row({ expectedCompletion: "2022-04-13" }),
      row({ fieldId: "other" }),
      row({ level: "CITY" }),
      row({ ownerType: "INDIVIDUALS", ownerNames: "" }),
      row({ ownerType: "INDIVIDUALS", ownerNames: "n".repeat(1001) }),
      row({ note: "n".repeat(1001) }),
      row({ expectedCompletion: "2022-02-30" }),
      row({ expectedCompletion: "" }),
      row({ expectedCompletion: "31/02/2022" }),
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      "rows.0.content": "Vui lòng nhập nội dung đăng ký.",
      "rows.1.content": "Tối đa 2.000 ký tự.",
      "rows.2.expectedCompletion": "Ngày dự kiến hoàn thành phải trong thời gian của kế hoạch (từ 14/04/2022 đến 31/12/2022).",
      "rows.3.expectedCompletion": "Ngày dự kiến hoàn thành phải trong thời gian của kế hoạch (từ 14/04/2022 đến 31/12/2022).",
      "rows.4.fieldId": "Lĩnh vực này không thuộc kế hoạch thi đua.",
      "rows.5.level": "Kế hoạch này chỉ nhận đăng ký cấp Sở.",
      "rows.6.ownerNames": "Vui lòng nhập họ tên cá nhân chủ trì.",
      "rows.7.ownerNames": "Tối đa 1.000 ký tự.",
      "rows.8.note": "Tối đa 1.000 ký tự.",
      "rows.9.expectedCompletion": "Ngày dự kiến hoàn thành không có thật.",
      // Empty, and text the date input could not read (passed on as typed): one message each, the second in
      // the date input's own words, so the field does not show two.
      "rows.10.expectedCompletion": "Vui lòng nhập ngày dự kiến hoàn thành (dd/mm/yyyy).",
      "rows.11.expectedCompletion": DAY_FORMAT_ERROR,
    });
  });

  it("accepts the first and last day of the campaign", () => {
    expect(check([row({ expectedCompletion: "2022-04-14" }), row({ expectedCompletion: "2022-12-31" })]).ok).toBe(true);
  });

  it("without campaign rules only checks the shape (the server re-checks with the campaign's rules)", () => {
    const res = registrationFormSchema().safeParse({ campaignId: "c", unitId: "u", registrationId: null, lockVersion: 0, confirmed: false, rows: [row({ fieldId: "other" })] });
    expect(res.success).toBe(true);
  });
});

describe("Mẫu 1 form schema reports every error at once", () => {
  it("shows the owner-names and campaign-range errors together with a missing content", () => {
    const rules = { fieldIds: ["f1"], levels: ["CITY" as const, "DEPARTMENT" as const], startsOn: "2022-04-14", endsOn: "2022-12-31" };
    const res = registrationFormSchema(rules).safeParse({
      campaignId: "c",
      unitId: "u",
      registrationId: null,
      lockVersion: 0,
      confirmed: false,
      rows: [
        { initiativeId: null, fieldId: "f1", content: "", type: "MODEL", ownerType: "INDIVIDUALS", ownerNames: "", expectedCompletion: "2021-01-01", note: "", level: "" },
        { initiativeId: null, fieldId: "zz", content: "Nội dung", type: "MODEL", ownerType: "UNIT", ownerNames: "", expectedCompletion: "2022-05-01", note: "", level: "CITY" },
      ],
    });
    expect(res.success).toBe(false);
    if (res.success) return;
    expect(Object.keys(zodFieldErrors(res.error)).sort()).toEqual(
      ["rows.0.content", "rows.0.expectedCompletion", "rows.0.level", "rows.0.ownerNames", "rows.1.fieldId"].sort(),
    );
  });
});
