-- Names were ordered by the database's default collation: "C" on the embedded database and C.UTF-8 on this
-- machine's server, i.e. by code point, which puts every name that starts with a Vietnamese letter after Z
-- ("Đội…", "Ủy ban…", "Đặng…" came after "Văn phòng…" and "Vũ…"). The names that lists order by now use
-- ICU's Vietnamese collation, the order the app's own sorts use (Intl.Collator("vi"), lib/text/collate.ts):
-- a ă â b c d đ e ê …, tones after the letter. PGlite's ICU carries no locale data, so there the collation
-- falls back to ICU's root order: Đ with D and Ủ with U as well, only ă/â and đ not yet apart from a and d.
-- The collation is deterministic: equality, unique indexes, LIKE and regular expressions behave as before.
-- The indexes on these columns (the consolidated list's order, the summary's) are rebuilt in the new order,
-- so those lists are still read in order from an index.
CREATE COLLATION IF NOT EXISTS "vietnamese" (provider = icu, locale = 'vi');

-- The two triggers that name these columns (migration consolidated_order) are put back unchanged after: a
-- column a trigger names cannot change its type.
DROP TRIGGER "Unit_name_to_initiatives" ON "Unit";
DROP TRIGGER "Initiative_sort_keys" ON "Initiative";

ALTER TABLE "Unit" ALTER COLUMN "name" TYPE VARCHAR(255) COLLATE "vietnamese";
ALTER TABLE "Initiative" ALTER COLUMN "unitName" TYPE VARCHAR(255) COLLATE "vietnamese";

CREATE TRIGGER "Initiative_sort_keys"
BEFORE INSERT OR UPDATE OF "fieldId", "unitId", "registrationId", "fieldOrder", "unitName", "ownerKey", "registrationStatus" ON "Initiative"
FOR EACH ROW EXECUTE FUNCTION "Initiative_sort_keys"();

CREATE TRIGGER "Unit_name_to_initiatives"
AFTER UPDATE OF "name" ON "Unit"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "Unit_name_to_initiatives"();

ALTER TABLE "User" ALTER COLUMN "fullName" TYPE VARCHAR(255) COLLATE "vietnamese";
ALTER TABLE "AwardProposal" ALTER COLUMN "nomineeName" TYPE VARCHAR(255) COLLATE "vietnamese";
ALTER TABLE "AwardForm" ALTER COLUMN "name" TYPE VARCHAR(255) COLLATE "vietnamese";
ALTER TABLE "RecognisedModel" ALTER COLUMN "fieldName" TYPE VARCHAR(255) COLLATE "vietnamese";

ANALYZE "Unit";
ANALYZE "Initiative";
ANALYZE "User";
