// usage: npm run --silent grade -- <exercise-dir> <submission-file>
// Prints exactly one JSON grading result on stdout and exits 0 whatever the verdict; exits non-zero (message on
// stderr) only when grading itself could not run.
import { readFile } from "node:fs/promises";

import { gradeExercise, GraderUnavailableError, shutdownGrader } from "@/server/grading/grade-exercise";

const [exerciseDir, submissionFile] = process.argv.slice(2);
if (!exerciseDir || !submissionFile) {
  console.error("usage: npm run --silent grade -- <exercise-dir> <submission-file>");
  process.exit(2);
}

try {
  const code = await readFile(submissionFile, "utf8");
  const result = await gradeExercise({ exerciseDir, code });
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exitCode = 0;
} catch (error) {
  console.error(error instanceof GraderUnavailableError ? error.message : `grading failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  shutdownGrader();
}
