import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/result";

/**
 * Shows a server action's field errors ("rows.0.content" → message) next to the fields of a
 * react-hook-form form. `accept` keeps only the keys the form has; the first error can take focus.
 * Returns how many errors were placed.
 */
export function setServerFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  { accept, focusFirst = false }: { accept?: (key: string) => boolean; focusFirst?: boolean } = {},
): number {
  let placed = 0;
  for (const [key, message] of Object.entries(fieldErrors ?? {})) {
    if (accept && !accept(key)) continue;
    setError(key as Path<T>, { type: "server", message }, { shouldFocus: focusFirst && placed === 0 });
    placed++;
  }
  return placed;
}
