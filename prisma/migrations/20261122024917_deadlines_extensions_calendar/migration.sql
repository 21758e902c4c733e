-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "hardCutoffAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarToken" VARCHAR(64);

-- CreateTable
CREATE TABLE "MilestoneExtension" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" TEXT,

    CONSTRAINT "MilestoneExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MilestoneExtension_milestoneId_unitId_createdAt_idx" ON "MilestoneExtension"("milestoneId", "unitId", "createdAt");

-- CreateIndex
CREATE INDEX "MilestoneExtension_unitId_idx" ON "MilestoneExtension"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarToken_key" ON "User"("calendarToken");

-- AddForeignKey
ALTER TABLE "MilestoneExtension" ADD CONSTRAINT "MilestoneExtension_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneExtension" ADD CONSTRAINT "MilestoneExtension_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneExtension" ADD CONSTRAINT "MilestoneExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

