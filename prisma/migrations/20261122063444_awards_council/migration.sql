-- CreateEnum
CREATE TYPE "PerformanceRating" AS ENUM ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED');

-- CreateEnum
CREATE TYPE "AwardCriterionKind" AS ENUM ('INITIATIVE_REGISTERED', 'INITIATIVE_COMPLETED', 'INITIATIVE_RECOGNISED', 'REPORTS_ON_TIME', 'RATING_AT_LEAST_GOOD', 'RATING_EXCELLENT', 'NO_DISCIPLINE', 'DECLARED');

-- CreateEnum
CREATE TYPE "DossierDocumentKind" AS ENUM ('PROPOSAL_LETTER', 'MEETING_MINUTES', 'ACHIEVEMENT_REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "VoteThresholdBase" AS ENUM ('MEMBERS', 'VOTES_CAST');

-- CreateEnum
CREATE TYPE "AwardProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ADMITTED', 'SCHEDULED', 'APPROVED', 'REJECTED', 'FORWARDED', 'AWARDED');

-- CreateEnum
CREATE TYPE "CouncilPosition" AS ENUM ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "BallotMode" AS ENUM ('OPEN', 'SECRET');

-- CreateEnum
CREATE TYPE "CouncilSessionStatus" AS ENUM ('DRAFT', 'VOTING', 'CLOSED');

-- CreateEnum
CREATE TYPE "CouncilOutcome" AS ENUM ('APPROVED', 'REJECTED', 'NO_QUORUM');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('AGREE', 'DISAGREE', 'ABSTAIN');

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "awardProposalId" TEXT,
ADD COLUMN     "documentKind" "DossierDocumentKind";

-- CreateTable
CREATE TABLE "AwardForm" (
    "id" TEXT NOT NULL,
    "organisationUnitId" TEXT NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" VARCHAR(2000),
    "recipientTypes" "ParticipantType"[],
    "quorumNumerator" INTEGER NOT NULL DEFAULT 2,
    "quorumDenominator" INTEGER NOT NULL DEFAULT 3,
    "quorumStrict" BOOLEAN NOT NULL DEFAULT false,
    "thresholdNumerator" INTEGER NOT NULL DEFAULT 1,
    "thresholdDenominator" INTEGER NOT NULL DEFAULT 2,
    "thresholdStrict" BOOLEAN NOT NULL DEFAULT true,
    "thresholdBase" "VoteThresholdBase" NOT NULL DEFAULT 'MEMBERS',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCriterion" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "recipientType" "ParticipantType",
    "content" VARCHAR(2000) NOT NULL,
    "kind" "AwardCriterionKind" NOT NULL DEFAULT 'DECLARED',
    "hard" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AwardCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDocumentRequirement" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "kind" "DossierDocumentKind" NOT NULL,
    "name" VARCHAR(500) NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AwardDocumentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardProposal" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "nomineeType" "ParticipantType" NOT NULL,
    "nomineeUnitId" TEXT,
    "nomineeUserId" TEXT,
    "nomineeName" VARCHAR(255) NOT NULL,
    "nomineeDetail" VARCHAR(500),
    "nomineeIsBusiness" BOOLEAN NOT NULL DEFAULT false,
    "achievements" TEXT,
    "declaredRating" "PerformanceRating",
    "declaredNoDiscipline" BOOLEAN,
    "declarations" JSONB,
    "criteriaCheck" JSONB,
    "failsHardCriterion" BOOLEAN NOT NULL DEFAULT false,
    "admissionJustification" VARCHAR(4000),
    "status" "AwardProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "lastSubmittedAt" TIMESTAMPTZ(3),
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" VARCHAR(2000),
    "admittedAt" TIMESTAMPTZ(3),
    "admittedById" TEXT,
    "forwardedFromId" TEXT,
    "originProposalId" TEXT,
    "forwardedAt" TIMESTAMPTZ(3),
    "decisionId" TEXT,
    "certificateNo" INTEGER,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AwardProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardProposalVersion" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "isLate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AwardProposalVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardProposalReview" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "comment" VARCHAR(4000),
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardProposalReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" TEXT NOT NULL,
    "organisationUnitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "position" "CouncilPosition" NOT NULL DEFAULT 'MEMBER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilSession" (
    "id" TEXT NOT NULL,
    "organisationUnitId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "meetingAt" TIMESTAMPTZ(3) NOT NULL,
    "location" VARCHAR(500),
    "agenda" TEXT,
    "ballotMode" "BallotMode" NOT NULL DEFAULT 'OPEN',
    "status" "CouncilSessionStatus" NOT NULL DEFAULT 'DRAFT',
    "chairUserId" TEXT NOT NULL,
    "secretaryUserId" TEXT,
    "votingOpenedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "closedById" TEXT,
    "minutes" TEXT,
    "minutesFinalisedAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CouncilSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilSessionMember" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "position" "CouncilPosition" NOT NULL DEFAULT 'MEMBER',
    "presentAt" TIMESTAMPTZ(3),
    "ballotCheck" VARCHAR(64),

    CONSTRAINT "CouncilSessionMember_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "CouncilAgendaItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "invitedCount" INTEGER,
    "presentCount" INTEGER,
    "agreeCount" INTEGER,
    "disagreeCount" INTEGER,
    "abstainCount" INTEGER,
    "outcome" "CouncilOutcome",
    "tallyFrozenAt" TIMESTAMPTZ(3),

    CONSTRAINT "CouncilAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilVote" (
    "id" UUID NOT NULL,
    "sessionId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "voterKey" VARCHAR(64) NOT NULL,
    "memberUserId" TEXT,
    "choice" "VoteChoice" NOT NULL,

    CONSTRAINT "CouncilVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" TEXT NOT NULL,
    "organisationUnitId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "sessionId" TEXT,
    "number" VARCHAR(100) NOT NULL,
    "signedOn" DATE NOT NULL,
    "signerName" VARCHAR(255) NOT NULL,
    "signerTitle" VARCHAR(255) NOT NULL,
    "summary" VARCHAR(1000),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AwardForm_organisationUnitId_active_sortOrder_idx" ON "AwardForm"("organisationUnitId", "active", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "AwardForm_organisationUnitId_name_key" ON "AwardForm"("organisationUnitId", "name");

-- CreateIndex
CREATE INDEX "AwardCriterion_awardFormId_sortOrder_idx" ON "AwardCriterion"("awardFormId", "sortOrder");

-- CreateIndex
CREATE INDEX "AwardDocumentRequirement_awardFormId_sortOrder_idx" ON "AwardDocumentRequirement"("awardFormId", "sortOrder");

-- CreateIndex
CREATE INDEX "AwardProposal_campaignId_status_idx" ON "AwardProposal"("campaignId", "status");

-- CreateIndex
CREATE INDEX "AwardProposal_unitId_campaignId_idx" ON "AwardProposal"("unitId", "campaignId");

-- CreateIndex
CREATE INDEX "AwardProposal_nomineeUserId_idx" ON "AwardProposal"("nomineeUserId");

-- CreateIndex
CREATE INDEX "AwardProposal_nomineeUnitId_idx" ON "AwardProposal"("nomineeUnitId");

-- CreateIndex
CREATE INDEX "AwardProposal_decisionId_idx" ON "AwardProposal"("decisionId");

-- CreateIndex
CREATE INDEX "AwardProposal_originProposalId_idx" ON "AwardProposal"("originProposalId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardProposal_campaignId_forwardedFromId_key" ON "AwardProposal"("campaignId", "forwardedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardProposalVersion_proposalId_versionNo_key" ON "AwardProposalVersion"("proposalId", "versionNo");

-- CreateIndex
CREATE INDEX "AwardProposalReview_proposalId_createdAt_idx" ON "AwardProposalReview"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "CouncilMember_userId_idx" ON "CouncilMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_organisationUnitId_userId_key" ON "CouncilMember"("organisationUnitId", "userId");

-- CreateIndex
CREATE INDEX "CouncilSession_organisationUnitId_meetingAt_idx" ON "CouncilSession"("organisationUnitId", "meetingAt");

-- CreateIndex
CREATE INDEX "CouncilSession_campaignId_idx" ON "CouncilSession"("campaignId");

-- CreateIndex
CREATE INDEX "CouncilSessionMember_userId_idx" ON "CouncilSessionMember"("userId");

-- CreateIndex
CREATE INDEX "CouncilAgendaItem_sessionId_sortOrder_idx" ON "CouncilAgendaItem"("sessionId", "sortOrder");

-- CreateIndex
CREATE INDEX "CouncilAgendaItem_proposalId_idx" ON "CouncilAgendaItem"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilAgendaItem_sessionId_proposalId_key" ON "CouncilAgendaItem"("sessionId", "proposalId");

-- CreateIndex
CREATE INDEX "CouncilVote_sessionId_idx" ON "CouncilVote"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilVote_agendaItemId_voterKey_key" ON "CouncilVote"("agendaItemId", "voterKey");

-- CreateIndex
CREATE INDEX "AwardDecision_campaignId_idx" ON "AwardDecision"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecision_organisationUnitId_number_key" ON "AwardDecision"("organisationUnitId", "number");

-- CreateIndex
CREATE INDEX "EvidenceFile_awardProposalId_createdAt_idx" ON "EvidenceFile"("awardProposalId", "createdAt");

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_awardProposalId_fkey" FOREIGN KEY ("awardProposalId") REFERENCES "AwardProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardForm" ADD CONSTRAINT "AwardForm_organisationUnitId_fkey" FOREIGN KEY ("organisationUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCriterion" ADD CONSTRAINT "AwardCriterion_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDocumentRequirement" ADD CONSTRAINT "AwardDocumentRequirement_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_nomineeUnitId_fkey" FOREIGN KEY ("nomineeUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_nomineeUserId_fkey" FOREIGN KEY ("nomineeUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_forwardedFromId_fkey" FOREIGN KEY ("forwardedFromId") REFERENCES "AwardProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposalVersion" ADD CONSTRAINT "AwardProposalVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "AwardProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposalReview" ADD CONSTRAINT "AwardProposalReview_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "AwardProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_organisationUnitId_fkey" FOREIGN KEY ("organisationUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_organisationUnitId_fkey" FOREIGN KEY ("organisationUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSessionMember" ADD CONSTRAINT "CouncilSessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSessionMember" ADD CONSTRAINT "CouncilSessionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAgendaItem" ADD CONSTRAINT "CouncilAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAgendaItem" ADD CONSTRAINT "CouncilAgendaItem_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "AwardProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "CouncilAgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_organisationUnitId_fkey" FOREIGN KEY ("organisationUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A ballot is only written while its session is voting: nothing can be cast, changed or removed
-- before the ballot opens or after the chair closed it (issue 5: "a tally that cannot be altered
-- after close"). Enforced in the database so that no code path, script or console can bypass it.
CREATE OR REPLACE FUNCTION council_vote_guard() RETURNS trigger AS $$
DECLARE
  s "CouncilSessionStatus";
BEGIN
  SELECT "status" INTO s FROM "CouncilSession" WHERE "id" = COALESCE(NEW."sessionId", OLD."sessionId");
  -- The session itself being deleted (cascade) is the only way a closed session's ballots go.
  IF s IS NULL THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF s <> 'VOTING' THEN
    RAISE EXCEPTION 'COUNCIL_BALLOT_NOT_OPEN' USING ERRCODE = 'P0001';
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CouncilVote_guard"
  BEFORE INSERT OR UPDATE OR DELETE ON "CouncilVote"
  FOR EACH ROW EXECUTE FUNCTION council_vote_guard();

-- The tally of an agenda item is written once, when the ballot closes, and never changed after.
CREATE OR REPLACE FUNCTION council_tally_guard() RETURNS trigger AS $$
BEGIN
  IF OLD."tallyFrozenAt" IS NOT NULL AND (
       NEW."tallyFrozenAt" IS DISTINCT FROM OLD."tallyFrozenAt"
    OR NEW."invitedCount" IS DISTINCT FROM OLD."invitedCount"
    OR NEW."presentCount" IS DISTINCT FROM OLD."presentCount"
    OR NEW."agreeCount" IS DISTINCT FROM OLD."agreeCount"
    OR NEW."disagreeCount" IS DISTINCT FROM OLD."disagreeCount"
    OR NEW."abstainCount" IS DISTINCT FROM OLD."abstainCount"
    OR NEW."outcome" IS DISTINCT FROM OLD."outcome"
    OR NEW."proposalId" IS DISTINCT FROM OLD."proposalId"
    OR NEW."sessionId" IS DISTINCT FROM OLD."sessionId") THEN
    RAISE EXCEPTION 'COUNCIL_TALLY_FROZEN' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CouncilAgendaItem_tally_guard"
  BEFORE UPDATE ON "CouncilAgendaItem"
  FOR EACH ROW EXECUTE FUNCTION council_tally_guard();

-- A closed session stays closed.
CREATE OR REPLACE FUNCTION council_session_guard() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'CLOSED' AND NEW."status" <> 'CLOSED' THEN
    RAISE EXCEPTION 'COUNCIL_SESSION_CLOSED' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CouncilSession_guard"
  BEFORE UPDATE ON "CouncilSession"
  FOR EACH ROW EXECUTE FUNCTION council_session_guard();
