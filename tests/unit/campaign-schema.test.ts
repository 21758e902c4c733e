import { describe, expect, it } from "vitest";
import { DEFAULT_REFORM_FIELDS, formatOfficialDate, PLAN_MILESTONES } from "../../lib/campaigns/defaults";
import { campaignFormSchema, campaignListFilterSchema, cloneCampaignSchema, isValidDay, publishProblems, type CampaignFormInput } from "../../lib/campaigns/schemas";
import { ancestorIdsOf, flattenSubtree } from "../../lib/campaigns/unit-options";
import { zodFieldErrors } from "../../lib/actions/result";
import { DAY_FORMAT_ERROR } from "../../lib/validation/day-messages";

function valid(): CampaignFormInput {
  return {
    documentNumber: "1128/KH-SQHKT",
    issuedOn: "2022-04-14",
    year: 2022,
    issuingUnitId: "sqhkt",
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    title: "Kế hoạch phát động phong trào thi đua về cải cách hành chính năm 2022",
    theme: "",
    legalBases: "",
    purpose: "",
    participantsText: "",
    criteria: { COLLECTIVE: [{ content: "Hoàn thành tốt nhiệm vụ cải cách hành chính." }], INDIVIDUAL: [], CITIZEN: [] },
    fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
    registrationLevels: ["CITY", "DEPARTMENT"],
    startsOn: "2022-04-14",
    endsOn: "2022-12-31",
    unitIds: ["a", "b"],
    parentCampaignId: "",
    milestones: PLAN_MILESTONES.map((m) => ({ ...m, beforeDay: "2022-04-18" })),
  };
}

const errorsOf = (input: unknown) => {
  const r = campaignFormSchema.safeParse(input);
  return r.success ? {} : zodFieldErrors(r.error);
};

describe("campaign form schema", () => {
  it("accepts the plan of file 000 and trims text", () => {
    const r = campaignFormSchema.safeParse({ ...valid(), title: "  Kế hoạch 2022  " });
    expect(r.success).toBe(true);
    expect(r.success && r.data.title).toBe("Kế hoạch 2022");
  });

  it("requires the number and symbol, title, signer and dates with Vietnamese messages", () => {
    const e = errorsOf({ ...valid(), documentNumber: "", title: " ", signerName: "", issuedOn: "", startsOn: "" });
    expect(e).toMatchObject({
      documentNumber: "Vui lòng nhập số và ký hiệu.",
      title: "Vui lòng nhập tên kế hoạch.",
      signerName: "Vui lòng nhập họ tên người ký.",
      issuedOn: "Vui lòng chọn ngày ban hành.",
      startsOn: "Vui lòng chọn ngày bắt đầu.",
    });
  });

  it("states the limit of over-long text", () => {
    expect(errorsOf({ ...valid(), title: "a".repeat(1001) }).title).toBe("Tối đa 1.000 ký tự.");
    expect(errorsOf({ ...valid(), legalBases: "a".repeat(10001) }).legalBases).toBe("Tối đa 10.000 ký tự.");
    const m = valid().milestones;
    m[0] = { ...m[0], name: "x".repeat(501) };
    expect(errorsOf({ ...valid(), milestones: m })["milestones.0.name"]).toBe("Tối đa 500 ký tự.");
  });

  it("checks the number/symbol shape and real calendar days", () => {
    expect(errorsOf({ ...valid(), documentNumber: "1128 KH" }).documentNumber).toContain("1128/KH-SQHKT");
    expect(errorsOf({ ...valid(), issuedOn: "2022-02-30" }).issuedOn).toContain("Ngày không hợp lệ");
    // What the date input passes on when it cannot read the text: told in the input's words.
    expect(errorsOf({ ...valid(), issuedOn: "30/02/2022" }).issuedOn).toBe(DAY_FORMAT_ERROR);
    expect(isValidDay("2024-02-29")).toBe(true);
    expect(isValidDay("2023-02-29")).toBe(false);
    expect(isValidDay("1999-12-31")).toBe(false);
  });

  it("refuses an end date before the start date but accepts the same day", () => {
    expect(errorsOf({ ...valid(), endsOn: "2022-04-13" }).endsOn).toBe("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
    expect(errorsOf({ ...valid(), endsOn: "2022-04-14" }).endsOn).toBeUndefined();
  });

  it("requires a date on every milestone and allows at most one registration milestone", () => {
    const m = valid().milestones;
    m[1] = { ...m[1], beforeDay: "" };
    m[4] = { ...m[4], kind: "REGISTRATION" };
    const e = errorsOf({ ...valid(), milestones: m });
    expect(e["milestones.1.beforeDay"]).toBe("Vui lòng chọn hạn (trước ngày).");
    expect(e["milestones.4.kind"]).toBe("Mỗi kế hoạch chỉ có một mốc đăng ký (Mẫu 1).");
  });

  it("refuses duplicate or empty reform fields, empty criteria lines and no registration level", () => {
    const e = errorsOf({
      ...valid(),
      fields: [{ name: "Cải cách thể chế" }, { name: "cải cách thể chế" }, { name: "" }],
      criteria: { COLLECTIVE: [{ content: " " }], INDIVIDUAL: [], CITIZEN: [] },
      registrationLevels: [],
    });
    expect(e["fields.1.name"]).toBe("Lĩnh vực này bị trùng tên.");
    expect(e["fields.2.name"]).toBe("Vui lòng nhập tên lĩnh vực hoặc xoá dòng này.");
    expect(e["criteria.COLLECTIVE.0.content"]).toBe("Vui lòng nhập tiêu chí hoặc xoá dòng này.");
    expect(e.registrationLevels).toBe("Chọn ít nhất một cấp đăng ký.");
  });

  it("refuses unknown enum values and duplicate unit ids", () => {
    const m = valid().milestones;
    expect(errorsOf({ ...valid(), unitIds: ["a", "a"] }).unitIds).toBe("Danh sách đơn vị tham gia bị trùng.");
    const e = errorsOf({ ...valid(), milestones: [{ ...m[0], responsibleRole: "KING" }] });
    expect(e["milestones.0.responsibleRole"]).toBe("Vui lòng chọn vai trò chịu trách nhiệm.");
  });

  it("validates the clone form and list filters", () => {
    expect(cloneCampaignSchema.safeParse({ year: 2023, documentNumber: "1200/KH-SQHKT" }).success).toBe(true);
    expect(cloneCampaignSchema.safeParse({ year: Number.NaN, documentNumber: "" }).success).toBe(false);
    expect(campaignListFilterSchema.parse({ year: "2022", status: "PUBLISHED", page: "2" })).toEqual({ year: 2022, status: "PUBLISHED", page: 2 });
    expect(campaignListFilterSchema.parse({ year: "abc", status: "X", page: "-1" })).toEqual({ year: undefined, status: undefined, page: 1 });
  });
});

describe("publish checklist", () => {
  it("lists what is missing", () => {
    expect(
      publishProblems({ unitCount: 0, fieldCount: 0, registrationLevels: [], milestones: [{ name: "Báo cáo", kind: "OTHER", dueAt: null }] }),
    ).toEqual([
      "Chưa chọn đơn vị tham gia.",
      "Chưa có lĩnh vực đăng ký thi đua.",
      "Chưa chọn cấp đăng ký (cấp Thành phố, cấp Sở).",
      "Chưa có mốc đăng ký (Mẫu 1).",
      "Mốc “Báo cáo” chưa có hạn.",
    ]);
    expect(publishProblems({ unitCount: 2, fieldCount: 6, registrationLevels: ["CITY"], milestones: [{ name: "Đăng ký", kind: "REGISTRATION", dueAt: new Date() }] })).toEqual([]);
  });
});

describe("plan helpers", () => {
  it("formats the official date like the document header", () => {
    expect(formatOfficialDate(new Date("2022-04-14T00:00:00Z"))).toBe("ngày 14 tháng 4 năm 2022");
    expect(formatOfficialDate(new Date("2022-02-05T00:00:00Z"))).toBe("ngày 05 tháng 02 năm 2022");
  });

  it("orders a subtree depth-first and lists each branch's descendants", () => {
    const units = [
      { id: "root", parentId: null, name: "Sở", sortOrder: 0, status: "ACTIVE" as const },
      { id: "b", parentId: "root", name: "Phòng B", sortOrder: 2, status: "ACTIVE" as const },
      { id: "a", parentId: "root", name: "Phòng A", sortOrder: 1, status: "ACTIVE" as const },
      { id: "a1", parentId: "a", name: "Tổ A1", sortOrder: 0, status: "CLOSED" as const },
    ];
    const flat = flattenSubtree("root", units);
    expect(flat.map((u) => [u.id, u.depth])).toEqual([
      ["a", 0],
      ["a1", 1],
      ["b", 0],
    ]);
    expect(flat[0].descendantIds).toEqual(["a1"]);
    expect(flat[1].active).toBe(false);
    expect(ancestorIdsOf("/city/sqhkt/")).toEqual(["city"]);
  });
});

describe("campaign form schema: hard cut-off (Hạn cuối cùng)", () => {
  it("is optional, and may equal or follow the milestone's due day", () => {
    const m = valid().milestones;
    m[0] = { ...m[0], beforeDay: "2022-04-18", cutoffDay: "2022-04-18" };
    m[1] = { ...m[1], beforeDay: "2022-04-18", cutoffDay: "2022-04-25" };
    const r = campaignFormSchema.safeParse({ ...valid(), milestones: m });
    expect(r.success).toBe(true);
    expect(r.success && r.data.milestones[2].cutoffDay).toBe("");
  });

  it("refuses a cut-off before the due day, with a message on that field", () => {
    const m = valid().milestones;
    m[0] = { ...m[0], beforeDay: "2022-04-18", cutoffDay: "2022-04-17" };
    expect(errorsOf({ ...valid(), milestones: m })["milestones.0.cutoffDay"]).toBe("Hạn cuối cùng không nhận phải bằng hoặc sau hạn của mốc.");
    m[0] = { ...m[0], cutoffDay: "2022-02-30" };
    expect(errorsOf({ ...valid(), milestones: m })["milestones.0.cutoffDay"]).toBe("Ngày không hợp lệ (từ năm 2000 đến 2100).");
  });
});
