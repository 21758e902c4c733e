import { describe, expect, it } from "vitest";
import { evaluateCriteria, failsHardCriterion, missingDeclarations, type CriterionInput, type PortalFacts } from "../../lib/awards/criteria";

const criteria: CriterionInput[] = [
  { id: "reg", content: "Có đăng ký mô hình", kind: "INITIATIVE_REGISTERED", hard: true },
  { id: "done", content: "Có mô hình hoàn thành", kind: "INITIATIVE_COMPLETED", hard: false },
  { id: "time", content: "Báo cáo đúng hạn", kind: "REPORTS_ON_TIME", hard: false },
  { id: "rating", content: "Hoàn thành tốt nhiệm vụ trở lên", kind: "RATING_AT_LEAST_GOOD", hard: true },
  { id: "disc", content: "Không bị kỷ luật", kind: "NO_DISCIPLINE", hard: true },
  { id: "other", content: "Thực hiện tốt quy chế ứng xử", kind: "DECLARED", hard: false },
];

const facts: PortalFacts = { initiativesRegistered: 3, initiativesCompleted: 2, initiativesRecognised: 1, reportsSubmitted: 2, reportsLate: 0, reportsMissing: 0 };

describe("award criteria checklist", () => {
  it("meets every criterion when the portal's data and the declarations are good", () => {
    const r = evaluateCriteria(criteria, facts, { rating: "EXCELLENT", noDiscipline: true, answers: { other: true } });
    expect(r.map((x) => x.met)).toEqual([true, true, true, true, true, true]);
    expect(failsHardCriterion(r)).toBe(false);
    expect(missingDeclarations(r)).toEqual([]);
  });

  it("fails a hard criterion when the declared rating is only 'Hoàn thành nhiệm vụ'", () => {
    const r = evaluateCriteria(criteria, facts, { rating: "COMPLETED", noDiscipline: true, answers: { other: true } });
    expect(r.find((x) => x.id === "rating")?.met).toBe(false);
    expect(failsHardCriterion(r)).toBe(true);
  });

  it("fails a hard criterion when the unit registered no initiative", () => {
    const r = evaluateCriteria(criteria, { ...facts, initiativesRegistered: 0, initiativesCompleted: 0 }, { rating: "GOOD", noDiscipline: true, answers: { other: true } });
    expect(r.find((x) => x.id === "reg")).toMatchObject({ met: false, basis: "0 mô hình, giải pháp, sáng kiến đã đăng ký (Mẫu 1 được tiếp nhận)." });
    expect(failsHardCriterion(r)).toBe(true);
  });

  it("does not count a failed soft criterion (a late report) as a hard failure", () => {
    const r = evaluateCriteria(criteria, { ...facts, reportsLate: 1 }, { rating: "GOOD", noDiscipline: true, answers: { other: true } });
    expect(r.find((x) => x.id === "time")?.met).toBe(false);
    expect(failsHardCriterion(r)).toBe(false);
  });

  it("lists unanswered declarations and leaves them undecided rather than failed", () => {
    const r = evaluateCriteria(criteria, facts, { rating: null, noDiscipline: null, answers: {} });
    expect(missingDeclarations(r).map((x) => x.id)).toEqual(["rating", "disc", "other"]);
    expect(failsHardCriterion(r)).toBe(false);
  });

  it("leaves portal criteria undecided for a citizen, of whom the portal knows nothing", () => {
    const r = evaluateCriteria(criteria, null, { rating: "GOOD", noDiscipline: true, answers: { other: true } });
    expect(r.find((x) => x.id === "reg")?.met).toBeNull();
    expect(failsHardCriterion(r)).toBe(false);
  });
});

describe("recognised initiatives: read from recognition decisions at the level the criterion names", () => {
  const rec = (level: "CITY" | "DEPARTMENT" | null): CriterionInput => ({ id: `rec-${level}`, content: "Có mô hình được công nhận", kind: "INITIATIVE_RECOGNISED", hard: true, recognitionLevel: level });
  const d = { rating: "GOOD" as const, noDiscipline: true, answers: {} };
  const deptOnly: PortalFacts = {
    ...facts,
    initiativesRecognised: 1,
    recognition: { department: 1, city: 0, decisions: [{ level: "DEPARTMENT", number: "52/QĐ-SQHKT", signedOn: "05/12/2022", issuer: "Sở Quy hoạch - Kiến trúc", count: 1 }] },
  };
  const withCity: PortalFacts = {
    ...deptOnly,
    recognition: {
      department: 1,
      city: 1,
      decisions: [...deptOnly.recognition!.decisions, { level: "CITY", number: "3120/QĐ-UBND", signedOn: "20/12/2022", issuer: "UBND Thành phố", count: 1 }],
    },
  };

  it("a cấp Sở recognition meets 'any level' and 'cấp Sở trở lên' but not 'cấp Thành phố'", () => {
    const r = evaluateCriteria([rec(null), rec("DEPARTMENT"), rec("CITY")], deptOnly, d);
    expect(r.map((x) => x.met)).toEqual([true, true, false]);
    expect(r[1].basis).toBe("1 mô hình, giải pháp, sáng kiến được công nhận cấp Sở trở lên (QĐ số 52/QĐ-SQHKT ngày 05/12/2022 của Sở Quy hoạch - Kiến trúc).");
    expect(r[2].basis).toBe("Chưa có mô hình, giải pháp, sáng kiến được công nhận cấp Thành phố bằng quyết định công nhận.");
    expect(failsHardCriterion(r)).toBe(true);
  });

  it("a City recognition meets every level and the basis names the City's decision", () => {
    const r = evaluateCriteria([rec(null), rec("DEPARTMENT"), rec("CITY")], withCity, d);
    expect(r.map((x) => x.met)).toEqual([true, true, true]);
    expect(r[2].basis).toBe("1 mô hình, giải pháp, sáng kiến được công nhận cấp Thành phố (QĐ số 3120/QĐ-UBND ngày 20/12/2022 của UBND Thành phố).");
  });

  it("nothing recognised: not met at any level; facts saved before the decisions existed count nothing per level", () => {
    const none: PortalFacts = { ...facts, initiativesRecognised: 0, recognition: { department: 0, city: 0, decisions: [] } };
    expect(evaluateCriteria([rec(null), rec("DEPARTMENT"), rec("CITY")], none, d).map((x) => x.met)).toEqual([false, false, false]);
    const legacy: PortalFacts = { ...facts, initiativesRecognised: 2 };
    expect(evaluateCriteria([rec(null), rec("CITY")], legacy, d).map((x) => x.met)).toEqual([true, false]);
  });
});
