import { describe, expect, it } from "vitest";
import {
  CITY_ONLY_MESSAGE,
  DEPARTMENT_ONLY_MESSAGE,
  hasRecognisingVerdict,
  highestRecognition,
  levelAuthorityError,
  levelSatisfies,
  originIdOf,
  recognitionLevelOf,
  removalRefusedMessage,
} from "../../lib/recognition/rules";

describe("who recognises at which level", () => {
  it("the City recognises cấp Thành phố; a Sở or a district cấp Sở; an office nothing", () => {
    expect(recognitionLevelOf("CITY")).toBe("CITY");
    expect(recognitionLevelOf("DEPARTMENT")).toBe("DEPARTMENT");
    expect(recognitionLevelOf("DISTRICT")).toBe("DEPARTMENT");
    expect(recognitionLevelOf("OFFICE")).toBeNull();
    expect(recognitionLevelOf("WARD")).toBeNull();
  });

  it("a Sở asking for cấp Thành phố is refused with the City-only message, the City asking for cấp Sở with the other", () => {
    expect(levelAuthorityError("DEPARTMENT", "Sở QH-KT", "DEPARTMENT")).toBeNull();
    expect(levelAuthorityError("CITY", "UBND Thành phố", "CITY")).toBeNull();
    expect(levelAuthorityError("DEPARTMENT", "Sở QH-KT", "CITY")).toBe(CITY_ONLY_MESSAGE);
    expect(levelAuthorityError("DISTRICT", "Quận 1", "CITY")).toBe(CITY_ONLY_MESSAGE);
    expect(levelAuthorityError("CITY", "UBND Thành phố", "DEPARTMENT")).toBe(DEPARTMENT_ONLY_MESSAGE);
    expect(levelAuthorityError("OFFICE", "Phòng A", "DEPARTMENT")).toMatch(/Phòng A không có thẩm quyền/);
  });
});

describe("recognisable initiatives", () => {
  const round = (campaignId: string, status: "DRAFT" | "OPEN" | "CLOSED") => ({ campaignId, status });
  it("needs a RECOGNISE verdict in an open or closed round of the same campaign", () => {
    expect(hasRecognisingVerdict([{ verdict: "RECOGNISE", round: round("c1", "CLOSED") }], "c1")).toBe(true);
    expect(hasRecognisingVerdict([{ verdict: "RECOGNISE", round: round("c1", "OPEN") }], "c1")).toBe(true);
    expect(hasRecognisingVerdict([{ verdict: "RECOGNISE", round: round("c1", "DRAFT") }], "c1")).toBe(false);
    expect(hasRecognisingVerdict([{ verdict: "RECOGNISE", round: round("c2", "CLOSED") }], "c1")).toBe(false);
    expect(hasRecognisingVerdict([{ verdict: "PROPOSE_UPPER", round: round("c1", "CLOSED") }], "c1")).toBe(false);
    expect(hasRecognisingVerdict([{ verdict: null, round: round("c1", "CLOSED") }], "c1")).toBe(false);
    expect(hasRecognisingVerdict([], "c1")).toBe(false);
  });

  it("the lineage starts at the origin, or at the initiative itself", () => {
    expect(originIdOf({ id: "copy", originInitiativeId: "orig" })).toBe("orig");
    expect(originIdOf({ id: "orig", originInitiativeId: null })).toBe("orig");
  });
});

describe("levels named by award criteria", () => {
  it("any level counts both; cấp Sở counts cấp Sở or higher; cấp Thành phố only the City's", () => {
    expect(levelSatisfies("DEPARTMENT", null)).toBe(true);
    expect(levelSatisfies("CITY", null)).toBe(true);
    expect(levelSatisfies("DEPARTMENT", "DEPARTMENT")).toBe(true);
    expect(levelSatisfies("CITY", "DEPARTMENT")).toBe(true);
    expect(levelSatisfies("DEPARTMENT", "CITY")).toBe(false);
    expect(levelSatisfies("CITY", "CITY")).toBe(true);
  });

  it("the highest recognition wins, then the earliest", () => {
    const d = (level: "CITY" | "DEPARTMENT", day: string) => ({ level, signedOn: new Date(`${day}T00:00:00Z`) });
    expect(highestRecognition([d("DEPARTMENT", "2022-11-01"), d("CITY", "2022-12-20")])).toEqual(d("CITY", "2022-12-20"));
    expect(highestRecognition([d("DEPARTMENT", "2022-11-05"), d("DEPARTMENT", "2022-11-01")])).toEqual(d("DEPARTMENT", "2022-11-01"));
    expect(highestRecognition([])).toBeNull();
  });

  it("the Mẫu 1 removal refusal names the decision", () => {
    expect(removalRefusedMessage("52/QĐ-SQHKT", "05/12/2022")).toBe("Nội dung này đã được công nhận tại Quyết định số 52/QĐ-SQHKT ngày 05/12/2022; không thể xoá khỏi Mẫu 1.");
  });
});
