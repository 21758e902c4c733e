import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The PostgreSQL extensions the schema uses, as PGlite must be given them: an embedded database loads an
 * extension's code only when it is opened with it, on every open (an index that uses pg_trgm's operators
 * cannot be read or written otherwise). On a PostgreSQL server the migration's CREATE EXTENSION is enough.
 * - pg_trgm: the trigram index that serves the consolidated list's search (migration initiative_search_trgm).
 */
export const PGLITE_EXTENSIONS = { pg_trgm } satisfies PGliteOptions["extensions"];

/** Every embedded database of the portal (app, scripts, tests) is opened here, with the schema's extensions. */
export function openPglite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  // One options object: PGlite ignores its second argument when the first is not a directory name.
  return new PGlite({ ...options, ...(dataDir ? { dataDir } : {}), extensions: PGLITE_EXTENSIONS });
}
