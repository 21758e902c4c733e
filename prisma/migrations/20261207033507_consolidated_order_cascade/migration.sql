-- The copies on "Initiative" (migration consolidated_order) are pushed by the triggers on "Registration",
-- "Unit" and "ReformField" with the values of their source. Reading those sources again for every row the
-- push rewrites cost a submission three lookups per row of its form (measured: ~15 % of the submissions
-- per second under 100 writers). A write made by one of those triggers (depth > 1) is trusted; any other
-- write to an initiative still reads the copies from their sources, so a direct write to a copy is put back.
CREATE OR REPLACE FUNCTION "Initiative_sort_keys"() RETURNS trigger AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  SELECT f."sortOrder" INTO NEW."fieldOrder" FROM "ReformField" f WHERE f."id" = NEW."fieldId";
  SELECT u."name" INTO NEW."unitName" FROM "Unit" u WHERE u."id" = NEW."unitId";
  SELECT r."ownerKey", r."status" INTO NEW."ownerKey", NEW."registrationStatus" FROM "Registration" r WHERE r."id" = NEW."registrationId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
