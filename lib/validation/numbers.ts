/**
 * The largest value of a PostgreSQL `integer` column (lockVersion, counts, sort orders). A number
 * above it passes `z.number().int()` (a safe integer) but fails in the database (22003), so forms
 * bound their integers with it.
 */
export const INT4_MAX = 2_147_483_647;
