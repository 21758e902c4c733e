-- CreateTable
CREATE TABLE "AppraisalReminder" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reminderKey" VARCHAR(64) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "notificationId" TEXT,
    "emailId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppraisalReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AppraisalReminder_createdAt_idx" ON "AppraisalReminder"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalReminder_roundId_userId_reminderKey_key" ON "AppraisalReminder"("roundId", "userId", "reminderKey");

-- AddForeignKey
ALTER TABLE "AppraisalReminder" ADD CONSTRAINT "AppraisalReminder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AppraisalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppraisalReminder" ADD CONSTRAINT "AppraisalReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

