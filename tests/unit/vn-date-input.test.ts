import { describe, expect, it } from "vitest";
import { dayToInputVN, parseDayVN } from "../../lib/time/vn";

describe("dd/MM/yyyy date entry", () => {
  it("reads dd/MM/yyyy as day first (5 April, not 4 May)", () => {
    expect(parseDayVN("05/04/2027")).toBe("2027-04-05");
    expect(parseDayVN(" 5/4/2027 ")).toBe("2027-04-05");
    expect(parseDayVN("05-04-2027")).toBe("2027-04-05");
    expect(parseDayVN("05.04.2027")).toBe("2027-04-05");
  });

  it("also accepts the yyyy-MM-dd an <input type=date> or an old value carries", () => {
    expect(parseDayVN("2027-04-05")).toBe("2027-04-05");
  });

  it("accepts the first and last days of months and years, and 29/02 of leap years only", () => {
    expect(parseDayVN("01/01/2000")).toBe("2000-01-01");
    expect(parseDayVN("31/12/2100")).toBe("2100-12-31");
    expect(parseDayVN("31/01/2027")).toBe("2027-01-31");
    expect(parseDayVN("30/04/2027")).toBe("2027-04-30");
    expect(parseDayVN("29/02/2028")).toBe("2028-02-29");
    expect(parseDayVN("29/02/2000")).toBe("2000-02-29");
    expect(parseDayVN("29/02/2027")).toBeNull();
    expect(parseDayVN("29/02/2100")).toBeNull();
    expect(parseDayVN("2027-02-29")).toBeNull();
  });

  it("refuses days and months out of range and malformed text", () => {
    for (const bad of ["31/04/2027", "32/01/2027", "00/01/2027", "01/00/2027", "01/13/2027", "00/00/0000", "", "  ", "5/4/27", "05/04/20271", "abc", "2027/04/05", "05/04", "1e1/04/2027"]) {
      expect(parseDayVN(bad), bad).toBeNull();
    }
  });

  it("shows a stored yyyy-MM-dd as dd/MM/yyyy, and round-trips", () => {
    expect(dayToInputVN("2027-04-05")).toBe("05/04/2027");
    expect(dayToInputVN("2000-01-01")).toBe("01/01/2000");
    expect(dayToInputVN("")).toBe("");
    expect(dayToInputVN(undefined)).toBe("");
    expect(dayToInputVN("05/04/2027")).toBe("05/04/2027");
    for (const day of ["2027-04-05", "2028-02-29", "2100-12-31"]) expect(parseDayVN(dayToInputVN(day))).toBe(day);
  });
});
