-- Issue 11 §3, a schema that guards itself: foreign keys for the *Id columns that had none, the
-- exclusive arcs as CHECK constraints, an index for Unit.path prefix search and AuditLog(unitId, at).

-- CreateIndex
CREATE INDEX "AuditLog_unitId_at_idx" ON "AuditLog"("unitId", "at");

-- Unit.path prefix search (LIKE '/a/b/%'): the same index, rebuilt with text_pattern_ops so that it also
-- serves LIKE under a UTF-8 collation. Same name and column as schema.prisma's @@index([path]): Prisma's
-- diff does not look at a btree's operator class, so no later migration drops it (see schema.prisma).
DROP INDEX "Unit_path_idx";
CREATE INDEX "Unit_path_idx" ON "Unit"("path" text_pattern_ops);

-- Existing rows: a nullable reference to a row that no longer exists (e.g. notifications or e-mails
-- deleted by scripts/bench-reminders.ts) is cleared, as ON DELETE SET NULL would have done. A required
-- reference has no such fallback: the migration then fails on purpose and names the constraint.
UPDATE "Campaign" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "MilestoneExtension" AS x SET "revokedById" = NULL WHERE x."revokedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."revokedById");
UPDATE "Registration" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "Registration" AS x SET "updatedById" = NULL WHERE x."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."updatedById");
UPDATE "Initiative" AS x SET "typicalMarkedById" = NULL WHERE x."typicalMarkedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."typicalMarkedById");
UPDATE "Initiative" AS x SET "progressUpdatedById" = NULL WHERE x."progressUpdatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."progressUpdatedById");
UPDATE "Initiative" AS x SET "forwardedById" = NULL WHERE x."forwardedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."forwardedById");
UPDATE "Initiative" AS x SET "originInitiativeId" = NULL WHERE x."originInitiativeId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Initiative" AS r WHERE r."id" = x."originInitiativeId");
UPDATE "EvidenceFile" AS x SET "supersededById" = NULL WHERE x."supersededById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "EvidenceFile" AS r WHERE r."id" = x."supersededById");
UPDATE "Report" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "Report" AS x SET "updatedById" = NULL WHERE x."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."updatedById");
UPDATE "SummaryReport" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "SummaryReport" AS x SET "updatedById" = NULL WHERE x."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."updatedById");
UPDATE "AuditLog" AS x SET "unitId" = NULL WHERE x."unitId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Unit" AS r WHERE r."id" = x."unitId");
UPDATE "AuditLog" AS x SET "campaignId" = NULL WHERE x."campaignId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Campaign" AS r WHERE r."id" = x."campaignId");
UPDATE "Notification" AS x SET "campaignId" = NULL WHERE x."campaignId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Campaign" AS r WHERE r."id" = x."campaignId");
UPDATE "EmailMessage" AS x SET "toUserId" = NULL WHERE x."toUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."toUserId");
UPDATE "ReminderDelivery" AS x SET "notificationId" = NULL WHERE x."notificationId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Notification" AS r WHERE r."id" = x."notificationId");
UPDATE "ReminderDelivery" AS x SET "emailId" = NULL WHERE x."emailId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "EmailMessage" AS r WHERE r."id" = x."emailId");
UPDATE "AwardProposal" AS x SET "admittedById" = NULL WHERE x."admittedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."admittedById");
UPDATE "AwardProposal" AS x SET "originProposalId" = NULL WHERE x."originProposalId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AwardProposal" AS r WHERE r."id" = x."originProposalId");
UPDATE "AwardProposal" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "AwardProposal" AS x SET "updatedById" = NULL WHERE x."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."updatedById");
UPDATE "CouncilSession" AS x SET "secretaryUserId" = NULL WHERE x."secretaryUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."secretaryUserId");
UPDATE "CouncilSession" AS x SET "closedById" = NULL WHERE x."closedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."closedById");
UPDATE "CouncilSession" AS x SET "createdById" = NULL WHERE x."createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."createdById");
UPDATE "CouncilVote" AS x SET "memberUserId" = NULL WHERE x."memberUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" AS r WHERE r."id" = x."memberUserId");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneExtension" ADD CONSTRAINT "MilestoneExtension_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_typicalMarkedById_fkey" FOREIGN KEY ("typicalMarkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_progressUpdatedById_fkey" FOREIGN KEY ("progressUpdatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_forwardedById_fkey" FOREIGN KEY ("forwardedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_originInitiativeId_fkey" FOREIGN KEY ("originInitiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "EvidenceFile"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReport" ADD CONSTRAINT "SummaryReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReport" ADD CONSTRAINT "SummaryReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReportVersion" ADD CONSTRAINT "SummaryReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReportReview" ADD CONSTRAINT "SummaryReportReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationVersion" ADD CONSTRAINT "RegistrationVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationReview" ADD CONSTRAINT "RegistrationReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "EmailMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_admittedById_fkey" FOREIGN KEY ("admittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_originProposalId_fkey" FOREIGN KEY ("originProposalId") REFERENCES "AwardProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposalVersion" ADD CONSTRAINT "AwardProposalVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposalReview" ADD CONSTRAINT "AwardProposalReview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_chairUserId_fkey" FOREIGN KEY ("chairUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_secretaryUserId_fkey" FOREIGN KEY ("secretaryUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_memberUserId_fkey" FOREIGN KEY ("memberUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- CHECK (Prisma has no syntax for it; documented with /// in schema.prisma).
-- An evidence file belongs to exactly one of: an initiative, a report, an award proposal's dossier.
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_one_owner" CHECK (
  num_nonnulls("initiativeId", "reportId", "awardProposalId") = 1
);

-- The nominee is a unit (COLLECTIVE), a user (INDIVIDUAL) or neither: a citizen or business named in
-- nomineeName (CITIZEN).
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_nominee_matches_type" CHECK (
  CASE "nomineeType"
    WHEN 'COLLECTIVE' THEN "nomineeUnitId" IS NOT NULL AND "nomineeUserId" IS NULL
    WHEN 'INDIVIDUAL' THEN "nomineeUserId" IS NOT NULL AND "nomineeUnitId" IS NULL
    ELSE "nomineeUnitId" IS NULL AND "nomineeUserId" IS NULL
  END
);
