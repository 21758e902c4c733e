import { z } from "zod";
import { CONTROL_CHAR_MESSAGE, findInputProblems } from "@/lib/validation/text";
import { BAD_REQUEST_PARAMS, DomainError, isTemporaryReferenceError, MESSAGES, zodFieldErrors } from "./result";

/**
 * The validation step of every server action: `schema.safeParse(input)` plus what a schema alone
 * cannot answer for a forged or pasted body.
 *
 * - Control characters (U+0000 pasted from a PDF…) anywhere in the input, strings or keys: refused
 *   with a message at their path, so that every free-text field of every form is covered even where
 *   the schema does not use the shared `text()` builder (lib/validation/text.ts).
 * - React temporary references ("$T" in the body: a function proxy that throws when touched) and
 *   anything else that throws while the input is read: a bad request (VALIDATION), nothing logged as
 *   an error. Checked before the schema, whose refinements may read the raw input.
 *
 * The result has the shape of zod's safeParse: `if (!parsed.success) return validationFailure(parsed.error)`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  let problems: ReturnType<typeof findInputProblems>;
  try {
    problems = findInputProblems(input);
  } catch (err) {
    return badRequestResult(err);
  }
  if (problems.some((p) => p.kind === "opaque")) return badRequestResult();
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input);
  } catch (err) {
    return badRequestResult(err);
  }
  if (!problems.length) return result;
  const issues: z.core.$ZodIssue[] = problems.map((p) => ({ code: "custom", path: p.path, message: CONTROL_CHAR_MESSAGE }));
  // The control characters' message first: it is the one shown at its field.
  return { success: false, error: new z.ZodError([...issues, ...(result.success ? [] : result.error.issues)]) } as z.ZodSafeParseResult<z.output<S>>;
}

/** For an argument passed on its own (an id, a lock version): the parsed value, or a VALIDATION DomainError. */
export function parseArg<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = parseInput(schema, value);
  if (parsed.success) return parsed.data;
  const badRequest = parsed.error.issues.some((i) => i.code === "custom" && (i as { params?: Record<string, unknown> }).params?.badRequest);
  if (badRequest) throw new DomainError("VALIDATION", MESSAGES.BAD_REQUEST);
  throw new DomainError("VALIDATION", MESSAGES.VALIDATION, zodFieldErrors(parsed.error));
}

function badRequestResult<T>(err?: unknown): z.ZodSafeParseResult<T> {
  if (err !== undefined && !isTemporaryReferenceError(err)) {
    // One line, no stack: the input is at fault, not the server.
    console.warn(`Server action: unreadable input refused (${err instanceof Error ? err.message.slice(0, 200) : typeof err}).`);
  }
  const issue: z.core.$ZodIssue = { code: "custom", path: [], message: MESSAGES.BAD_REQUEST, params: BAD_REQUEST_PARAMS };
  return { success: false, error: new z.ZodError([issue]) } as z.ZodSafeParseResult<T>;
}
