import { describe, expect, it } from "vitest";
import { contentDisposition, documentNumberSlug, exportFileName } from "../../lib/consolidation/download";
import {
  foldVietnamese,
  hasActiveFilters,
  initiativeFiltersToParams,
  foldedContainsPattern,
  invariantLikePattern,
  parseInitiativeFilters,
  parseMatrixFilters,
  parsePageParam,
  searchRegex,
  SELECTABLE_STATUSES,
  toQueryString,
} from "../../lib/consolidation/filters";
import { countsFromGroups, isOnPortal } from "../../lib/consolidation/matrix";

describe("consolidated list filters from the URL", () => {
  it("keeps valid values and drops unknown or malformed ones", () => {
    expect(parseInitiativeFilters({ unit: "cku1", field: "f_2", level: "CITY", status: "RETURNED", typical: "1", q: "  số   hóa  " })).toEqual({
      unitId: "cku1",
      fieldId: "f_2",
      level: "CITY",
      status: "RETURNED",
      typicalOnly: true,
      q: "số hóa",
    });
    expect(parseInitiativeFilters({ unit: "x' OR 1=1", level: "WARD", status: "DRAFT", typical: "yes", q: "   " })).toEqual({ typicalOnly: false });
  });

  it("reads 'only content sent up from below' (forwarded=1) and keeps it in the links", () => {
    const f = parseInitiativeFilters({ forwarded: "1" });
    expect(f).toEqual({ typicalOnly: false, forwardedOnly: true });
    expect(initiativeFiltersToParams(f).forwarded).toBe("1");
    expect(hasActiveFilters(f)).toBe(true);
    expect(parseInitiativeFilters({ forwarded: "yes" })).toEqual({ typicalOnly: false });
  });

  it("reads the unit-name search and keeps it in the links", () => {
    const f = parseInitiativeFilters({ unitq: "  phường  Bến Thành " });
    expect(f.unitQuery).toBe("phường Bến Thành");
    expect(initiativeFiltersToParams(f).unitq).toBe("phường Bến Thành");
    expect(hasActiveFilters(f)).toBe(true);
  });

  it("accepts only the statuses the page allows (the typical page: submitted or accepted)", () => {
    expect(parseInitiativeFilters({ status: "RETURNED" }, SELECTABLE_STATUSES).status).toBeUndefined();
    expect(parseInitiativeFilters({ status: "ACCEPTED" }, SELECTABLE_STATUSES).status).toBe("ACCEPTED");
  });

  it("reads URLSearchParams and arrays, and caps the search text at 200 characters", () => {
    expect(parseInitiativeFilters(new URLSearchParams("unit=a&unit=b")).unitId).toBe("a");
    expect(parseInitiativeFilters({ unit: ["c", "d"] }).unitId).toBe("c");
    expect(parseInitiativeFilters({ q: "a".repeat(500) }).q).toHaveLength(200);
  });

  it("round-trips the filters to a query string for page and export links", () => {
    const f = parseInitiativeFilters({ field: "f1", typical: "1", q: "một cửa" });
    expect(toQueryString(initiativeFiltersToParams(f))).toBe("?field=f1&typical=1&q=m%E1%BB%99t+c%E1%BB%ADa");
    expect(toQueryString(initiativeFiltersToParams({ typicalOnly: false }))).toBe("");
    expect(hasActiveFilters(f)).toBe(true);
    expect(hasActiveFilters({ typicalOnly: false })).toBe(false);
  });

  it("parses page numbers defensively", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam("0")).toBe(1);
    expect(parsePageParam("abc")).toBe(1);
    expect(parsePageParam(undefined)).toBe(1);
  });

  it("parses the matrix status filter", () => {
    expect(parseMatrixFilters({ status: "NOT_STARTED" })).toEqual({ status: "NOT_STARTED" });
    expect(parseMatrixFilters({ status: "SUBMITTED" })).toEqual({});
    expect(parseMatrixFilters({ status: "RETURNED", phase: "so-ket" })).toEqual({ status: "RETURNED", phase: "MIDTERM" });
    expect(parseMatrixFilters({ status: "RETURNED", phase: "giua-ky" })).toEqual({ status: "RETURNED" });
    expect(parseMatrixFilters({ phase: "tong-ket" })).toEqual({});
  });
});

describe("accent-insensitive search", () => {
  it("folds Vietnamese letters to plain lower case", () => {
    expect(foldVietnamese("Thủ tục HÀNH CHÍNH, Đổi mới")).toBe("thu tuc hanh chinh, doi moi");
    // decomposed input (NFD) folds the same way
    expect(foldVietnamese("Số hóa".normalize("NFD"))).toBe("so hoa");
  });

  it("builds a regular expression that matches every accented and capitalised form", () => {
    const re = new RegExp(searchRegex("thu tuc"));
    expect(re.test("Cải cách THỦ TỤC hành chính")).toBe(true);
    expect(re.test("Thủ   tục")).toBe(true);
    expect(re.test("thư tức")).toBe(true);
    expect(re.test("thu thuế")).toBe(false);
    expect(new RegExp(searchRegex("Đổi mới")).test("DOI MOI quy trình")).toBe(true);
  });

  it("escapes regular-expression characters typed by the user", () => {
    const re = new RegExp(searchRegex("100% (a+b)?"));
    expect(re.test("đạt 100% (a+b)?")).toBe(true);
    expect(re.test("đạt 1000 aab")).toBe(false);
  });

  it("picks the longest piece that diacritics cannot change as a LIKE pre-filter", () => {
    expect(invariantLikePattern("thủ tục 1999")).toBe("%1999%");
    expect(invariantLikePattern("nghị quyết")).toBe("%ngh%");
    expect(invariantLikePattern("số hóa")).toBeNull();
    expect(invariantLikePattern("50%_x")).toBe("%50\\%\\_x%");
  });

  it("folds a search text for the folded content column: no case, no diacritics, one space, LIKE's characters escaped", () => {
    expect(foldedContainsPattern("  Hồ  SƠ\tđất đai ")).toBe("%ho so dat dai%");
    expect(foldedContainsPattern("50%_x\\")).toBe("%50\\%\\_x\\\\%");
    expect(foldedContainsPattern("   ")).toBeNull();
  });
});

describe("download names", () => {
  it("makes an ASCII slug of the campaign number", () => {
    expect(documentNumberSlug("1128/KH-SQHKT")).toBe("1128-KH-SQHKT");
    expect(documentNumberSlug("45/KH-ĐU")).toBe("45-KH-DU");
    expect(exportFileName("tong-hop-mau-1", "1128/KH-SQHKT")).toBe("tong-hop-mau-1-1128-KH-SQHKT.xlsx");
  });

  it("writes Content-Disposition with an ASCII fallback and filename*", () => {
    expect(contentDisposition("tong-hop-mau-1-1128-KH-SQHKT.xlsx")).toBe(
      `attachment; filename="tong-hop-mau-1-1128-KH-SQHKT.xlsx"; filename*=UTF-8''tong-hop-mau-1-1128-KH-SQHKT.xlsx`,
    );
    expect(contentDisposition("Tổng hợp.xlsx")).toBe(`attachment; filename="Tong hop.xlsx"; filename*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p.xlsx`);
  });
});

describe("matrix counts", () => {
  it("turns grouped registration statuses into matrix counts", () => {
    expect(
      countsFromGroups([
        { status: null, isLate: null, n: 3 },
        { status: "DRAFT", isLate: false, n: 1 },
        { status: "AWAITING_CONFIRMATION", isLate: false, n: 1 },
        { status: "SUBMITTED", isLate: false, n: 2 },
        { status: "SUBMITTED", isLate: true, n: 4 },
        { status: "RETURNED", isLate: true, n: 1 },
        { status: "ACCEPTED", isLate: true, n: 5 },
      ]),
    ).toEqual({ NOT_STARTED: 3, DRAFT: 2, SUBMITTED_ON_TIME: 2, SUBMITTED_LATE: 4, RETURNED: 1, ACCEPTED: 5 });
  });

  it("puts Mẫu 1 and the units' reports of each phase on the portal, not awards", () => {
    expect(isOnPortal("REGISTRATION")).toBe(true);
    expect(isOnPortal("MIDTERM_REPORT")).toBe(true);
    expect(isOnPortal("FINAL_REPORT")).toBe(true);
    expect(isOnPortal("AWARD_PROPOSAL")).toBe(false);
    expect(isOnPortal("MIDTERM_SUMMARY")).toBe(false);
  });
});
