import { describe, expect, it } from "vitest";
import { parseInitiativeFilters } from "../../lib/consolidation/filters";
import { parseLibraryFilters } from "../../lib/library/schemas";
import { searchTextParam } from "../../lib/text/search-param";

describe("a search text read from the URL", () => {
  it("turns U+0000 and other control characters into spaces, which the database then never sees", () => {
    expect(searchTextParam("hồ\u0000sơ")).toBe("hồ sơ");
    expect(searchTextParam("\u0000\u001b\u007f")).toBe("");
    expect(searchTextParam("a\tb\nc")).toBe("a b c");
  });

  it("keeps the text otherwise, collapses spaces and cuts it to the length asked", () => {
    expect(searchTextParam("  Số   hóa  ")).toBe("Số hóa");
    expect(searchTextParam("x".repeat(500), 200)).toHaveLength(200);
    expect(searchTextParam(undefined)).toBe("");
    expect(searchTextParam("<b>'%_")).toBe("<b>'%_");
  });

  it("is what the consolidated list's and the library's filters search for", () => {
    expect(parseInitiativeFilters({ q: "đất\u0000đai", unitq: "\u0000" })).toEqual({ typicalOnly: false, q: "đất đai" });
    expect(parseLibraryFilters({ q: "Số\u0000hoá" }).q).toBe("so hoa");
  });
});
