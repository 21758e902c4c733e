import { describe, expect, it } from "vitest";
import { evaluateCriterion } from "../../lib/awards/criteria";
import { draftDocument, type DraftModel } from "../../lib/awards/proposals/dossier-text";
import { confirmTokenHash, formStampAge, newConfirmToken, newTrackingCode, normaliseTrackingCode, signFormStamp, trackingCodeHash } from "../../lib/public-ideas/codes";
import { isTaxCode, normalisePhone, titleSimilarity, visibleToOffice } from "../../lib/public-ideas/rules";
import { publicIdeaSchema } from "../../lib/public-ideas/schemas";
import { foldForSearch } from "../../lib/text/fold";

describe("tracking codes", () => {
  it("are 20 symbols of Crockford base 32 in groups of four, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newTrackingCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}){4}$/);
  });

  it("forgive case, spaces, dashes and the letters people confuse, and refuse anything else", () => {
    expect(normaliseTrackingCode(" dem0 hke1-0000-0000-0001 ")).toBe("DEM0HKE1000000000001");
    expect(normaliseTrackingCode("DEMO-HKEI-OOOO-0000-000L")).toBe("DEM0HKE1000000000001");
    expect(trackingCodeHash("dem0hke1000000000001")).toBe(trackingCodeHash("DEM0-HKE1-0000-0000-0001"));
    expect(normaliseTrackingCode("DEM0-HKE1-0000-0000")).toBeNull();
    expect(normaliseTrackingCode("DEM0-HKE1-0000-0000-000U")).toBeNull();
    expect(trackingCodeHash("'; DROP TABLE x; --")).toBeNull();
  });

  it("confirmation tokens hash to a value that is not the token", () => {
    const t = newConfirmToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(confirmTokenHash(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(confirmTokenHash("short")).toBeNull();
  });
});

describe("the form's fill-time stamp", () => {
  it("tells how long ago the page was rendered, and refuses a forged or altered stamp", () => {
    const now = Date.now();
    const stamp = signFormStamp(now - 12_000);
    expect(formStampAge(stamp, now)).toBe(12_000);
    const [ms, mac] = stamp.split(".");
    expect(formStampAge(`${Number(ms) - 60_000}.${mac}`, now)).toBeNull();
    expect(formStampAge("123", now)).toBeNull();
    expect(formStampAge("", now)).toBeNull();
  });
});

describe("contact and business fields", () => {
  it("reads Vietnamese phone numbers written in the usual ways", () => {
    expect(normalisePhone("0912 345 678")).toBe("0912345678");
    expect(normalisePhone("+84 912.345.678")).toBe("0912345678");
    expect(normalisePhone("(028) 3829 1234")).toBe("02838291234");
    expect(normalisePhone("12345")).toBeNull();
    expect(normalisePhone("0912345678901")).toBeNull();
  });

  it("accepts a tax code of 10 digits or a branch's 10-3", () => {
    expect(isTaxCode("0312345678")).toBe(true);
    expect(isTaxCode("0312345678-001")).toBe(true);
    expect(isTaxCode("031234567")).toBe(false);
    expect(isTaxCode("03123456789")).toBe(false);
  });

  it("requires a tax code from a business, a contact from everyone, and consent", () => {
    const base = { campaignId: "c", submitterKind: "ORGANISATION", submitterName: "Công ty X", fieldId: "f", title: "T", content: "C", consent: "yes" };
    const r = publicIdeaSchema.safeParse(base);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["taxCode", "email"]));
    expect(publicIdeaSchema.safeParse({ ...base, submitterKind: "PERSON", phone: "0912345678", consent: "no" }).success).toBe(false);
    const ok = publicIdeaSchema.parse({ ...base, taxCode: "0312345678", email: "LienHe@Example.com" });
    expect(ok).toMatchObject({ email: "lienhe@example.com", taxCode: "0312345678", phone: null });
    expect(publicIdeaSchema.parse({ ...base, submitterKind: "PERSON", taxCode: "0312345678", phone: "0912 345 678" })).toMatchObject({ taxCode: null, phone: "0912345678" });
  });
});

describe("what the office sees", () => {
  const now = new Date("2026-12-06T05:00:00Z");
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600_000);
  it("shows confirmed ideas and phone-only ideas, unconfirmed ones for 72 hours, and never withdrawn ones", () => {
    expect(visibleToOffice({ email: "a@b.vn", emailConfirmedAt: at(1), createdAt: at(100), status: "RECEIVED" }, now)).toBe(true);
    expect(visibleToOffice({ email: null, emailConfirmedAt: null, createdAt: at(500), status: "RECEIVED" }, now)).toBe(true);
    expect(visibleToOffice({ email: "a@b.vn", emailConfirmedAt: null, createdAt: at(71), status: "RECEIVED" }, now)).toBe(true);
    expect(visibleToOffice({ email: "a@b.vn", emailConfirmedAt: null, createdAt: at(73), status: "RECEIVED" }, now)).toBe(false);
    expect(visibleToOffice({ email: null, emailConfirmedAt: null, createdAt: at(1), status: "WITHDRAWN" }, now)).toBe(false);
  });

  it("suggests titles sharing most of their words as duplicates, whatever the diacritics", () => {
    const a = foldForSearch("Tra cứu quy hoạch bằng mã QR tại phường");
    expect(titleSimilarity(a, foldForSearch("Tra cuu quy hoach bang ma QR o phuong"))).toBeGreaterThanOrEqual(0.5);
    expect(titleSimilarity(a, foldForSearch("Kéo dài giờ làm việc thứ Bảy"))).toBeLessThan(0.2);
    expect(titleSimilarity("", a)).toBe(0);
  });
});

describe("citizens and businesses in awards", () => {
  const c = { id: "k", content: "Có hiến kế được ghi nhận", kind: "PUBLIC_IDEA_ACCEPTED" as const, hard: false };
  const d = { rating: null, noDiscipline: null, answers: {} };
  it("meets the idea criterion with an accepted idea of the campaign, not with none or one not accepted", () => {
    expect(evaluateCriterion(c, null, { ...d, publicIdea: { title: "Mẫu hồ sơ", accepted: true, campaignNumber: "1045/KH-SQHKT" } })).toMatchObject({ met: true, basis: expect.stringContaining("1045/KH-SQHKT") });
    expect(evaluateCriterion(c, null, { ...d, publicIdea: { title: "Mẫu hồ sơ", accepted: false, campaignNumber: "x" } }).met).toBe(false);
    expect(evaluateCriterion(c, null, d).met).toBe(false);
  });

  it("writes a citizen's achievement report in file 004's terms, without rating, discipline or unit figures", () => {
    const m: DraftModel = {
      parentBodyName: "SỞ QUY HOẠCH - KIẾN TRÚC",
      unitName: "Phòng Quy hoạch khu vực 1",
      unitSymbol: "QHKV1",
      organisationName: "Sở Quy hoạch - Kiến trúc",
      campaign: { documentNumber: "1045/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua", year: 2026 },
      place: "Thành phố Hồ Chí Minh",
      nominee: { type: "CITIZEN", name: "Công ty TNHH Xanh", detail: null, isBusiness: true, unitName: null },
      awardForm: { name: "Giấy khen của Giám đốc Sở", organisationName: "Sở Quy hoạch - Kiến trúc", withinAuthority: true },
      achievements: "Đề xuất mẫu hồ sơ điện tử.",
      declaredRating: null,
      declaredNoDiscipline: null,
      criteria: [{ ...c, met: true, basis: "Hiến kế đã được ghi nhận." }],
      facts: null,
      initiatives: [],
      publicIdea: { title: "Mẫu hồ sơ điền sẵn", accepted: true, campaignNumber: "1045/KH-SQHKT" },
    };
    const doc = draftDocument("ACHIEVEMENT_REPORT", m);
    const text = doc.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("Tên doanh nghiệp: Công ty TNHH Xanh");
    expect(text).toContain("Hiến kế “Mẫu hồ sơ điền sẵn” gửi qua Cổng thi đua cải cách hành chính, đã được ghi nhận vào phong trào");
    expect(text).toContain("dịch vụ công trực tuyến");
    expect(text).toContain("phản ánh kịp thời");
    expect(text).not.toContain("XẾP LOẠI VÀ KỶ LUẬT");
    expect(text).not.toContain("Cổng không có dữ liệu");
  });
});
