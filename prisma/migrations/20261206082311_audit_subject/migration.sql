-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "subjectId" VARCHAR(64),
ADD COLUMN     "subjectType" VARCHAR(50);

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_at_idx" ON "AuditLog"("subjectType", "subjectId", "at");


-- Evidence events already recorded: their target ({"kind","id"} in after/before) becomes the subject.
UPDATE "AuditLog"
SET "subjectType" = CASE COALESCE("after"->'target'->>'kind', "before"->'target'->>'kind')
      WHEN 'initiative' THEN 'Initiative'
      WHEN 'report' THEN 'Report'
      WHEN 'award' THEN 'AwardProposal'
    END,
    "subjectId" = LEFT(COALESCE("after"->'target'->>'id', "before"->'target'->>'id'), 64)
WHERE "entityType" = 'EvidenceFile'
  AND COALESCE("after"->'target'->>'kind', "before"->'target'->>'kind') IN ('initiative', 'report', 'award');
