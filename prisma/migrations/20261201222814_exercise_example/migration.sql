-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN     "example" TEXT;
