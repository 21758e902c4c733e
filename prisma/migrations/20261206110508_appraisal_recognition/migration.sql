-- CreateEnum
CREATE TYPE "AppraisalRoundStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AppraisalVerdict" AS ENUM ('RECOGNISE', 'PROPOSE_UPPER', 'NOT_PASSED', 'NEEDS_SURVEY');

-- CreateEnum
CREATE TYPE "AppraisalAssignmentStatus" AS ENUM ('ASSIGNED', 'DRAFT', 'SUBMITTED', 'DECLINED');

-- AlterTable
ALTER TABLE "AwardCriterion" ADD COLUMN     "recognitionLevel" "RegistrationLevel";

-- CreateTable
CREATE TABLE "AppraisalRound" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "status" "AppraisalRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "evaluatorsPerItem" INTEGER NOT NULL DEFAULT 3,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "showOthersScores" BOOLEAN NOT NULL DEFAULT false,
    "spreadThreshold" DOUBLE PRECISION NOT NULL DEFAULT 20,
    "inclusionNote" VARCHAR(1000),
    "chairUserId" TEXT NOT NULL,
    "rubricFrozenAt" TIMESTAMPTZ(3),
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "minutesPlace" VARCHAR(255),
    "minutesNote" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AppraisalRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalCriterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "name" VARCHAR(500) NOT NULL,
    "description" VARCHAR(1000),
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "weight" DOUBLE PRECISION,

    CONSTRAINT "AppraisalCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalEvaluator" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AppraisalEvaluator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalItem" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "verdict" "AppraisalVerdict",
    "verdictReason" VARCHAR(2000),
    "verdictAt" TIMESTAMPTZ(3),
    "verdictById" TEXT,

    CONSTRAINT "AppraisalItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalAssignment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "status" "AppraisalAssignmentStatus" NOT NULL DEFAULT 'ASSIGNED',
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "conflictReason" VARCHAR(1000),
    "submittedAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AppraisalAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalScore" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "comment" VARCHAR(2000),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AppraisalScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecognitionDecision" (
    "id" TEXT NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "level" "RegistrationLevel" NOT NULL,
    "number" VARCHAR(100) NOT NULL,
    "signedOn" DATE NOT NULL,
    "signerName" VARCHAR(255) NOT NULL,
    "signerTitle" VARCHAR(255) NOT NULL,
    "summary" VARCHAR(1000),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecognitionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecognitionItem" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "originInitiativeId" TEXT NOT NULL,
    "level" "RegistrationLevel" NOT NULL,
    "appraisalItemId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RecognitionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AppraisalRound_campaignId_status_idx" ON "AppraisalRound"("campaignId", "status");

-- CreateIndex
CREATE INDEX "AppraisalRound_chairUserId_idx" ON "AppraisalRound"("chairUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalCriterion_roundId_sortOrder_key" ON "AppraisalCriterion"("roundId", "sortOrder");

-- CreateIndex
CREATE INDEX "AppraisalEvaluator_userId_active_idx" ON "AppraisalEvaluator"("userId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalEvaluator_roundId_userId_key" ON "AppraisalEvaluator"("roundId", "userId");

-- CreateIndex
CREATE INDEX "AppraisalItem_roundId_sortOrder_idx" ON "AppraisalItem"("roundId", "sortOrder");

-- CreateIndex
CREATE INDEX "AppraisalItem_initiativeId_idx" ON "AppraisalItem"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalItem_roundId_initiativeId_key" ON "AppraisalItem"("roundId", "initiativeId");

-- CreateIndex
CREATE INDEX "AppraisalAssignment_evaluatorId_status_idx" ON "AppraisalAssignment"("evaluatorId", "status");

-- CreateIndex
CREATE INDEX "AppraisalAssignment_roundId_status_idx" ON "AppraisalAssignment"("roundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalAssignment_itemId_evaluatorId_key" ON "AppraisalAssignment"("itemId", "evaluatorId");

-- CreateIndex
CREATE INDEX "AppraisalScore_criterionId_idx" ON "AppraisalScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalScore_assignmentId_criterionId_key" ON "AppraisalScore"("assignmentId", "criterionId");

-- CreateIndex
CREATE INDEX "RecognitionDecision_campaignId_idx" ON "RecognitionDecision"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "RecognitionDecision_issuingUnitId_number_key" ON "RecognitionDecision"("issuingUnitId", "number");

-- CreateIndex
CREATE INDEX "RecognitionItem_initiativeId_idx" ON "RecognitionItem"("initiativeId");

-- CreateIndex
CREATE INDEX "RecognitionItem_originInitiativeId_level_idx" ON "RecognitionItem"("originInitiativeId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "RecognitionItem_decisionId_initiativeId_key" ON "RecognitionItem"("decisionId", "initiativeId");

-- AddForeignKey
ALTER TABLE "AppraisalRound" ADD CONSTRAINT "AppraisalRound_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalRound" ADD CONSTRAINT "AppraisalRound_chairUserId_fkey" FOREIGN KEY ("chairUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalRound" ADD CONSTRAINT "AppraisalRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalCriterion" ADD CONSTRAINT "AppraisalCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AppraisalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalEvaluator" ADD CONSTRAINT "AppraisalEvaluator_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AppraisalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalEvaluator" ADD CONSTRAINT "AppraisalEvaluator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalItem" ADD CONSTRAINT "AppraisalItem_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AppraisalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalItem" ADD CONSTRAINT "AppraisalItem_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalItem" ADD CONSTRAINT "AppraisalItem_verdictById_fkey" FOREIGN KEY ("verdictById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalAssignment" ADD CONSTRAINT "AppraisalAssignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AppraisalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalAssignment" ADD CONSTRAINT "AppraisalAssignment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AppraisalItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalAssignment" ADD CONSTRAINT "AppraisalAssignment_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "AppraisalEvaluator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalScore" ADD CONSTRAINT "AppraisalScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "AppraisalAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalScore" ADD CONSTRAINT "AppraisalScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "AppraisalCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionDecision" ADD CONSTRAINT "RecognitionDecision_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionDecision" ADD CONSTRAINT "RecognitionDecision_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionDecision" ADD CONSTRAINT "RecognitionDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionItem" ADD CONSTRAINT "RecognitionItem_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "RecognitionDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionItem" ADD CONSTRAINT "RecognitionItem_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionItem" ADD CONSTRAINT "RecognitionItem_originInitiativeId_fkey" FOREIGN KEY ("originInitiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionItem" ADD CONSTRAINT "RecognitionItem_appraisalItemId_fkey" FOREIGN KEY ("appraisalItemId") REFERENCES "AppraisalItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

