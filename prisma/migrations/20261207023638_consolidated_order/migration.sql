-- The consolidated Mẫu 1 list orders by the field's position, the unit's name, the form's owner and the
-- row's position, and filters on the form's status. Those live on four tables, so every request sorted all
-- of a campaign's rows (~19,000 at city scale). They are copied onto "Initiative" and kept by the triggers
-- below, so the list's page is read in order from one index and its counts come from another. The app
-- never writes these columns: whatever path inserts or moves an initiative, renames a unit, reorders a
-- field or changes a form's status, the database keeps them equal to their source.

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "fieldOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ownerKey" VARCHAR(64) NOT NULL DEFAULT '',
ADD COLUMN     "registrationStatus" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "unitName" VARCHAR(255) NOT NULL DEFAULT '';

-- Backfill
UPDATE "Initiative" i
SET "fieldOrder" = f."sortOrder", "unitName" = u."name", "ownerKey" = r."ownerKey", "registrationStatus" = r."status"
FROM "ReformField" f, "Unit" u, "Registration" r
WHERE f."id" = i."fieldId" AND u."id" = i."unitId" AND r."id" = i."registrationId";

-- An initiative written or moved: its copies read from their sources.
CREATE FUNCTION "Initiative_sort_keys"() RETURNS trigger AS $$
BEGIN
  SELECT f."sortOrder" INTO NEW."fieldOrder" FROM "ReformField" f WHERE f."id" = NEW."fieldId";
  SELECT u."name" INTO NEW."unitName" FROM "Unit" u WHERE u."id" = NEW."unitId";
  SELECT r."ownerKey", r."status" INTO NEW."ownerKey", NEW."registrationStatus" FROM "Registration" r WHERE r."id" = NEW."registrationId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Initiative_sort_keys"
BEFORE INSERT OR UPDATE OF "fieldId", "unitId", "registrationId", "fieldOrder", "unitName", "ownerKey", "registrationStatus" ON "Initiative"
FOR EACH ROW EXECUTE FUNCTION "Initiative_sort_keys"();

-- A form's status (or owner) changed: its rows follow.
CREATE FUNCTION "Registration_to_initiatives"() RETURNS trigger AS $$
BEGIN
  UPDATE "Initiative" SET "registrationStatus" = NEW."status", "ownerKey" = NEW."ownerKey" WHERE "registrationId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Registration_to_initiatives"
AFTER UPDATE OF "status", "ownerKey" ON "Registration"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."ownerKey" IS DISTINCT FROM NEW."ownerKey")
EXECUTE FUNCTION "Registration_to_initiatives"();

-- A unit renamed: its rows follow.
CREATE FUNCTION "Unit_name_to_initiatives"() RETURNS trigger AS $$
BEGIN
  UPDATE "Initiative" SET "unitName" = NEW."name" WHERE "unitId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Unit_name_to_initiatives"
AFTER UPDATE OF "name" ON "Unit"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
EXECUTE FUNCTION "Unit_name_to_initiatives"();

-- A field moved in the plan: its rows follow.
CREATE FUNCTION "ReformField_order_to_initiatives"() RETURNS trigger AS $$
BEGIN
  UPDATE "Initiative" SET "fieldOrder" = NEW."sortOrder" WHERE "fieldId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReformField_order_to_initiatives"
AFTER UPDATE OF "sortOrder" ON "ReformField"
FOR EACH ROW WHEN (OLD."sortOrder" IS DISTINCT FROM NEW."sortOrder")
EXECUTE FUNCTION "ReformField_order_to_initiatives"();

-- CreateIndex
CREATE INDEX "Initiative_campaignId_fieldOrder_unitName_unitId_ownerKey_s_idx" ON "Initiative"("campaignId", "fieldOrder", "unitName", "unitId", "ownerKey", "sortOrder", "id");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_registrationStatus_fieldId_idx" ON "Initiative"("campaignId", "registrationStatus", "fieldId");

-- Statistics for the new columns now, so that the planner reads the list's page from the ordering index
-- (without them it estimated a few hundred rows and sorted the whole campaign instead).
ANALYZE "Initiative";
