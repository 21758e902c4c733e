-- CreateEnum
CREATE TYPE "InitiativeProgress" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED');

-- CreateEnum
CREATE TYPE "ReportPhase" AS ENUM ('MIDTERM', 'FINAL');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "receivingUnitId" TEXT;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "completedOn" DATE,
ADD COLUMN     "droppedReason" VARCHAR(1000),
ADD COLUMN     "forwardedAt" TIMESTAMPTZ(3),
ADD COLUMN     "forwardedById" TEXT,
ADD COLUMN     "forwardedFromId" TEXT,
ADD COLUMN     "originInitiativeId" TEXT,
ADD COLUMN     "originUnitId" TEXT,
ADD COLUMN     "progress" "InitiativeProgress" NOT NULL DEFAULT 'NOT_STARTED',
ADD COLUMN     "progressNote" VARCHAR(2000),
ADD COLUMN     "progressUpdatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "progressUpdatedById" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "opensAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "InitiativeResult" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "indicator" VARCHAR(500) NOT NULL,
    "unitOfMeasure" VARCHAR(100) NOT NULL,
    "valueBefore" DOUBLE PRECISION,
    "valueAfter" DOUBLE PRECISION NOT NULL,
    "source" VARCHAR(500),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT,
    "reportId" TEXT,
    "unitId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(150) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storageKey" VARCHAR(255) NOT NULL,
    "description" VARCHAR(500),
    "lockedAt" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),
    "supersededById" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "phase" "ReportPhase" NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "lastSubmittedAt" TIMESTAMPTZ(3),
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" VARCHAR(2000),
    "acceptedAt" TIMESTAMPTZ(3),
    "situation" TEXT,
    "currentState" TEXT,
    "strengths" TEXT,
    "limitations" TEXT,
    "lessons" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportFieldRow" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "completedOverride" INTEGER,
    "overrideNote" VARCHAR(1000),
    "note" VARCHAR(1000),

    CONSTRAINT "ReportFieldRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportInitiativePart" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "summary" TEXT,
    "results" TEXT,

    CONSTRAINT "ReportInitiativePart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "isLate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReview" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "comment" VARCHAR(2000),
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryReport" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "phase" "ReportPhase" NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "lastSubmittedAt" TIMESTAMPTZ(3),
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" VARCHAR(2000),
    "acceptedAt" TIMESTAMPTZ(3),
    "situation" TEXT,
    "currentState" TEXT,
    "highlights" TEXT,
    "results" TEXT,
    "strengths" TEXT,
    "limitations" TEXT,
    "lessons" TEXT,
    "proposals" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SummaryReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryReportVersion" (
    "id" TEXT NOT NULL,
    "summaryReportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "isLate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SummaryReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryReportReview" (
    "id" TEXT NOT NULL,
    "summaryReportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "comment" VARCHAR(2000),
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SummaryReportReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InitiativeResult_initiativeId_sortOrder_idx" ON "InitiativeResult"("initiativeId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_storageKey_key" ON "EvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "EvidenceFile_initiativeId_createdAt_idx" ON "EvidenceFile"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceFile_reportId_createdAt_idx" ON "EvidenceFile"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceFile_unitId_idx" ON "EvidenceFile"("unitId");

-- CreateIndex
CREATE INDEX "Report_campaignId_phase_status_idx" ON "Report"("campaignId", "phase", "status");

-- CreateIndex
CREATE INDEX "Report_unitId_idx" ON "Report"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_campaignId_unitId_phase_key" ON "Report"("campaignId", "unitId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "ReportFieldRow_reportId_fieldId_key" ON "ReportFieldRow"("reportId", "fieldId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportInitiativePart_reportId_initiativeId_key" ON "ReportInitiativePart"("reportId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportVersion_reportId_versionNo_key" ON "ReportVersion"("reportId", "versionNo");

-- CreateIndex
CREATE INDEX "ReportReview_reportId_createdAt_idx" ON "ReportReview"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "SummaryReport_status_idx" ON "SummaryReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryReport_campaignId_phase_key" ON "SummaryReport"("campaignId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryReportVersion_summaryReportId_versionNo_key" ON "SummaryReportVersion"("summaryReportId", "versionNo");

-- CreateIndex
CREATE INDEX "SummaryReportReview_summaryReportId_createdAt_idx" ON "SummaryReportReview"("summaryReportId", "createdAt");

-- CreateIndex
CREATE INDEX "Campaign_parentCampaignId_idx" ON "Campaign"("parentCampaignId");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_progress_idx" ON "Initiative"("campaignId", "progress");

-- CreateIndex
CREATE INDEX "Initiative_forwardedFromId_idx" ON "Initiative"("forwardedFromId");

-- CreateIndex
CREATE INDEX "Initiative_originInitiativeId_idx" ON "Initiative"("originInitiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_campaignId_forwardedFromId_key" ON "Initiative"("campaignId", "forwardedFromId");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_receivingUnitId_fkey" FOREIGN KEY ("receivingUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_forwardedFromId_fkey" FOREIGN KEY ("forwardedFromId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_originUnitId_fkey" FOREIGN KEY ("originUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeResult" ADD CONSTRAINT "InitiativeResult_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportFieldRow" ADD CONSTRAINT "ReportFieldRow_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportFieldRow" ADD CONSTRAINT "ReportFieldRow_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ReformField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportInitiativePart" ADD CONSTRAINT "ReportInitiativePart_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportInitiativePart" ADD CONSTRAINT "ReportInitiativePart_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReport" ADD CONSTRAINT "SummaryReport_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReportVersion" ADD CONSTRAINT "SummaryReportVersion_summaryReportId_fkey" FOREIGN KEY ("summaryReportId") REFERENCES "SummaryReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReportReview" ADD CONSTRAINT "SummaryReportReview_summaryReportId_fkey" FOREIGN KEY ("summaryReportId") REFERENCES "SummaryReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

