import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * Validation that loads zod (and the form's schema) the first time it runs, not with the page: zod is
 * ~30 kB gzipped of every form page's first load, and nothing needs it before the first check. The
 * server validates again with the same schema (lib/actions/run-action.ts), so nothing depends on this.
 */
export type SchemaLoader<S extends z.ZodType> = () => Promise<S>;

/** Field errors keyed "a.b.0.c" (the first message of each field), as the server actions return them. */
export type LazyFieldErrors = Record<string, string>;

export async function validateLazily<S extends z.ZodType>(
  load: SchemaLoader<S>,
  values: unknown,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; errors: LazyFieldErrors }> {
  const schema = await load();
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: LazyFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".");
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A react-hook-form resolver over a schema loaded on first use (then kept). */
export function lazyZodResolver<In extends FieldValues, Out extends FieldValues>(load: () => Promise<z.ZodType<Out, In>>): Resolver<In, unknown, Out> {
  let resolver: Promise<Resolver<In, unknown, Out>> | null = null;
  return async (values, context, options) => {
    resolver ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>,
      (err) => {
        resolver = null; // a failed download is tried again at the next check
        throw err;
      },
    );
    return (await resolver)(values, context, options);
  };
}
