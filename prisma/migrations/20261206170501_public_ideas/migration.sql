-- CreateEnum
CREATE TYPE "PublicIdeaStatus" AS ENUM ('RECEIVED', 'FORWARDED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PublicSubmitterKind" AS ENUM ('PERSON', 'ORGANISATION');

-- AlterEnum
ALTER TYPE "AwardCriterionKind" ADD VALUE 'PUBLIC_IDEA_ACCEPTED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InitiativeOwnerType" ADD VALUE 'CITIZEN';
ALTER TYPE "InitiativeOwnerType" ADD VALUE 'BUSINESS';

-- AlterEnum
ALTER TYPE "RegistrationKind" ADD VALUE 'PUBLIC';

-- AlterTable
ALTER TABLE "AwardProposal" ADD COLUMN     "publicIdeaId" TEXT;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "acceptsPublicIdeas" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "publicIdeaId" TEXT;

-- AlterTable
ALTER TABLE "RecognisedModel" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PublicIdea" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "trackingCodeHash" VARCHAR(64) NOT NULL,
    "submitterKind" "PublicSubmitterKind" NOT NULL,
    "submitterName" VARCHAR(255),
    "taxCode" VARCHAR(20),
    "email" VARCHAR(254),
    "phone" VARCHAR(20),
    "ward" VARCHAR(255),
    "confirmTokenHash" VARCHAR(64),
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "emailConfirmedAt" TIMESTAMPTZ(3),
    "fieldId" TEXT,
    "title" VARCHAR(300) NOT NULL,
    "titleFolded" VARCHAR(300) NOT NULL,
    "content" TEXT NOT NULL,
    "expectedBenefit" TEXT,
    "consentedAt" TIMESTAMPTZ(3) NOT NULL,
    "consentVersion" VARCHAR(50) NOT NULL,
    "status" "PublicIdeaStatus" NOT NULL DEFAULT 'RECEIVED',
    "forwardedUnitId" TEXT,
    "forwardedAt" TIMESTAMPTZ(3),
    "forwardNote" VARCHAR(2000),
    "unitAssessment" VARCHAR(4000),
    "unitRecommendsAccept" BOOLEAN,
    "unitAssessedAt" TIMESTAMPTZ(3),
    "answer" VARCHAR(4000),
    "decidedAt" TIMESTAMPTZ(3),
    "initiativeId" TEXT,
    "erasedAt" TIMESTAMPTZ(3),
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicIdeaAttachment" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(150) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storageKey" VARCHAR(255) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicIdeaAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRateLimit" (
    "key" VARCHAR(200) NOT NULL,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicRateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicIdea_trackingCodeHash_key" ON "PublicIdea"("trackingCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "PublicIdea_confirmTokenHash_key" ON "PublicIdea"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "PublicIdea_initiativeId_key" ON "PublicIdea"("initiativeId");

-- CreateIndex
CREATE INDEX "PublicIdea_campaignId_status_createdAt_idx" ON "PublicIdea"("campaignId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "PublicIdea_campaignId_email_idx" ON "PublicIdea"("campaignId", "email");

-- CreateIndex
CREATE INDEX "PublicIdea_forwardedUnitId_status_idx" ON "PublicIdea"("forwardedUnitId", "status");

-- CreateIndex
CREATE INDEX "PublicIdea_emailConfirmedAt_createdAt_idx" ON "PublicIdea"("emailConfirmedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublicIdeaAttachment_storageKey_key" ON "PublicIdeaAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "PublicIdeaAttachment_ideaId_idx" ON "PublicIdeaAttachment"("ideaId");

-- CreateIndex
CREATE INDEX "PublicRateLimit_windowStartedAt_idx" ON "PublicRateLimit"("windowStartedAt");

-- CreateIndex
CREATE INDEX "AwardProposal_publicIdeaId_idx" ON "AwardProposal"("publicIdeaId");

-- CreateIndex
CREATE INDEX "Campaign_isPublic_status_idx" ON "Campaign"("isPublic", "status");

-- CreateIndex
CREATE INDEX "EmailMessage_publicIdeaId_idx" ON "EmailMessage"("publicIdeaId");

-- CreateIndex
CREATE INDEX "RecognisedModel_isPublic_recognisedOn_idx" ON "RecognisedModel"("isPublic", "recognisedOn");

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_publicIdeaId_fkey" FOREIGN KEY ("publicIdeaId") REFERENCES "PublicIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardProposal" ADD CONSTRAINT "AwardProposal_publicIdeaId_fkey" FOREIGN KEY ("publicIdeaId") REFERENCES "PublicIdea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicIdea" ADD CONSTRAINT "PublicIdea_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicIdea" ADD CONSTRAINT "PublicIdea_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ReformField"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicIdea" ADD CONSTRAINT "PublicIdea_forwardedUnitId_fkey" FOREIGN KEY ("forwardedUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicIdea" ADD CONSTRAINT "PublicIdea_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicIdeaAttachment" ADD CONSTRAINT "PublicIdeaAttachment_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "PublicIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

