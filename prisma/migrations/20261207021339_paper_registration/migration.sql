-- AlterTable
ALTER TABLE "RegistrationVersion" ADD COLUMN     "paperReceivedOn" DATE,
ADD COLUMN     "paperReference" VARCHAR(100),
ADD COLUMN     "paperSignedBy" VARCHAR(200);

