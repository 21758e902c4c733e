import { createHash } from "node:crypto";

/**
 * Names for PostgreSQL prepared statements, so that each connection parses a statement once and then only
 * binds and executes it (https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY).
 *
 * Without a name, node-postgres sends Parse + Bind + Execute for every statement and PostgreSQL parses,
 * analyses and rewrites the same SQL text again each time. The portal runs the same few hundred statement
 * shapes over and over (Prisma turns a query's shape into the same SQL text, with the values as parameters),
 * so on a busy server most of that work is repeated.
 *
 * The name is derived from the SQL text (two texts never share a name: node-postgres refuses a name reused
 * for another text). A connection keeps its statements until it closes; the pool closes idle connections,
 * which bounds what a connection accumulates. Statements whose text varies with the data — long lists of
 * parameters, as in `IN (…)` over many ids or a many-row insert — stay unnamed: naming them would fill every
 * connection with statements used once.
 */
export const MAX_NAMED_PARAMETERS = 32;
export const MAX_NAMED_SQL_LENGTH = 16_000;

export function preparedStatementName(query: { sql: string; args: readonly unknown[] }): string {
  // An empty name is an unnamed statement for node-postgres (`if (this.name)`).
  if (query.args.length > MAX_NAMED_PARAMETERS || query.sql.length > MAX_NAMED_SQL_LENGTH) return "";
  // 63 bytes is PostgreSQL's limit for a name (NAMEDATALEN - 1); "p" + 27 base64url characters of SHA-1.
  return "p" + createHash("sha1").update(query.sql).digest("base64url");
}

/** PREPARED_STATEMENTS=0 turns naming off, e.g. behind a pooler in transaction mode that cannot keep them. */
export function preparedStatementsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const v = (env.PREPARED_STATEMENTS ?? "").trim().toLowerCase();
  return !(v === "0" || v === "false" || v === "off" || v === "no");
}
