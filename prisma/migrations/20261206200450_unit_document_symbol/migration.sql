-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "documentSymbol" VARCHAR(30);

