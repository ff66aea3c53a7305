// Validates every exercise and quiz the way a learner would meet them: schema first, then real grading
// (solution and alternative answers pass with full marks, starter and known mistakes fail with the promised
// feedback, and no message a learner reads carries unittest's comparison boilerplate) and real runs of the
// predict-the-output snippets. Usage: npm run content:check [-- --only <exercise-or-quiz-slug>]
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ContentError, formatContentProblem } from "@/server/content/content-error";
import { loadCourse, type Course, type ExerciseContent, type QuizContent } from "@/server/content/load-course";
import { questionKinds } from "@/server/content/quiz-schema";
import { env } from "@/server/env";
import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";
import { runSnippet } from "@/server/grading/run-snippet";
import { findUnittestBoilerplate } from "@/server/grading/unittest-boilerplate";

type GradeResult = Awaited<ReturnType<typeof gradeExercise>>;

// CONTENT_DIR (as for the app) lets authors check a course kept elsewhere; relative to the repository, like `npm start`.
const CONTENT_ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)), env().CONTENT_DIR);
const GRADING_CONCURRENCY = 2;
const SNIPPET_TIMEOUT_MS = 10_000;
// Every exercise proves its tests both ways: correct answers in other styles pass, the usual bugs are caught.
const MIN_ALTERNATIVES = 2;
const MIN_MISTAKES = 4;

function parseArguments(argv: string[]): { only?: string } {
  const index = argv.indexOf("--only");
  if (index === -1) return {};
  const only = argv[index + 1];
  if (!only || only.startsWith("--")) throw new Error("--only needs a slug: npm run content:check -- --only countdown");
  return { only };
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
async function mapWithConcurrency<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

function countBy<T>(items: T[], key: (item: T) => string, keys: readonly string[]): string {
  const counts = new Map<string, number>(keys.map((name) => [name, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} ${count}`).join(", ");
}

function describeResult(result: GradeResult): string {
  const failing = result.tests.filter((test) => test.status !== "pass");
  const first = failing[0];
  const detail = result.message ?? (first ? `${first.name}: ${first.message ?? first.status}` : "");
  return `${result.status} ${result.score}/${result.max_score}${detail ? ` (${oneLine(detail)})` : ""}`;
}

function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Where the feedback phrase of a mistake may appear: the overall message and every failing test's message. */
function feedbackTexts(result: GradeResult): string[] {
  return [result.message ?? "", ...result.tests.filter((test) => test.status !== "pass").map((test) => test.message ?? "")];
}

async function checkExercise(exercise: ExerciseContent): Promise<{ line: string; problems: string[] }> {
  const started = performance.now();
  const problems: string[] = [];
  const where = (file: string) => `exercises/${exercise.slug}/${file}`;
  const grade = (code: string) => gradeExercise({ exerciseDir: exercise.dir, code, maxScore: exercise.points });

  const plainMessages = (file: string, result: GradeResult) => {
    for (const found of findUnittestBoilerplate(result)) problems.push(`${file}: unittest boilerplate reaches the learner: ${found}`);
  };
  const mustPass = (file: string, result: GradeResult) => {
    if (result.status !== "pass" || result.score !== result.max_score || result.max_score !== exercise.points) {
      problems.push(`${file}: must pass with ${exercise.points}/${exercise.points}, got ${describeResult(result)}`);
    }
  };

  const solution = await grade(exercise.solution);
  mustPass(where("solution.py"), solution);

  if (exercise.alternatives.length < MIN_ALTERNATIVES) {
    problems.push(
      `${where("alternatives/")}: needs at least ${MIN_ALTERNATIVES} other correct answers, has ${exercise.alternatives.length}`,
    );
  }
  for (const alternative of exercise.alternatives) {
    const file = where(`alternatives/${alternative.name}.py`);
    const result = await grade(alternative.code);
    mustPass(file, result);
    plainMessages(file, result);
  }

  const starter = await grade(exercise.starter);
  if (starter.status === "pass") problems.push(`${where("starter.py")}: must not pass, but it passed`);
  plainMessages(where("starter.py"), starter);

  if (exercise.mistakes.length < MIN_MISTAKES) {
    problems.push(`${where("mistakes/")}: needs at least ${MIN_MISTAKES} known mistakes, has ${exercise.mistakes.length}`);
  }
  for (const mistake of exercise.mistakes) {
    const result = await grade(mistake.code);
    const file = where(`mistakes/${mistake.name}.py`);
    plainMessages(file, result);
    if (result.status === "pass") {
      problems.push(`${file}: must not pass, but it passed`);
      continue;
    }
    const phrase = mistake.feedback.toLowerCase();
    if (!feedbackTexts(result).some((text) => text.toLowerCase().includes(phrase))) {
      problems.push(`${file}: feedback "${mistake.feedback}" not found in the result: ${describeResult(result)}`);
    }
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mark = problems.length === 0 ? "ok  " : "FAIL";
  const line =
    `  ${mark} ${exercise.slug}: solution ${solution.status} ${solution.score}/${solution.max_score}, ` +
    `${exercise.alternatives.length} alternatives, starter ${starter.status}, ${exercise.mistakes.length} mistakes ` +
    `(${seconds} s)`;
  return { line, problems };
}

type OutputQuestion = Extract<QuizContent["questions"][number], { kind: "output" }>;

async function checkOutputQuestion(quiz: QuizContent, question: OutputQuestion): Promise<string[]> {
  const where = `exercises/quizzes/${quiz.slug}.yaml: ${question.id}`;
  const run = await runSnippet(question.code, { timeoutMs: SNIPPET_TIMEOUT_MS });
  if (run.timedOut) return [`${where}: the code did not finish within ${SNIPPET_TIMEOUT_MS / 1000} s`];
  if (run.exitCode !== 0) {
    return [`${where}: the code exited with ${run.exitCode}: ${oneLine(run.stderr.split("\n").slice(-4).join(" "))}`];
  }
  const stdout = run.stdout.trim();
  const expected = question.choices[question.answer].trim();
  const problems: string[] = [];
  if (stdout !== expected) {
    problems.push(`${where}: the code prints ${JSON.stringify(stdout)} but the answer is ${JSON.stringify(expected)}`);
  }
  question.choices.forEach((choice, index) => {
    if (index !== question.answer && choice.trim() === stdout) {
      problems.push(`${where}: choice ${index} (${JSON.stringify(choice)}) also matches the real output`);
    }
  });
  return problems;
}

function printSummary(course: Course): void {
  const questions = course.quizzes.flatMap((quiz) => quiz.questions);
  console.log(`Content in ${path.relative(process.cwd(), CONTENT_ROOT) || "."}`);
  console.log(`  steps:        ${course.steps.length}`);
  console.log(
    `  exercises:    ${course.exercises.length} (${countBy(course.exercises, (exercise) => exercise.step, course.steps.map((step) => step.id))})`,
  );
  console.log(`  alternatives: ${course.exercises.reduce((sum, exercise) => sum + exercise.alternatives.length, 0)}`);
  console.log(`  mistakes:     ${course.exercises.reduce((sum, exercise) => sum + exercise.mistakes.length, 0)}`);
  console.log(`  quizzes:      ${course.quizzes.length} (${course.quizzes.map((quiz) => `${quiz.slug} ${quiz.questions.length}`).join(", ")})`);
  console.log(`  questions:    ${questions.length} (${countBy(questions, (question) => question.kind, questionKinds)})`);
}

async function main(): Promise<number> {
  const { only } = parseArguments(process.argv.slice(2));
  let course: Course;
  try {
    course = await loadCourse(CONTENT_ROOT);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Content check failed: ${error.problems.length} schema problem(s):`);
    for (const problem of error.problems) console.error(`  - ${formatContentProblem(problem)}`);
    return 1;
  }
  printSummary(course);

  const exercises = only ? course.exercises.filter((exercise) => exercise.slug === only) : course.exercises;
  const quizzes = only ? course.quizzes.filter((quiz) => quiz.slug === only) : course.quizzes;
  if (only && exercises.length === 0 && quizzes.length === 0) {
    console.error(`No exercise or quiz has the slug "${only}".`);
    return 1;
  }

  const started = performance.now();
  const problems: string[] = [];
  if (exercises.length > 0) {
    console.log(`\nGrading ${exercises.length} exercise(s): solution, alternatives, starter and every known mistake`);
    const checks = await mapWithConcurrency(exercises, GRADING_CONCURRENCY, async (exercise) => {
      const check = await checkExercise(exercise);
      console.log(check.line);
      return check;
    });
    problems.push(...checks.flatMap((check) => check.problems));
  }

  const outputQuestions = quizzes.flatMap((quiz) =>
    quiz.questions.flatMap((question) => (question.kind === "output" ? [{ quiz, question }] : [])),
  );
  if (outputQuestions.length > 0) {
    console.log(`\nRunning ${outputQuestions.length} predict-the-output snippet(s)`);
    const results = await mapWithConcurrency(outputQuestions, GRADING_CONCURRENCY, ({ quiz, question }) =>
      checkOutputQuestion(quiz, question),
    );
    const failed = results.filter((result) => result.length > 0).length;
    console.log(`  ${outputQuestions.length - failed} match their answer, ${failed} do not`);
    problems.push(...results.flat());
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`\nContent check failed with ${problems.length} problem(s) (${seconds} s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`\nContent check passed (${seconds} s).`);
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await shutdownGrader();
}
process.exit(exitCode);
