/** The choices of a Mẫu 1 row, shared by the schema (lib/registrations/schemas.ts) and the editor, without zod. */
export const INITIATIVE_TYPES = ["MODEL", "SOLUTION", "INITIATIVE", "GOOD_PRACTICE"] as const;
export const OWNER_TYPES = ["UNIT", "INDIVIDUALS"] as const;
export const LEVELS = ["CITY", "DEPARTMENT"] as const;
export const MAX_ROWS = 300;
