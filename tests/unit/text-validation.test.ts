import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { parseArg, parseInput } from "../../lib/actions/input";
import { DomainError, failure, GENERIC_ERROR, MESSAGES, validationFailure } from "../../lib/actions/result";
import { proposalFormSchema } from "../../lib/awards/proposals/schemas";
import { campaignFormSchema } from "../../lib/campaigns/schemas";
import { saveMinutesSchema } from "../../lib/council/minutes/schemas";
import { grantExtensionSchema } from "../../lib/extensions/schemas";
import { registrationFormSchema, returnToOwnerSchema } from "../../lib/registrations/schemas";
import { reportFormSchema } from "../../lib/reports/schemas";
import { returnRegistrationSchema } from "../../lib/review/schemas";
import { createUnitSchema } from "../../lib/units/schemas";
import { createUserSchema } from "../../lib/users/schemas";
import { CONTROL_CHAR_MESSAGE, findInputProblems, hasControlChars, text } from "../../lib/validation/text";

const NUL = "\u0000";
const PASTED = `Đoạn văn dán từ PDF${NUL}có ký tự NUL`;

/** The message zod gives at `path` (the first one, as the forms show it). */
function messageAt(schema: z.ZodType, input: unknown, path: string): string | undefined {
  const res = schema.safeParse(input);
  if (res.success) return undefined;
  return res.error.issues.find((i) => i.path.map(String).join(".") === path)?.message;
}

describe("text(): free text refuses control characters", () => {
  it("refuses U+0000 and the other C0 controls, keeps tab, new line and carriage return", () => {
    for (const c of ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F"]) expect(hasControlChars(`a${c}b`), JSON.stringify(c)).toBe(true);
    expect(hasControlChars("Dòng 1\n\tDòng 2\r\nDòng 3 – “trích dẫn” …")).toBe(false);
    const schema = text().trim().min(1).max(10);
    expect(schema.safeParse("  ab\tc  ").data).toBe("ab\tc");
    const res = schema.safeParse(`a${NUL}b`);
    expect(res.success).toBe(false);
    expect(res.error?.issues[0].message).toBe(CONTROL_CHAR_MESSAGE);
  });

  it("the control character's message comes first at the field, before the length rules", () => {
    expect(messageAt(text().max(3, { error: "Tối đa 3 ký tự." }), `abcdef${NUL}`, "")).toBe(CONTROL_CHAR_MESSAGE);
  });

  it("every main form's free text shows it at its field", () => {
    const row = { initiativeId: null, fieldId: "f1", content: PASTED, type: "SOLUTION", ownerType: "UNIT", ownerNames: "", expectedCompletion: "2026-09-30", note: PASTED, level: "DEPARTMENT" };
    const mau1 = { campaignId: "c", unitId: "u", registrationId: null, lockVersion: 0, rows: [row], confirmed: false };
    expect(messageAt(registrationFormSchema(), mau1, "rows.0.content")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(registrationFormSchema(), mau1, "rows.0.note")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(returnToOwnerSchema, { registrationId: "r", lockVersion: 1, comment: PASTED }, "comment")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(returnRegistrationSchema, { campaignId: "c", registrationId: "r", lockVersion: 1, comment: PASTED }, "comment")).toBe(CONTROL_CHAR_MESSAGE);

    const report = {
      campaignId: "c",
      unitId: "u",
      phase: "MIDTERM",
      reportId: null,
      lockVersion: 0,
      situation: PASTED,
      currentState: "",
      strengths: "",
      limitations: "",
      lessons: "",
      fieldRows: [{ fieldId: "f", completedOverride: null, overrideNote: "", note: PASTED }],
      parts: [{ initiativeId: "i", summary: PASTED, results: "" }],
      confirmed: false,
    };
    expect(messageAt(reportFormSchema(), report, "situation")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(reportFormSchema(), report, "fieldRows.0.note")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(reportFormSchema(), report, "parts.0.summary")).toBe(CONTROL_CHAR_MESSAGE);

    expect(messageAt(campaignFormSchema, { title: PASTED, purpose: PASTED }, "title")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(campaignFormSchema, { title: PASTED, purpose: PASTED }, "purpose")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(grantExtensionSchema, { reason: PASTED }, "reason")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(proposalFormSchema, { achievements: PASTED, nomineeName: PASTED }, "achievements")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(proposalFormSchema, { achievements: PASTED, nomineeName: PASTED }, "nomineeName")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(saveMinutesSchema, { sessionId: "s", lockVersion: 0, minutes: PASTED }, "minutes")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(createUserSchema, { fullName: PASTED }, "fullName")).toBe(CONTROL_CHAR_MESSAGE);
    expect(messageAt(createUnitSchema, { name: PASTED }, "name")).toBe(CONTROL_CHAR_MESSAGE);
  });
});

describe("integers bound to the database's integer", () => {
  it("a lockVersion above 2³¹−1 is refused by the schema (it used to reach PostgreSQL: 22003, a generic error)", () => {
    const form = { campaignId: "c", unitId: "u", registrationId: "r", lockVersion: 2 ** 31, rows: [], confirmed: false };
    expect(messageAt(registrationFormSchema(), form, "lockVersion")).toBeDefined();
    expect(registrationFormSchema().safeParse({ ...form, lockVersion: 2 ** 31 - 1 }).success).toBe(true);
    expect(messageAt(saveMinutesSchema, { sessionId: "s", lockVersion: 2 ** 31, minutes: "Biên bản" }, "lockVersion")).toBeDefined();
    expect(messageAt(returnRegistrationSchema, { campaignId: "c", registrationId: "r", lockVersion: "2147483648", comment: "x" }, "lockVersion")).toBeDefined();
  });
});

describe("findInputProblems: the whole input, as an action receives it", () => {
  it("reports strings and keys with control characters by path, and functions (React temporary references)", () => {
    const cyclic: Record<string, unknown> = { ok: "tốt" };
    cyclic.self = cyclic;
    const input = { a: [{ b: "x" }, { b: `y${NUL}` }], [`k${NUL}`]: 1, fn: () => 1, cyclic };
    expect(findInputProblems(input)).toEqual(
      expect.arrayContaining([
        { path: ["a", 1, "b"], kind: "control" },
        { path: [`k${NUL}`], kind: "control" },
        { path: ["fn"], kind: "opaque" },
      ]),
    );
    expect(findInputProblems(input)).toHaveLength(3);
    expect(findInputProblems({ deep: JSON.parse("[".repeat(5000) + '"z"' + "]".repeat(5000)) })).toEqual([]);
  });
});

describe("parseInput: the actions' validation step", () => {
  afterEach(() => vi.restoreAllMocks());
  const schema = z.object({ title: z.string().max(100), rows: z.array(z.object({ note: z.string() })) });

  it("refuses control characters at their path even where the schema uses a plain z.string()", () => {
    const parsed = parseInput(schema, { title: "Tiêu đề", rows: [{ note: `ghi chú${NUL}` }] });
    expect(parsed.success).toBe(false);
    expect(validationFailure(parsed.error!)).toEqual({ ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION, fieldErrors: { "rows.0.note": CONTROL_CHAR_MESSAGE } });
  });

  it("answers a bad request when reading the input throws (a forged object), without logging an error", () => {
    const error = vi.spyOn(console, "error");
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const forged = {
      title: "x",
      get rows(): unknown {
        throw new Error("Cannot access rows on the server. You cannot dot into a temporary client reference from a server component.");
      },
    };
    const parsed = parseInput(schema, forged);
    expect(parsed.success).toBe(false);
    expect(validationFailure(parsed.error!)).toEqual({ ok: false, code: "VALIDATION", error: MESSAGES.BAD_REQUEST });
    expect(parseInput(schema, { title: "x", rows: [() => 1] }).success).toBe(false);
    expect(error).not.toHaveBeenCalled();
  });

  it("parseArg throws a VALIDATION DomainError", () => {
    expect(parseArg(z.string().max(64), "abc")).toBe("abc");
    expect(() => parseArg(z.string().max(64), `a${NUL}`)).toThrow(DomainError);
    expect(failure(captured(() => parseArg(z.string().max(64), 5)))).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

function captured(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("did not throw");
}

describe("failure(): errors a request causes are not server errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers React's temporary reference errors, zod errors and PostgreSQL 22021 as VALIDATION, without console.error", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(failure(new Error("Cannot access foo on the server. You cannot dot into a temporary client reference from a server component."))).toEqual({
      ok: false,
      code: "VALIDATION",
      error: MESSAGES.BAD_REQUEST,
    });
    expect(failure(new Error("Attempted to call a temporary Client Reference from the server but it is on the client."))).toMatchObject({ code: "VALIDATION" });
    expect(failure(captured(() => z.string().parse(1)))).toMatchObject({ ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION });
    const pg = Object.assign(new Error("Invalid `tx.initiative.createMany()` invocation: Database error. Code: `22021`."), {
      code: "P2039",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "22021", kind: "postgres", code: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' } } },
    });
    expect(failure(pg)).toEqual({ ok: false, code: "VALIDATION", error: CONTROL_CHAR_MESSAGE });
    const range = Object.assign(new Error("Value out of range for the type"), {
      code: "P2020",
      meta: { driverAdapterError: { cause: { originalCode: "22003", kind: "ValueOutOfRange", cause: 'value "2147483648" is out of range for type integer' } } },
    });
    expect(failure(range)).toEqual({ ok: false, code: "VALIDATION", error: MESSAGES.BAD_REQUEST });
    expect(error).not.toHaveBeenCalled();
    // Anything else is still a server error: logged, generic message.
    expect(failure(new TypeError("x is undefined"))).toEqual({ ok: false, code: "RULE", error: GENERIC_ERROR });
    expect(error).toHaveBeenCalledTimes(1);
  });
});
