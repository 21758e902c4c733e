-- The status enum is shared by Mẫu 1 registrations, unit reports and consolidated reports: rename it
-- in place (Prisma's diff would drop and re-add the three "status" columns, losing every status).
ALTER TYPE "RegistrationStatus" RENAME TO "SubmissionStatus";
