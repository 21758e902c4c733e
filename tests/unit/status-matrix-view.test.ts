import { describe, expect, it } from "vitest";
import { matrixColumns, matrixRowsView, type MatrixRecordCellView } from "@/lib/consolidation/matrix-view";
import type { MatrixMilestone, MatrixRow } from "@/lib/consolidation/queries";

const due = new Date("2026-12-01T17:00:00Z"); // 02/12/2026 00:00 in Vietnam
const registration: MatrixMilestone = { id: "m1", name: "Đăng ký", kind: "REGISTRATION", deliverable: "Mẫu 1", dueAt: due, onPortal: true, phase: null, notOpenUntil: null };
const midterm: MatrixMilestone = { id: "m2", name: "Báo cáo sơ kết", kind: "MIDTERM_REPORT", deliverable: "Mẫu 2", dueAt: due, onPortal: true, phase: "MIDTERM", notOpenUntil: null };
const proposals: MatrixMilestone = { id: "m3", name: "Đề nghị khen thưởng", kind: "AWARD_PROPOSAL", deliverable: null, dueAt: due, onPortal: true, phase: null, notOpenUntil: null };
const other: MatrixMilestone = { id: "m4", name: "Hội nghị", kind: "OTHER", deliverable: null, dueAt: due, onPortal: false, phase: null, notOpenUntil: null };

function row(over: Partial<MatrixRow> = {}): MatrixRow {
  return {
    unitId: "u1",
    unitName: "Phòng A",
    unitStatus: "ACTIVE",
    registrationId: null,
    registrationStatus: null,
    isLate: false,
    lastSubmittedAt: null,
    matrixStatus: "NOT_STARTED",
    reports: {},
    ...over,
  };
}

const base = { campaignId: "c1", firstRow: 50, canExtend: true, extended: new Map<string, Date>(), proposals: null };

describe("the status matrix's rows as texts and links", () => {
  it("a unit that has not started Mẫu 1: its number on the page, the badge, and an extension offered to the office", () => {
    const [r] = matrixRowsView({ ...base, milestones: [registration], rows: [row()] });
    expect(r.no).toBe(51);
    expect(r.cells[0]).toEqual({
      kind: "record",
      dataCell: "registration",
      status: "NOT_STARTED",
      note: null,
      submittedAt: null,
      extendedTo: null,
      view: null,
      extend: { href: "/campaigns/c1/extensions?unit=u1&milestone=m1", srLabel: " cho Phòng A" },
    });
  });

  it("a submitted Mẫu 1: when (Vietnam time), a link to it, an active extension shown, no extension offered", () => {
    const [r] = matrixRowsView({
      ...base,
      extended: new Map([["m1:u1", new Date("2026-12-10T17:00:00Z")]]),
      milestones: [registration],
      rows: [row({ registrationId: "r1", registrationStatus: "SUBMITTED", matrixStatus: "SUBMITTED_ON_TIME", lastSubmittedAt: new Date("2026-11-30T02:05:00Z") })],
    });
    const cell = r.cells[0] as MatrixRecordCellView;
    expect(cell.submittedAt).toBe("Nộp lúc 30/11/2026 09:05");
    expect(cell.extendedTo).toBe("Gia hạn trước ngày 11/12/2026");
    expect(cell.view).toEqual({ href: "/campaigns/c1/registrations/r1", label: "Xem Mẫu 1", srLabel: " của Phòng A" });
    expect(cell.extend).toBeNull();
  });

  it("without the right to extend (or a campaign not published) no extension link appears", () => {
    const [r] = matrixRowsView({ ...base, canExtend: false, milestones: [registration], rows: [row()] });
    expect((r.cells[0] as MatrixRecordCellView).extend).toBeNull();
  });

  it("a report phase not open yet: when it opens instead of a badge, and no extension; a draft report is not linked", () => {
    const notOpen = { ...midterm, notOpenUntil: new Date("2027-05-31T17:00:00Z") };
    const empty = { reportId: null, status: null, isLate: false, lastSubmittedAt: null, matrixStatus: "NOT_STARTED" as const };
    const [a] = matrixRowsView({ ...base, milestones: [notOpen], rows: [row({ reports: { MIDTERM: empty } })] });
    expect(a.cells[0]).toMatchObject({ dataCell: "report-so-ket", status: null, note: "Mở nhận từ 01/06/2027", extend: null });
    const draft = { reportId: "rp1", status: "DRAFT" as const, isLate: false, lastSubmittedAt: null, matrixStatus: "DRAFT" as const };
    const [b] = matrixRowsView({ ...base, milestones: [midterm], rows: [row({ reports: { MIDTERM: draft } })] });
    expect(b.cells[0]).toMatchObject({ status: "DRAFT", view: null, extend: { srLabel: " báo cáo sơ kết cho Phòng A" } });
  });

  it("award proposals as a count, milestones followed outside the portal as such, a closed unit marked", () => {
    const counts = new Map([["u1", { submitted: 2, late: 1, drafts: 0, returned: 0 }]]);
    const [r] = matrixRowsView({ ...base, proposals: { byUnit: counts }, milestones: [proposals, other], rows: [row({ unitStatus: "CLOSED" })] });
    expect(r.closed).toBe(true);
    expect(r.cells).toEqual([{ kind: "proposals", text: "2 hồ sơ đã gửi (1 trễ hạn)", active: true }, { kind: "offPortal" }]);
  });

  it("column headings: a report's phase with its deliverable, otherwise the deliverable or the name, and the deadline", () => {
    expect(matrixColumns([registration, midterm, other])).toEqual([
      { id: "m1", title: "Đăng ký", heading: "Mẫu 1", deliverable: null, due: "hạn trước ngày 02/12/2026" },
      { id: "m2", title: "Báo cáo sơ kết", heading: "Báo cáo sơ kết", deliverable: "Mẫu 2", due: "hạn trước ngày 02/12/2026" },
      { id: "m4", title: "Hội nghị", heading: "Hội nghị", deliverable: null, due: "hạn trước ngày 02/12/2026" },
    ]);
  });
});
