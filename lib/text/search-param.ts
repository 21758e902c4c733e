/**
 * A search text read from the URL (`?q=…`): control characters (U+0000 above all) become spaces, runs of
 * spaces one, cut to `max` characters. A search box cannot type them, but a forged or pasted link can, and
 * PostgreSQL refuses U+0000 in a text parameter: the page answered 500 instead of searching. Client-safe.
 */
export function searchTextParam(value: string | undefined, max = 200): string {
  return (value ?? "")
    .replace(/[\u0000-\u001F\u007F]/g, " ")
    .replace(/\s+/g, " ")
    .slice(0, max)
    .trim();
}
