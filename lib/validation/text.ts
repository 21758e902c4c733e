import { z } from "zod";

/**
 * Free text of the forms: shared by the client forms (zodResolver) and the server actions.
 *
 * C0 control characters other than tab, line feed and carriage return are REFUSED, with a message at
 * the field. U+0000 comes with text pasted from PDFs: PostgreSQL cannot store it in a text column
 * (error 22021) nor in jsonb (22P05), so the save used to fail as a whole with a generic error. The
 * others (vertical tab, form feed, escape…) are invisible, would be stored as is and would break the
 * .docx drafts (XML 1.0 forbids them). Refusing, not stripping: what the user sees in the form is
 * exactly what is saved (the client keeps its own copy of the text for autosave and "unsaved changes").
 */

/** C0 controls except \t (U+0009), \n (U+000A) and \r (U+000D). */
export const CONTROL_CHARS_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export const CONTROL_CHAR_MESSAGE =
  "Nội dung có ký tự không hợp lệ (ký tự NUL hoặc ký tự điều khiển, thường gặp khi dán từ PDF). Vui lòng xoá hoặc gõ lại đoạn vừa dán.";

export function hasControlChars(value: string): boolean {
  return CONTROL_CHARS_RE.test(value);
}

/**
 * `z.string()` refusing control characters; chain `.trim().min().max()` as usual. The refusal comes
 * first, so that it is the message shown at the field.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((v) => !hasControlChars(v), { error: CONTROL_CHAR_MESSAGE });
}

// ------------------------------------------------------------------ whole inputs (the action's common path)

export interface InputProblem {
  path: (string | number)[];
  kind: "control" | "opaque";
}

const MAX_NODES = 200_000;

function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks what a client sent to a server action (plain objects and arrays; cycles and depth are fine)
 * and reports, by path: strings or keys with control characters ("control"), and values no form sends
 * ("opaque"): functions, which is what React's decoder makes of a temporary reference ("$T") or a server
 * reference in a forged body. Such a proxy is never touched (only `typeof`). A getter that throws
 * (a forged object) propagates: the caller answers a bad request.
 */
export function findInputProblems(input: unknown, limit = 50): InputProblem[] {
  type At = { parent: At | null; key: string | number } | null;
  const pathOf = (at: At) => {
    const path: (string | number)[] = [];
    for (let a = at; a; a = a.parent) path.unshift(a.key);
    return path;
  };
  const out: InputProblem[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; at: At }[] = [{ value: input, at: null }];
  let nodes = 0;
  while (stack.length && out.length < limit && nodes++ < MAX_NODES) {
    const { value, at } = stack.pop()!;
    if (typeof value === "string") {
      if (hasControlChars(value)) out.push({ path: pathOf(at), kind: "control" });
      continue;
    }
    if (typeof value === "function") {
      out.push({ path: pathOf(at), kind: "opaque" });
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value) || !isPlainContainer(value)) continue;
    seen.add(value);
    const isArray = Array.isArray(value);
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child: At = { parent: at, key: isArray ? Number(key) : key };
      if (!isArray && hasControlChars(key)) out.push({ path: pathOf(child), kind: "control" });
      stack.push({ value: (value as Record<string, unknown>)[key], at: child });
    }
  }
  return out;
}
