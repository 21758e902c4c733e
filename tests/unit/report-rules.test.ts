import { describe, expect, it } from "vitest";
import { phaseWindow } from "@/lib/reports/phase";
import {
  effectivePartText,
  figureLine,
  formatFigure,
  isReportEditable,
  mauHaiRows,
  mauHaiTotals,
  missingSections,
  reportStatusOf,
  REPORT_STATUS_LABELS,
  resultsPrefill,
  storedPartText,
  submitWindowProblem,
  summaryPrefill,
  type PrefillInitiative,
} from "@/lib/reports/rules";
import { reportFormSchema } from "@/lib/reports/schemas";
import { currentFormStatus } from "@/lib/submissions/statuses";
import { buildReportSnapshot, snapshotFileIds, type ReportSource } from "@/lib/reports/snapshot";

const d = (iso: string) => new Date(iso);

const initiative: PrefillInitiative = {
  content: "Rút ngắn thời gian thẩm định đồ án quy hoạch chi tiết tỷ lệ 1/500 còn 20 ngày làm việc",
  type: "SOLUTION",
  ownerType: "UNIT",
  ownerNames: null,
  expectedCompletion: d("2022-09-30T00:00:00Z"),
  note: "Phối hợp Văn phòng Sở",
  progress: "COMPLETED",
  completedOn: d("2022-08-15T00:00:00Z"),
  droppedReason: null,
  progressNote: null,
};

const figure = { indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: 92, valueAfter: 99, source: "phần mềm một cửa" };

describe("a report's life", () => {
  it("is editable as a draft or when returned, never once submitted or accepted", () => {
    expect(isReportEditable(null)).toBe(true);
    expect(isReportEditable("DRAFT")).toBe(true);
    expect(isReportEditable("RETURNED")).toBe(true);
    expect(isReportEditable("SUBMITTED")).toBe(false);
    expect(isReportEditable("ACCEPTED")).toBe(false);
  });

  it("names the statuses of the office's list: no report is 'Chưa làm', a late submission 'Nộp trễ'", () => {
    expect(REPORT_STATUS_LABELS[reportStatusOf(null)]).toBe("Chưa làm");
    expect(REPORT_STATUS_LABELS[reportStatusOf({ status: "DRAFT", isLate: false })]).toBe("Đang soạn");
    expect(REPORT_STATUS_LABELS[reportStatusOf({ status: "SUBMITTED", isLate: false })]).toBe("Đã nộp");
    expect(REPORT_STATUS_LABELS[reportStatusOf({ status: "SUBMITTED", isLate: true })]).toBe("Nộp trễ");
    expect(REPORT_STATUS_LABELS[reportStatusOf({ status: "RETURNED", isLate: true })]).toBe("Trả lại");
    expect(REPORT_STATUS_LABELS[reportStatusOf({ status: "ACCEPTED", isLate: false })]).toBe("Đã tiếp nhận");
  });
});

describe("the reporting window", () => {
  const plan = [
    { id: "reg", kind: "REGISTRATION" as const, dueAt: d("2022-04-17T17:00:00Z"), opensAt: null },
    { id: "mid", kind: "MIDTERM_REPORT" as const, dueAt: d("2022-06-09T17:00:00Z"), opensAt: null },
  ];

  it("refuses to submit before the window opens, naming the opening day in Vietnam time", () => {
    expect(submitWindowProblem(phaseWindow(plan, "MIDTERM"), "MIDTERM", d("2022-04-17T16:59:00Z"))).toBe(
      "Chưa đến thời gian báo cáo sơ kết: mở nhận từ 18/04/2022.",
    );
    expect(submitWindowProblem(phaseWindow(plan, "MIDTERM"), "MIDTERM", d("2022-04-17T17:00:00Z"))).toBeNull();
  });

  it("gives the time too when the office opened the window at another hour than midnight", () => {
    const own = [...plan, { id: "fin", kind: "FINAL_REPORT" as const, dueAt: d("2022-11-09T17:00:00Z"), opensAt: d("2022-10-01T01:30:00Z") }];
    expect(submitWindowProblem(phaseWindow(own, "FINAL"), "FINAL", d("2022-09-01T00:00:00Z"))).toBe(
      "Chưa đến thời gian báo cáo tổng kết: mở nhận từ 01/10/2022 08:30.",
    );
  });

  it("refuses a phase the plan has no milestone for", () => {
    expect(submitWindowProblem(phaseWindow(plan, "FINAL"), "FINAL", d("2022-12-01T00:00:00Z"))).toBe(
      "Kế hoạch không có mốc báo cáo tổng kết của đơn vị nên không nhận báo cáo này.",
    );
  });

  it("lists every required section left empty (or blank)", () => {
    expect(missingSections({ situation: "Có", currentState: "  ", strengths: "a", limitations: "b", lessons: "" })).toEqual({
      currentState: "Vui lòng nhập mục “II. Thực trạng” trước khi nộp.",
      lessons: "Vui lòng nhập mục “V.3. Bài học kinh nghiệm” trước khi nộp.",
    });
  });
});

describe("Mẫu 2 table", () => {
  const fields = [
    { id: "f2", name: "Cải cách thủ tục hành chính", sortOrder: 2 },
    { id: "f1", name: "Cải cách thể chế", sortOrder: 1 },
  ];
  const inits = [
    { fieldId: "f1", progress: "COMPLETED" as const },
    { fieldId: "f1", progress: "IN_PROGRESS" as const },
    { fieldId: "f2", progress: "COMPLETED" as const },
    { fieldId: "f2", progress: "COMPLETED" as const },
    { fieldId: "f2", progress: "DROPPED" as const },
  ];

  it("counts registered and completed per field, in the campaign's order, empty fields included", () => {
    const rows = mauHaiRows([...fields, { id: "f3", name: "Cải cách tài chính công", sortOrder: 3 }], inits, []);
    expect(rows.map((r) => [r.fieldName, r.registered, r.completed])).toEqual([
      ["Cải cách thể chế", 2, 1],
      ["Cải cách thủ tục hành chính", 3, 2],
      ["Cải cách tài chính công", 0, 0],
    ]);
    expect(mauHaiTotals(rows)).toEqual({ registered: 5, completed: 3 });
  });

  it("uses the unit's override (kept with its note) instead of the computed count", () => {
    const rows = mauHaiRows(fields, inits, [{ fieldId: "f1", completedOverride: 2, overrideNote: "Đã nghiệm thu ngày 01/6", note: "Ghi chú" }]);
    expect(rows[0]).toMatchObject({ computedCompleted: 1, completedOverride: 2, completed: 2, overrideNote: "Đã nghiệm thu ngày 01/6", note: "Ghi chú" });
  });

  it("refuses, in the form schema, a completed count above registered and an override without a note", () => {
    const schema = reportFormSchema({ f1: 2, f2: 3 });
    const base = {
      campaignId: "c",
      unitId: "u",
      phase: "MIDTERM" as const,
      reportId: null,
      lockVersion: 0,
      situation: "",
      currentState: "",
      strengths: "",
      limitations: "",
      lessons: "",
      parts: [],
      confirmed: false,
    };
    const above = schema.safeParse({ ...base, fieldRows: [{ fieldId: "f1", completedOverride: 3, overrideNote: "lý do", note: "" }] });
    expect(above.success).toBe(false);
    expect(above.error?.issues[0]).toMatchObject({ path: ["fieldRows", 0, "completedOverride"], message: "Số lượng hoàn thành (3) không được lớn hơn số lượng đăng ký (2)." });
    const noNote = schema.safeParse({ ...base, fieldRows: [{ fieldId: "f2", completedOverride: 1, overrideNote: "  ", note: "" }] });
    expect(noNote.error?.issues[0]).toMatchObject({ path: ["fieldRows", 0, "overrideNote"] });
    expect(noNote.error?.issues[0].message).toContain("lý do");
    const notNumber = schema.safeParse({ ...base, fieldRows: [{ fieldId: "f2", completedOverride: Number.NaN, overrideNote: "x", note: "" }] });
    expect(notNumber.error?.issues[0].message).toBe("Số lượng hoàn thành phải là số nguyên không âm.");
    expect(schema.safeParse({ ...base, fieldRows: [{ fieldId: "f2", completedOverride: 3, overrideNote: "Nghiệm thu", note: "" }] }).success).toBe(true);
  });
});

describe("prefilled Đề cương text", () => {
  it("summarises an initiative from its registration (III)", () => {
    expect(summaryPrefill(initiative)).toBe(
      [
        "Nội dung: Rút ngắn thời gian thẩm định đồ án quy hoạch chi tiết tỷ lệ 1/500 còn 20 ngày làm việc",
        "Loại: Giải pháp",
        "Chủ trì: Tập thể đơn vị",
        "Dự kiến hoàn thành: 30/09/2022",
        "Ghi chú: Phối hợp Văn phòng Sở",
      ].join("\n"),
    );
    expect(summaryPrefill({ ...initiative, ownerType: "INDIVIDUALS", ownerNames: "Võ Thị Mai", note: null, registeredBy: "Võ Thị Mai" })).toContain(
      "Chủ trì: Cá nhân: Võ Thị Mai (đăng ký cá nhân của Võ Thị Mai)",
    );
  });

  it("gives the progress and the figures as Vietnamese write them (IV)", () => {
    expect(resultsPrefill(initiative, [figure, { indicator: "Số hồ sơ trực tuyến", unitOfMeasure: "hồ sơ", valueBefore: null, valueAfter: 1234.5, source: null }])).toBe(
      [
        "Tiến độ: Đã hoàn thành (hoàn thành ngày 15/08/2022)",
        "Kết quả cụ thể:",
        "- Tỷ lệ hồ sơ đúng hạn: 92 % → 99 % (nguồn: phần mềm một cửa)",
        "- Số hồ sơ trực tuyến: 1.234,5 hồ sơ",
      ].join("\n"),
    );
    expect(resultsPrefill({ ...initiative, progress: "DROPPED", completedOn: null, droppedReason: "Không còn phù hợp sau sắp xếp bộ máy" }, [])).toBe(
      "Tiến độ: Dừng thực hiện – lý do: Không còn phù hợp sau sắp xếp bộ máy\nChưa có số liệu kết quả.",
    );
    expect(formatFigure(0.125)).toBe("0,13");
    expect(figureLine({ ...figure, source: "  " })).toBe("Tỷ lệ hồ sơ đúng hạn: 92 % → 99 %");
  });

  it("stores untouched or emptied text as null (it keeps following the data) and edited text as typed", () => {
    const generated = summaryPrefill(initiative);
    expect(storedPartText(generated, generated)).toBeNull();
    expect(storedPartText(`${generated}\n`, generated)).toBeNull();
    expect(storedPartText("   ", generated)).toBeNull();
    expect(storedPartText("Mô hình đã áp dụng tại 3 tổ.\r\nKết quả tốt.", generated)).toBe("Mô hình đã áp dụng tại 3 tổ.\nKết quả tốt.");
    expect(effectivePartText(null, generated)).toBe(generated);
    expect(effectivePartText("Sửa tay", generated)).toBe("Sửa tay");
  });
});

describe("the frozen snapshot of a submission", () => {
  const src: ReportSource = {
    phase: "MIDTERM",
    campaign: { id: "c1", documentNumber: "1128/KH-SQHKT", title: "Kế hoạch thi đua", issuedOn: d("2022-04-14T00:00:00Z"), issuingUnitName: "Sở Quy hoạch - Kiến trúc" },
    unit: { id: "u1", name: "Phòng Quy hoạch khu vực 1" },
    fields: [
      { id: "f6", name: "Chính quyền số", sortOrder: 6 },
      { id: "f2", name: "Cải cách thủ tục hành chính", sortOrder: 2 },
    ],
    initiatives: [
      { ...initiative, id: "i-gis", fieldId: "f6", content: "Bản đồ số GIS", progress: "IN_PROGRESS", completedOn: null, results: [], evidence: [{ id: "e2", fileName: "gis.png", mimeType: "image/png", sizeBytes: 10 }] },
      { ...initiative, id: "i-1500", fieldId: "f2", results: [{ ...figure, id: "r1" }], evidence: [{ id: "e1", fileName: "bien-ban.pdf", mimeType: "application/pdf", sizeBytes: 2048 }] },
    ],
    report: {
      situation: "Đơn vị có 12 công chức.",
      currentState: "Hồ sơ tăng 20 %.",
      strengths: "Chủ động",
      limitations: "Thiếu nhân lực",
      lessons: "Phối hợp sớm",
      fieldRows: [{ fieldId: "f2", completedOverride: null, overrideNote: null, note: "Đúng tiến độ" }],
      parts: [{ initiativeId: "i-gis", summary: "Tóm tắt do đơn vị viết", results: null }],
      evidence: [{ id: "e0", fileName: "bao-cao-ky.pdf", mimeType: "application/pdf", sizeBytes: 5000 }],
    },
  };

  it("holds the table with field names and counts, the sections, one part per initiative in field order, and the files", () => {
    const s = buildReportSnapshot(src, { dueAt: d("2022-06-09T17:00:00Z"), confirmedBy: { id: "h", name: "Trần Văn Hùng", at: d("2022-06-01T02:00:00Z") } });
    expect(s.table.map((r) => [r.fieldName, r.registered, r.completed, r.note])).toEqual([
      ["Cải cách thủ tục hành chính", 1, 1, "Đúng tiến độ"],
      ["Chính quyền số", 1, 0, null],
    ]);
    expect(s.totals).toEqual({ registered: 2, completed: 1 });
    expect(s.sections.situation).toBe("Đơn vị có 12 công chức.");
    expect(s.parts.map((p) => p.initiativeId)).toEqual(["i-1500", "i-gis"]);
    expect(s.parts[0].results).toContain("Tỷ lệ hồ sơ đúng hạn: 92 % → 99 % (nguồn: phần mềm một cửa)");
    expect(s.parts[0].figures).toHaveLength(1);
    expect(s.parts[1].summary).toBe("Tóm tắt do đơn vị viết");
    expect(s.parts[1].results).toBe("Tiến độ: Đang triển khai\nChưa có số liệu kết quả.");
    expect(s.parts[1].fieldName).toBe("Chính quyền số");
    expect(s.campaign).toMatchObject({ documentNumber: "1128/KH-SQHKT", issuedOn: "2022-04-14", issuingUnitName: "Sở Quy hoạch - Kiến trúc" });
    expect(s.confirmedBy).toEqual({ id: "h", name: "Trần Văn Hùng", at: "2022-06-01T02:00:00.000Z" });
    expect(s.dueAt).toBe("2022-06-09T17:00:00.000Z");
    expect(snapshotFileIds(s).sort()).toEqual(["e0", "e1", "e2"]);
  });

  it("copies names, so that renaming a field or a file later does not change it", () => {
    const s = buildReportSnapshot(src, { dueAt: null, confirmedBy: null });
    src.fields[1].name = "Tên mới";
    src.initiatives[1].evidence[0].fileName = "doi-ten.pdf";
    expect(s.table[0].fieldName).toBe("Cải cách thủ tục hành chính");
    expect(s.parts[0].evidence[0].fileName).toBe("bien-ban.pdf");
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe("one source of truth for a report's lateness on its page", () => {
  it("a report resubmitted late after an on-time first submission shows late in the header, like its version 2", () => {
    const versions = [
      { versionNo: 1, isLate: false },
      { versionNo: 2, isLate: true },
    ];
    // The report keeps its first submission's lateness (compliance); the page shows the current submission's.
    expect(reportStatusOf({ status: "SUBMITTED", isLate: false }, versions)).toBe("SUBMITTED_LATE");
    expect(currentFormStatus({ status: "SUBMITTED", isLate: false }, [...versions].reverse())).toBe("SUBMITTED_LATE");
    expect(reportStatusOf({ status: "SUBMITTED", isLate: true }, [{ versionNo: 1, isLate: true }, { versionNo: 2, isLate: false }])).toBe("SUBMITTED_ON_TIME");
    expect(reportStatusOf({ status: "SUBMITTED", isLate: false }, [])).toBe("SUBMITTED_ON_TIME");
    expect(reportStatusOf(null, [])).toBe("NOT_STARTED");
  });
});
