-- AlterTable
ALTER TABLE "ExerciseProgress" ADD COLUMN     "solvedOnAttempt" INTEGER;
