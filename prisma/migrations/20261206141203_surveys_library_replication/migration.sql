-- CreateEnum
CREATE TYPE "SurveyRoundStatus" AS ENUM ('DRAFT', 'ANNOUNCED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SurveyTeamRole" AS ENUM ('LEADER', 'DEPUTY', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "SurveyVisitStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SurveyReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "SatisfactionImpact" AS ENUM ('SIGNIFICANT', 'MODERATE', 'LITTLE', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "SurveyProposalKind" AS ENUM ('RECOGNISE', 'REPLICATE', 'NONE');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachments" JSONB;

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "shareable" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "replicatesModelId" TEXT;

-- CreateTable
CREATE TABLE "SurveyPlan" (
    "id" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "documentNumber" VARCHAR(100),
    "title" VARCHAR(1000) NOT NULL,
    "year" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "purpose" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRound" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "SurveyRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "announcedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "reportSummary" TEXT,
    "reportAssessment" TEXT,
    "reportProposals" TEXT,
    "reportUpdatedAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyTeamMember" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "SurveyTeamRole" NOT NULL DEFAULT 'MEMBER',
    "roleNote" VARCHAR(255),
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyVisit" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" VARCHAR(500) NOT NULL,
    "contactName" VARCHAR(255) NOT NULL,
    "contactPhone" VARCHAR(50),
    "note" VARCHAR(2000),
    "reportDueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "SurveyVisitStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelReason" VARCHAR(1000),
    "cancelledAt" TIMESTAMPTZ(3),
    "icalUid" VARCHAR(255) NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyVisitInitiative" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "appraisalItemId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyVisitInitiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyUnitReport" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "SurveyReportStatus" NOT NULL DEFAULT 'DRAFT',
    "general" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyUnitReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyUnitReportPart" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "results" TEXT,
    "limitations" TEXT,
    "difficulties" TEXT,
    "satisfaction" TEXT,
    "satisfactionRate" DOUBLE PRECISION,

    CONSTRAINT "SurveyUnitReportPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyFinding" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "achieved" TEXT,
    "limitations" TEXT,
    "difficulties" TEXT,
    "recommendations" TEXT,
    "satisfactionImpact" "SatisfactionImpact",
    "impactNote" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyProposal" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "kind" "SurveyProposalKind" NOT NULL,
    "replicateWhere" VARCHAR(1000),
    "reason" VARCHAR(2000),
    "decidedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyReminder" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reminderKey" VARCHAR(64) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "notificationId" TEXT,
    "emailId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecognisedModel" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" VARCHAR(2000) NOT NULL,
    "fieldName" VARCHAR(255) NOT NULL,
    "type" "InitiativeType" NOT NULL,
    "level" "RegistrationLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "decisionId" TEXT NOT NULL,
    "recognisedOn" DATE NOT NULL,
    "description" TEXT,
    "searchText" TEXT NOT NULL,
    "adoptionCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RecognisedModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelAdoption" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "initiativeId" TEXT,
    "startedOn" DATE,
    "progress" "InitiativeProgress" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" DATE,
    "progressNote" VARCHAR(2000),
    "reportText" TEXT,
    "reportedAt" TIMESTAMPTZ(3),
    "reportedById" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ModelAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdoptionResult" (
    "id" TEXT NOT NULL,
    "adoptionId" TEXT NOT NULL,
    "indicator" VARCHAR(500) NOT NULL,
    "unitOfMeasure" VARCHAR(100) NOT NULL,
    "valueBefore" DOUBLE PRECISION,
    "valueAfter" DOUBLE PRECISION NOT NULL,
    "source" VARCHAR(500),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AdoptionResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationAssignment" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "documentRef" VARCHAR(255),
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "note" VARCHAR(2000),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplicationAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationAssignmentUnit" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "adoptionId" TEXT,

    CONSTRAINT "ReplicationAssignmentUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationReminder" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reminderKey" VARCHAR(64) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "notificationId" TEXT,
    "emailId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplicationReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyPlan_issuingUnitId_year_idx" ON "SurveyPlan"("issuingUnitId", "year");

-- CreateIndex
CREATE INDEX "SurveyRound_planId_sortOrder_idx" ON "SurveyRound"("planId", "sortOrder");

-- CreateIndex
CREATE INDEX "SurveyTeamMember_userId_idx" ON "SurveyTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyTeamMember_roundId_userId_key" ON "SurveyTeamMember"("roundId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyVisit_icalUid_key" ON "SurveyVisit"("icalUid");

-- CreateIndex
CREATE INDEX "SurveyVisit_roundId_startsAt_idx" ON "SurveyVisit"("roundId", "startsAt");

-- CreateIndex
CREATE INDEX "SurveyVisit_unitId_startsAt_idx" ON "SurveyVisit"("unitId", "startsAt");

-- CreateIndex
CREATE INDEX "SurveyVisit_status_reportDueAt_idx" ON "SurveyVisit"("status", "reportDueAt");

-- CreateIndex
CREATE INDEX "SurveyVisitInitiative_initiativeId_idx" ON "SurveyVisitInitiative"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyVisitInitiative_visitId_initiativeId_key" ON "SurveyVisitInitiative"("visitId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyUnitReport_visitId_key" ON "SurveyUnitReport"("visitId");

-- CreateIndex
CREATE INDEX "SurveyUnitReport_unitId_idx" ON "SurveyUnitReport"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyUnitReportPart_reportId_initiativeId_key" ON "SurveyUnitReportPart"("reportId", "initiativeId");

-- CreateIndex
CREATE INDEX "SurveyFinding_initiativeId_idx" ON "SurveyFinding"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyFinding_visitId_initiativeId_memberId_key" ON "SurveyFinding"("visitId", "initiativeId", "memberId");

-- CreateIndex
CREATE INDEX "SurveyProposal_initiativeId_idx" ON "SurveyProposal"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyProposal_roundId_initiativeId_key" ON "SurveyProposal"("roundId", "initiativeId");

-- CreateIndex
CREATE INDEX "SurveyReminder_createdAt_idx" ON "SurveyReminder"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyReminder_visitId_userId_reminderKey_key" ON "SurveyReminder"("visitId", "userId", "reminderKey");

-- CreateIndex
CREATE UNIQUE INDEX "RecognisedModel_initiativeId_key" ON "RecognisedModel"("initiativeId");

-- CreateIndex
CREATE INDEX "RecognisedModel_year_level_idx" ON "RecognisedModel"("year", "level");

-- CreateIndex
CREATE INDEX "RecognisedModel_unitId_idx" ON "RecognisedModel"("unitId");

-- CreateIndex
CREATE INDEX "RecognisedModel_fieldName_idx" ON "RecognisedModel"("fieldName");

-- CreateIndex
CREATE INDEX "RecognisedModel_recognisedOn_idx" ON "RecognisedModel"("recognisedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ModelAdoption_initiativeId_key" ON "ModelAdoption"("initiativeId");

-- CreateIndex
CREATE INDEX "ModelAdoption_modelId_createdAt_idx" ON "ModelAdoption"("modelId", "createdAt");

-- CreateIndex
CREATE INDEX "ModelAdoption_unitId_idx" ON "ModelAdoption"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelAdoption_modelId_unitId_key" ON "ModelAdoption"("modelId", "unitId");

-- CreateIndex
CREATE INDEX "AdoptionResult_adoptionId_sortOrder_idx" ON "AdoptionResult"("adoptionId", "sortOrder");

-- CreateIndex
CREATE INDEX "ReplicationAssignment_modelId_idx" ON "ReplicationAssignment"("modelId");

-- CreateIndex
CREATE INDEX "ReplicationAssignment_issuingUnitId_createdAt_idx" ON "ReplicationAssignment"("issuingUnitId", "createdAt");

-- CreateIndex
CREATE INDEX "ReplicationAssignmentUnit_unitId_idx" ON "ReplicationAssignmentUnit"("unitId");

-- CreateIndex
CREATE INDEX "ReplicationAssignmentUnit_adoptionId_idx" ON "ReplicationAssignmentUnit"("adoptionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationAssignmentUnit_assignmentId_unitId_key" ON "ReplicationAssignmentUnit"("assignmentId", "unitId");

-- CreateIndex
CREATE INDEX "ReplicationReminder_createdAt_idx" ON "ReplicationReminder"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationReminder_targetId_userId_reminderKey_key" ON "ReplicationReminder"("targetId", "userId", "reminderKey");

-- CreateIndex
CREATE INDEX "Initiative_replicatesModelId_idx" ON "Initiative"("replicatesModelId");

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_replicatesModelId_fkey" FOREIGN KEY ("replicatesModelId") REFERENCES "RecognisedModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyPlan" ADD CONSTRAINT "SurveyPlan_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyPlan" ADD CONSTRAINT "SurveyPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRound" ADD CONSTRAINT "SurveyRound_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SurveyPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyTeamMember" ADD CONSTRAINT "SurveyTeamMember_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SurveyRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyTeamMember" ADD CONSTRAINT "SurveyTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVisit" ADD CONSTRAINT "SurveyVisit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SurveyRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVisit" ADD CONSTRAINT "SurveyVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVisitInitiative" ADD CONSTRAINT "SurveyVisitInitiative_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SurveyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVisitInitiative" ADD CONSTRAINT "SurveyVisitInitiative_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVisitInitiative" ADD CONSTRAINT "SurveyVisitInitiative_appraisalItemId_fkey" FOREIGN KEY ("appraisalItemId") REFERENCES "AppraisalItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReport" ADD CONSTRAINT "SurveyUnitReport_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SurveyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReport" ADD CONSTRAINT "SurveyUnitReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReport" ADD CONSTRAINT "SurveyUnitReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReport" ADD CONSTRAINT "SurveyUnitReport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReportPart" ADD CONSTRAINT "SurveyUnitReportPart_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SurveyUnitReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyUnitReportPart" ADD CONSTRAINT "SurveyUnitReportPart_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyFinding" ADD CONSTRAINT "SurveyFinding_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SurveyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyFinding" ADD CONSTRAINT "SurveyFinding_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyFinding" ADD CONSTRAINT "SurveyFinding_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "SurveyTeamMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyProposal" ADD CONSTRAINT "SurveyProposal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SurveyRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyProposal" ADD CONSTRAINT "SurveyProposal_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyProposal" ADD CONSTRAINT "SurveyProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyReminder" ADD CONSTRAINT "SurveyReminder_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SurveyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyReminder" ADD CONSTRAINT "SurveyReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognisedModel" ADD CONSTRAINT "RecognisedModel_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognisedModel" ADD CONSTRAINT "RecognisedModel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognisedModel" ADD CONSTRAINT "RecognisedModel_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "RecognitionDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RecognisedModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdoptionResult" ADD CONSTRAINT "AdoptionResult_adoptionId_fkey" FOREIGN KEY ("adoptionId") REFERENCES "ModelAdoption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignment" ADD CONSTRAINT "ReplicationAssignment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "RecognisedModel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignment" ADD CONSTRAINT "ReplicationAssignment_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignment" ADD CONSTRAINT "ReplicationAssignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignmentUnit" ADD CONSTRAINT "ReplicationAssignmentUnit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ReplicationAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignmentUnit" ADD CONSTRAINT "ReplicationAssignmentUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationAssignmentUnit" ADD CONSTRAINT "ReplicationAssignmentUnit_adoptionId_fkey" FOREIGN KEY ("adoptionId") REFERENCES "ModelAdoption"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationReminder" ADD CONSTRAINT "ReplicationReminder_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "ReplicationAssignmentUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationReminder" ADD CONSTRAINT "ReplicationReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the library entry of every lineage already recognised (lib/library/sync.ts keeps it from now on).
-- Highest level first, then the latest decision at that level; the search text folded as foldForSearch does
-- for precomposed (NFC) Vietnamese text.
INSERT INTO "RecognisedModel" ("id", "initiativeId", "unitId", "title", "fieldName", "type", "level", "year", "decisionId", "recognisedOn", "description", "searchText", "adoptionCount", "createdAt", "updatedAt")
SELECT 'rm_' || md5(best."originInitiativeId"), i."id", i."unitId", i."content", f."name", i."type", best."level",
       EXTRACT(YEAR FROM best."signedOn")::int, best."decisionId", best."signedOn",
       (SELECT p."summary" FROM "ReportInitiativePart" p JOIN "Report" r ON r."id" = p."reportId" WHERE p."initiativeId" = i."id" ORDER BY r."phase" DESC LIMIT 1),
       btrim(regexp_replace(lower(translate(i."content" || ' ' || f."name" || ' ' || u."name" || ' ' || coalesce(i."ownerNames", ''), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '\s+', ' ', 'g')),
       0, now(), now()
FROM (
  SELECT DISTINCT ON (ri."originInitiativeId") ri."originInitiativeId", ri."level", d."id" AS "decisionId", d."signedOn"
  FROM "RecognitionItem" ri JOIN "RecognitionDecision" d ON d."id" = ri."decisionId"
  ORDER BY ri."originInitiativeId", (ri."level" = 'CITY') DESC, d."signedOn" DESC
) best
JOIN "Initiative" i ON i."id" = best."originInitiativeId"
JOIN "ReformField" f ON f."id" = i."fieldId"
JOIN "Unit" u ON u."id" = i."unitId";
