-- DropIndex
DROP INDEX "Initiative_campaignId_registrationStatus_fieldId_idx";

-- CreateIndex
CREATE INDEX "Initiative_campaignId_registrationStatus_fieldId_progress_c_idx" ON "Initiative"("campaignId", "registrationStatus", "fieldId", "progress", "completedOn");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_registrationStatus_progress_fieldOrde_idx" ON "Initiative"("campaignId", "registrationStatus", "progress", "fieldOrder", "completedOn" DESC, "unitName", "id");

