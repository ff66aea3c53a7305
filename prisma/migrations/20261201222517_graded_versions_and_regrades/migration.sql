-- CreateEnum
CREATE TYPE "RegradeStatus" AS ENUM ('previewing', 'previewed', 'applying', 'applied', 'superseded');

-- CreateEnum
CREATE TYPE "RegradeItemStatus" AS ENUM ('pending', 'grading', 'previewed', 'error', 'applied', 'skipped');

-- AlterTable
ALTER TABLE "ExerciseVersion" ADD COLUMN     "gradingHash" TEXT,
ADD COLUMN     "limits" JSONB,
ADD COLUMN     "tests" TEXT;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "gradedContentHash" TEXT,
ADD COLUMN     "regradedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Regrade" (
    "id" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "classId" TEXT,
    "requestedById" TEXT,
    "status" "RegradeStatus" NOT NULL DEFAULT 'previewing',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previewedAt" TIMESTAMP(3),
    "appliedById" TEXT,
    "applyStartedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),
    "applyRuns" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Regrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegradeItem" (
    "id" TEXT NOT NULL,
    "regradeId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "RegradeItemStatus" NOT NULL DEFAULT 'pending',
    "oldContentHash" TEXT,
    "oldScore" DOUBLE PRECISION NOT NULL,
    "oldMaxScore" INTEGER NOT NULL,
    "oldResult" JSONB,
    "newScore" DOUBLE PRECISION,
    "newMaxScore" INTEGER,
    "newResult" JSONB,
    "gradingRuns" INTEGER NOT NULL DEFAULT 0,
    "gradedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "RegradeItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Regrade_exerciseId_classId_createdAt_idx" ON "Regrade"("exerciseId", "classId", "createdAt");

-- CreateIndex
CREATE INDEX "Regrade_classId_idx" ON "Regrade"("classId");

-- CreateIndex
CREATE INDEX "RegradeItem_regradeId_status_idx" ON "RegradeItem"("regradeId", "status");

-- CreateIndex
CREATE INDEX "RegradeItem_submissionId_idx" ON "RegradeItem"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "RegradeItem_regradeId_submissionId_key" ON "RegradeItem"("regradeId", "submissionId");

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_exerciseId_contentHash_fkey" FOREIGN KEY ("exerciseId", "contentHash") REFERENCES "ExerciseVersion"("exerciseId", "contentHash") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeItem" ADD CONSTRAINT "RegradeItem_regradeId_fkey" FOREIGN KEY ("regradeId") REFERENCES "Regrade"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeItem" ADD CONSTRAINT "RegradeItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every verdict stored so far was produced by the version it was submitted against (as far as the
-- database knows: before this migration the worker read tests.py from disk).
UPDATE "Submission" SET "gradedContentHash" = "contentHash" WHERE "status" = 'graded';
