import { describe, expect, it } from "vitest";
import { MAX_NAMED_PARAMETERS, MAX_NAMED_SQL_LENGTH, preparedStatementName, preparedStatementsEnabled } from "@/lib/db/statement-names";

const q = (sql: string, n = 1) => ({ sql, args: Array.from({ length: n }, (_, i) => i) });

describe("names of PostgreSQL prepared statements", () => {
  it("the same SQL text gets the same name whatever the values, and another text another name", () => {
    const a = preparedStatementName({ sql: 'SELECT "id" FROM "Unit" WHERE "id" = $1', args: ["u1"] });
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "Unit" WHERE "id" = $1', args: ["u2"] })).toBe(a);
    expect(preparedStatementName({ sql: 'SELECT "name" FROM "Unit" WHERE "id" = $1', args: ["u1"] })).not.toBe(a);
  });

  it("a name fits PostgreSQL's 63-byte limit and is plain ASCII", () => {
    const name = preparedStatementName(q("SELECT 1 /* " + "đơn vị ".repeat(500) + " */"));
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toMatch(/^p[A-Za-z0-9_-]+$/);
  });

  it("statements whose text grows with the data (long parameter lists, very long SQL) stay unnamed", () => {
    expect(preparedStatementName(q("SELECT 1", MAX_NAMED_PARAMETERS))).not.toBe("");
    expect(preparedStatementName(q("SELECT 1", MAX_NAMED_PARAMETERS + 1))).toBe("");
    expect(preparedStatementName(q("x".repeat(MAX_NAMED_SQL_LENGTH + 1)))).toBe("");
  });

  it("PREPARED_STATEMENTS=0 (or false, off, no) turns naming off; unset or anything else keeps it on", () => {
    for (const v of ["0", "false", "OFF", " no "]) expect(preparedStatementsEnabled({ PREPARED_STATEMENTS: v })).toBe(false);
    for (const v of [undefined, "", "1", "true"]) expect(preparedStatementsEnabled({ PREPARED_STATEMENTS: v })).toBe(true);
  });
});
