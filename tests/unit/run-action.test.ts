import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// Outside a Next.js request there is no cache: record what would be revalidated.
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

// The session lookup reads the request's cookie and the database: the test chooses the signed-in user.
const signedIn = { current: null as null | { id: string } };
vi.mock("@/lib/auth/session", async () => {
  const { DomainError, MESSAGES } = await import("@/lib/actions/result");
  return {
    requireActionUser: async () => {
      if (!signedIn.current) throw new DomainError("UNAUTHENTICATED", MESSAGES.UNAUTHENTICATED);
      return signedIn.current;
    },
  };
});

const { runAction } = await import("@/lib/actions/run-action");
const { parseArg } = await import("@/lib/actions/input");
const { DomainError, GENERIC_ERROR, MESSAGES, ruleError } = await import("@/lib/actions/result");
const { SECTIONS } = await import("@/lib/actions/sections");

const schema = z.object({ name: z.string().min(1, { error: "Nhập tên." }), count: z.number().int() });

beforeEach(() => {
  revalidatePath.mockClear();
  signedIn.current = { id: "u1" };
});

describe("runAction", () => {
  it("runs the handler with the actor and the parsed input, revalidates the sections' layouts and answers the message", async () => {
    const handler = vi.fn(async (actor: { id: string }, data: { name: string; count: number }) => ({ id: "x1", secret: "kept on the server", by: actor.id, n: data.count }));
    const res = await runAction({
      input: { name: " A ", count: 2 },
      schema,
      handler,
      output: (r) => ({ id: r.id, by: r.by }),
      revalidate: (r) => (r.n > 1 ? ["campaigns", "unit", "campaigns"] : ["campaigns"]),
      message: (r, data) => `Đã lưu ${data.name.trim()} (${r.n}).`,
    });
    expect(res).toStrictEqual({ ok: true, data: { id: "x1", by: "u1" }, message: "Đã lưu A (2)." });
    expect(handler).toHaveBeenCalledWith({ id: "u1" }, { name: " A ", count: 2 });
    // Each section once, as a route-pattern layout.
    expect(revalidatePath.mock.calls).toEqual([
      [SECTIONS.campaigns, "layout"],
      [SECTIONS.unit, "layout"],
    ]);
  });

  it("gives the handler's result to the client when there is no output, and no message key without a message", async () => {
    const res = await runAction({ input: { name: "A", count: 1 }, schema, handler: async (_actor, data) => ({ count: data.count }) });
    expect(res).toStrictEqual({ ok: true, data: { count: 1 } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("answers a handler returning nothing with data undefined", async () => {
    const res = await runAction({ handler: async () => {}, revalidate: ["portal"], message: "Xong." });
    expect(res).toStrictEqual({ ok: true, data: undefined, message: "Xong." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("refuses an invalid input with the field errors, without running the handler or revalidating", async () => {
    const handler = vi.fn(async () => "never");
    const res = await runAction({ input: { name: "", count: 1.5 }, schema, handler, revalidate: ["campaigns"], message: "Không" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("VALIDATION");
    expect(res.error).toBe(MESSAGES.VALIDATION);
    expect(res.fieldErrors?.name).toBe("Nhập tên.");
    expect(res.fieldErrors?.count).toBeTruthy();
    expect(handler).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("answers a malformed body (control characters, not an object) as the schema-less parse would", async () => {
    const res = await runAction({ input: { name: "a\u0000b", count: 1 }, schema, handler: async () => 1 });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!res.ok) expect(res.fieldErrors?.name).toBeTruthy();
  });

  it("turns a DomainError of the handler into its code and message, and does not revalidate", async () => {
    const res = await runAction({
      input: { name: "A", count: 1 },
      schema,
      handler: async () => {
        throw ruleError("Đã quá hạn nộp.", { count: "Quá hạn." });
      },
      revalidate: ["campaigns"],
      message: "Không",
    });
    expect(res).toStrictEqual({ ok: false, code: "RULE", error: "Đã quá hạn nộp.", fieldErrors: { count: "Quá hạn." } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("checks arguments passed on their own with parseArg inside the handler (schema-less actions)", async () => {
    const id = z.string().trim().min(1).max(64);
    const handler = vi.fn(async (_actor: unknown, _data: undefined) => parseArg(id, ""));
    const res = await runAction({ handler, revalidate: ["campaigns"] });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("answers UNAUTHENTICATED without a signed-in user, before reading the input", async () => {
    signedIn.current = null;
    const schemaFn = vi.fn(async () => schema);
    const handler = vi.fn(async () => 1);
    const res = await runAction({ input: { name: "", count: 0 }, schema: schemaFn, handler, revalidate: ["campaigns"] });
    expect(res).toStrictEqual({ ok: false, code: "UNAUTHENTICATED", error: MESSAGES.UNAUTHENTICATED, fieldErrors: undefined });
    expect(schemaFn).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("accepts a schema read from the record (a function run after the sign-in check)", async () => {
    const res = await runAction({ input: { name: "A", count: 1 }, schema: async () => schema, handler: async (_a, data) => data.name });
    expect(res).toStrictEqual({ ok: true, data: "A" });
    const refused = await runAction({
      input: {},
      schema: async () => {
        throw new DomainError("NOT_FOUND", MESSAGES.NOT_FOUND);
      },
      handler: async () => 1,
    });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("logs an unexpected error and answers the generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await runAction({
      handler: async () => {
        throw new Error("boom");
      },
      revalidate: ["campaigns"],
    });
    expect(res).toStrictEqual({ ok: false, code: "RULE", error: GENERIC_ERROR });
    expect(log).toHaveBeenCalledTimes(1);
    expect(revalidatePath).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
