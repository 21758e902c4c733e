import "server-only";
import type { z } from "zod";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";
import { parseInput } from "./input";
import { failure, validationFailure, type ActionResult } from "./result";
import { revalidateSections, type Section } from "./sections";

/** What a handler returning nothing gives the client: `data: undefined`. */
type DataOf<T> = [T] extends [void] ? undefined : T;

type Computed<T, D, V> = V | ((result: T, data: D) => V);

export interface ActionSpec<S extends z.ZodType, T> {
  /** The input as the client sent it (unknown: a forged request can send anything). */
  input?: unknown;
  /**
   * Validates `input`; a refusal is a VALIDATION result with the field errors, the handler does not run.
   * A function when the schema depends on the record (it runs after the sign-in check). Omitted for an
   * action without a body: its arguments are checked in the handler with `parseArg`.
   */
  schema?: S | (() => Promise<S>);
  /** The work: a mutation (or query) of lib/<feature>, which checks permissions on the record itself. */
  handler: (actor: SessionUser, data: z.output<S>) => Promise<T>;
  /**
   * The sections whose pages show what the handler changed (the revalidation rule: see runAction);
   * revalidated after success only. Omitted when nothing a page shows has changed.
   */
  revalidate?: Computed<T, z.output<S>, readonly Section[]>;
  /** The success message shown to the user. */
  message?: Computed<T, z.output<S>, string>;
}

/**
 * The one path of every server action:
 *
 *   requireActionUser → parseInput(schema, input) → handler(actor, data) → revalidate → `{ ok, data, message }`
 *
 * and any throw becomes `failure(err)` (a DomainError's code and message, a zod error's field errors,
 * an unexpected error logged and answered with the generic message). The handler's result is what the
 * client receives unless `output` picks the part of it the client needs.
 *
 * **Revalidation rule.** An action that changed what pages show revalidates, after success only, the
 * layouts of the portal's sections whose pages show the changed record (`revalidate: ["campaigns",
 * "unit"]`, lib/actions/sections.ts), never page by page. The pages are rendered per request, so what
 * revalidating does today is make the browser drop its router cache and re-render the page it is on;
 * the section list says which pages depend on the record, for the day some are cached. An action that
 * changes nothing a page shows (a preview, an autosave under the user's typing, a generated draft still
 * in the editor) names no section. Nor does an action after which the client navigates to another URL
 * (router.replace): that navigation renders the new page fresh, and a revalidation would render the old
 * page once more inside the action's answer (measured on the Mẫu 1 submission: half its server time).
 * After a revalidating action the client does not call router.refresh(): the action's answer already
 * carries the page re-rendered, and a refresh renders it once more (a second full render of, e.g., a
 * 200-item ballot per vote). The clients call it only after what does not revalidate (a file upload
 * through a route handler, an action that names no section) or together with a navigation.
 *
 * A server-actions module (the use-server directive) exports only async functions: each action stays an explicit
 * `export async function xAction(input: X): Promise<ActionResult<Y>> { return runAction({ … }); }`.
 */
export function runAction<T, R, S extends z.ZodType = z.ZodUndefined>(
  spec: ActionSpec<S, T> & { output: (result: T, data: z.output<S>) => R },
): Promise<ActionResult<R>>;
export function runAction<T, S extends z.ZodType = z.ZodUndefined>(spec: ActionSpec<S, T> & { output?: undefined }): Promise<ActionResult<DataOf<T>>>;
export async function runAction<T, R, S extends z.ZodType>(
  spec: ActionSpec<S, T> & { output?: (result: T, data: z.output<S>) => R },
): Promise<ActionResult<unknown>> {
  try {
    const actor = await requireActionUser();
    let data = undefined as z.output<S>;
    if (spec.schema) {
      const schema = typeof spec.schema === "function" ? await spec.schema() : spec.schema;
      const parsed = parseInput(schema, spec.input);
      if (!parsed.success) return validationFailure(parsed.error);
      data = parsed.data;
    }
    const result = await spec.handler(actor, data);
    const sections = typeof spec.revalidate === "function" ? spec.revalidate(result, data) : spec.revalidate;
    if (sections?.length) revalidateSections(sections);
    const message = typeof spec.message === "function" ? spec.message(result, data) : spec.message;
    const out = spec.output ? spec.output(result, data) : result;
    return message === undefined ? { ok: true, data: out } : { ok: true, data: out, message };
  } catch (err) {
    return failure(err);
  }
}

/**
 * The same path for the few actions of people without an account (issue 14: confirming an idea's e-mail,
 * withdrawing it with its tracking code): no session; validate, then the handler, which checks what it
 * acts on itself (a token or a code, rate-limited).
 */
export async function runPublicAction<T, S extends z.ZodType>(spec: Omit<ActionSpec<S, T>, "handler" | "schema"> & { schema: S; handler: (data: z.output<S>) => Promise<T> }): Promise<ActionResult<DataOf<T>>> {
  try {
    const parsed = parseInput(spec.schema, spec.input);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await spec.handler(parsed.data);
    const sections = typeof spec.revalidate === "function" ? spec.revalidate(result, parsed.data) : spec.revalidate;
    if (sections?.length) revalidateSections(sections);
    const message = typeof spec.message === "function" ? spec.message(result, parsed.data) : spec.message;
    const out = result as DataOf<T>;
    return message === undefined ? { ok: true, data: out } : { ok: true, data: out, message };
  } catch (err) {
    return failure(err);
  }
}
