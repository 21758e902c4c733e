-- Issue 10: server-side sessions, sign-in throttling per client and account, calendar tokens stored hashed.

-- Old throttle rows locked an account for everyone; the new keys never do. Start clean.
DELETE FROM "LoginThrottle";

-- AlterTable
ALTER TABLE "LoginThrottle" DROP CONSTRAINT "LoginThrottle_pkey",
ADD COLUMN     "account" VARCHAR(255),
ALTER COLUMN "identifier" SET DATA TYPE VARCHAR(400),
ADD CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("identifier");

-- The calendar feed's secret is kept only as its sha256: existing links keep working.
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" VARCHAR(64);
UPDATE "User" SET "calendarTokenHash" = encode(sha256(convert_to("calendarToken", 'UTF8')), 'hex') WHERE "calendarToken" IS NOT NULL;

-- DropIndex
DROP INDEX "User_calendarToken_key";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "calendarToken";

-- CreateTable
CREATE TABLE "UserSession" (
    "id" VARCHAR(64) NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginThrottle_account_idx" ON "LoginThrottle"("account");

-- CreateIndex
CREATE INDEX "LoginThrottle_lastFailureAt_idx" ON "LoginThrottle"("lastFailureAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
