-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('CITY', 'DEPARTMENT', 'DISTRICT', 'WARD', 'OFFICE', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CCHC_OFFICE', 'LEADERSHIP', 'UNIT_HEAD', 'UNIT_STAFF', 'STEERING_COMMITTEE', 'EMULATION_OFFICE', 'COUNCIL_MEMBER');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('COLLECTIVE', 'INDIVIDUAL', 'CITIZEN');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('REGISTRATION', 'CONSOLIDATION', 'MIDTERM_REPORT', 'MIDTERM_SUMMARY', 'FINAL_REPORT', 'FINAL_SUMMARY', 'AWARD_PROPOSAL', 'COUNCIL_REVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "RegistrationKind" AS ENUM ('UNIT', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'AWAITING_CONFIRMATION', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "InitiativeType" AS ENUM ('MODEL', 'SOLUTION', 'INITIATIVE', 'GOOD_PRACTICE');

-- CreateEnum
CREATE TYPE "InitiativeOwnerType" AS ENUM ('UNIT', 'INDIVIDUALS');

-- CreateEnum
CREATE TYPE "RegistrationLevel" AS ENUM ('CITY', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('SUBMIT', 'RETURN', 'ACCEPT', 'CONFIRM');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(50) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "shortName" VARCHAR(100),
    "kind" "UnitKind" NOT NULL,
    "status" "UnitStatus" NOT NULL DEFAULT 'ACTIVE',
    "parentId" TEXT,
    "path" VARCHAR(2000) NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMPTZ(3),
    "closedReason" VARCHAR(1000),
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "email" VARCHAR(255),
    "fullName" VARCHAR(255) NOT NULL,
    "jobTitle" VARCHAR(255),
    "passwordHash" VARCHAR(255) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "unitId" TEXT NOT NULL,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "identifier" VARCHAR(255) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("identifier")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "documentNumber" VARCHAR(100) NOT NULL,
    "issuedOn" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "issuingUnitId" TEXT NOT NULL,
    "signerName" VARCHAR(255) NOT NULL,
    "signerTitle" VARCHAR(255) NOT NULL,
    "title" VARCHAR(1000) NOT NULL,
    "theme" VARCHAR(2000),
    "legalBases" TEXT,
    "purpose" TEXT,
    "participantsText" TEXT,
    "registrationLevels" "RegistrationLevel"[],
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "parentCampaignId" TEXT,
    "clonedFromId" TEXT,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignCriterion" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "participantType" "ParticipantType" NOT NULL,
    "content" VARCHAR(2000) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CampaignCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReformField" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReformField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL DEFAULT 'OTHER',
    "name" VARCHAR(500) NOT NULL,
    "deliverable" VARCHAR(1000),
    "responsibleRole" "Role" NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignUnit" (
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignUnit_pkey" PRIMARY KEY ("campaignId","unitId")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "RegistrationKind" NOT NULL DEFAULT 'UNIT',
    "ownerUserId" TEXT,
    "ownerKey" VARCHAR(64) NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "lastSubmittedAt" TIMESTAMPTZ(3),
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" VARCHAR(2000),
    "acceptedAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "content" VARCHAR(2000) NOT NULL,
    "type" "InitiativeType" NOT NULL,
    "ownerType" "InitiativeOwnerType" NOT NULL DEFAULT 'UNIT',
    "ownerNames" VARCHAR(1000),
    "expectedCompletion" DATE NOT NULL,
    "note" VARCHAR(1000),
    "level" "RegistrationLevel" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isTypical" BOOLEAN NOT NULL DEFAULT false,
    "typicalMarkedAt" TIMESTAMPTZ(3),
    "typicalMarkedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationVersion" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "isLate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RegistrationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationReview" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "comment" VARCHAR(2000),
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" VARCHAR(100) NOT NULL,
    "entityType" VARCHAR(50) NOT NULL,
    "entityId" VARCHAR(64) NOT NULL,
    "unitId" TEXT,
    "campaignId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "summary" VARCHAR(1000),

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_path_idx" ON "Unit"("path");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "RoleAssignment_unitId_role_idx" ON "RoleAssignment"("unitId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_unitId_key" ON "RoleAssignment"("userId", "role", "unitId");

-- CreateIndex
CREATE INDEX "Campaign_issuingUnitId_year_idx" ON "Campaign"("issuingUnitId", "year");

-- CreateIndex
CREATE INDEX "Campaign_status_idx" ON "Campaign"("status");

-- CreateIndex
CREATE INDEX "CampaignCriterion_campaignId_idx" ON "CampaignCriterion"("campaignId");

-- CreateIndex
CREATE INDEX "ReformField_campaignId_idx" ON "ReformField"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "ReformField_campaignId_sortOrder_key" ON "ReformField"("campaignId", "sortOrder");

-- CreateIndex
CREATE INDEX "Milestone_campaignId_dueAt_idx" ON "Milestone"("campaignId", "dueAt");

-- CreateIndex
CREATE INDEX "CampaignUnit_unitId_idx" ON "CampaignUnit"("unitId");

-- CreateIndex
CREATE INDEX "Registration_campaignId_status_idx" ON "Registration"("campaignId", "status");

-- CreateIndex
CREATE INDEX "Registration_unitId_idx" ON "Registration"("unitId");

-- CreateIndex
CREATE INDEX "Registration_ownerUserId_idx" ON "Registration"("ownerUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_campaignId_unitId_ownerKey_key" ON "Registration"("campaignId", "unitId", "ownerKey");

-- CreateIndex
CREATE INDEX "Initiative_registrationId_sortOrder_idx" ON "Initiative"("registrationId", "sortOrder");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_fieldId_unitId_idx" ON "Initiative"("campaignId", "fieldId", "unitId");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_unitId_idx" ON "Initiative"("campaignId", "unitId");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_level_idx" ON "Initiative"("campaignId", "level");

-- CreateIndex
CREATE INDEX "Initiative_campaignId_isTypical_idx" ON "Initiative"("campaignId", "isTypical");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationVersion_registrationId_versionNo_key" ON "RegistrationVersion"("registrationId", "versionNo");

-- CreateIndex
CREATE INDEX "RegistrationReview_registrationId_createdAt_idx" ON "RegistrationReview"("registrationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_campaignId_at_idx" ON "AuditLog"("campaignId", "at");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_issuingUnitId_fkey" FOREIGN KEY ("issuingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_parentCampaignId_fkey" FOREIGN KEY ("parentCampaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_clonedFromId_fkey" FOREIGN KEY ("clonedFromId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCriterion" ADD CONSTRAINT "CampaignCriterion_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReformField" ADD CONSTRAINT "ReformField_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUnit" ADD CONSTRAINT "CampaignUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ReformField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationVersion" ADD CONSTRAINT "RegistrationVersion_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationReview" ADD CONSTRAINT "RegistrationReview_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

