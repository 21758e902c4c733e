-- The consolidated list reads a page's ids in list order from this index and filters them on the form's
-- status, which the index did not hold: every row skipped on the way to a far page was read from the table
-- (page 200 of a city: 10,000 rows, ~15 ms), and with fresh statistics the planner sometimes preferred
-- sorting the whole campaign instead (~57 ms). With the status as the last column, the index answers the
-- page alone (an index-only scan: page 200 in ~3 ms); the order is unchanged (the id is unique).

-- DropIndex
DROP INDEX "Initiative_campaignId_fieldOrder_unitName_unitId_ownerKey_s_idx";

-- CreateIndex
CREATE INDEX "Initiative_campaignId_fieldOrder_unitName_unitId_ownerKey_s_idx" ON "Initiative"("campaignId", "fieldOrder", "unitName", "unitId", "ownerKey", "sortOrder", "id", "registrationStatus");


ANALYZE "Initiative";
