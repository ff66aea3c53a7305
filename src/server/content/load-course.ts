import "server-only";

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { hashDirectory, hashText } from "./content-hash";
import { ContentError, type ContentProblem, problemsFromZodError } from "./content-error";
import { exerciseFrontMatterSchema, type Difficulty, type ExerciseLimits } from "./exercise-front-matter-schema";
import { parseFrontMatter } from "@/lib/front-matter";
import { quizFileSchema, type QuizQuestion } from "./quiz-schema";
import { contentIdSchema, stepsFileSchema, type Step } from "./steps-schema";

export type { Step } from "./steps-schema";
export type { QuizQuestion } from "./quiz-schema";

/** A known wrong answer (mistakes/<name>.py) and the feedback phrase grading must give it. */
export type ExerciseMistake = { name: string; code: string; feedback: string };

/** Another correct answer (alternatives/<name>.py), written differently from solution.py: it must pass too. */
export type ExerciseAlternative = { name: string; code: string };

export type ExerciseContent = {
  slug: string;
  /** Absolute path of the exercise folder: the grader reads tests.py from here. */
  dir: string;
  title: string;
  summary: string;
  step: string;
  difficulty: Difficulty;
  topics: string[];
  points: number;
  order: number;
  limits?: ExerciseLimits;
  hints: string[];
  promptMarkdown: string;
  starter: string;
  /** example.py, if any: public code "Run" executes after the learner's code in the browser (never graded). */
  example?: string;
  solution: string;
  tests: string;
  mistakes: ExerciseMistake[];
  alternatives: ExerciseAlternative[];
  contentHash: string;
};

export type QuizContent = {
  slug: string;
  title: string;
  summary: string;
  step: string;
  order: number;
  questions: QuizQuestion[];
  contentHash: string;
};

export type Course = { steps: Step[]; exercises: ExerciseContent[]; quizzes: QuizContent[] };

const QUIZZES_DIR = "quizzes";
const REQUIRED_EXERCISE_FILES = ["exercise.md", "starter.py", "solution.py", "tests.py"] as const;
const FEEDBACK_LINE = /^#\s*feedback:\s*(\S.*?)\s*$/i;

/** Loads and validates the whole course under `rootDir`; throws ContentError listing every problem found. */
export async function loadCourse(rootDir: string): Promise<Course> {
  const root = path.resolve(rootDir);
  // Problems name files as authors see them in the repository: `exercises/<slug>/exercise.md`.
  const display = (...parts: string[]) => [path.basename(root), ...parts].join("/");

  const steps = await loadSteps(root, display);
  const stepIds = steps.map((step) => step.id);
  const problems: ContentProblem[] = [];
  const exercises: ExerciseContent[] = [];
  const quizzes: QuizContent[] = [];

  const entries = await readdir(root, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".") || entry.name === QUIZZES_DIR) continue;
    const result = await loadExercise(path.join(root, entry.name), entry.name, stepIds, display);
    if ("exercise" in result) exercises.push(result.exercise);
    else problems.push(...result.problems);
  }

  const quizzesDir = path.join(root, QUIZZES_DIR);
  const quizEntries = await readdir(quizzesDir, { withFileTypes: true }).catch(() => []);
  for (const entry of quizEntries) {
    if (entry.name.startsWith(".")) continue;
    if (!entry.isFile() || !entry.name.endsWith(".yaml")) {
      problems.push({ file: display(QUIZZES_DIR, entry.name), message: "quizzes must be files named <slug>.yaml" });
      continue;
    }
    const result = await loadQuiz(path.join(quizzesDir, entry.name), stepIds, display);
    if ("quiz" in result) quizzes.push(result.quiz);
    else problems.push(...result.problems);
  }

  if (problems.length > 0) throw new ContentError(problems);

  const stepOrder = new Map(steps.map((step) => [step.id, step.order]));
  const byStory = (a: { step: string; order: number; title: string }, b: typeof a) =>
    stepOrder.get(a.step)! - stepOrder.get(b.step)! || a.order - b.order || a.title.localeCompare(b.title, "en");
  return { steps, exercises: exercises.sort(byStory), quizzes: quizzes.sort(byStory) };
}

async function loadSteps(root: string, display: (...parts: string[]) => string): Promise<Step[]> {
  const file = display("steps.yaml");
  const source = await readFile(path.join(root, "steps.yaml"), "utf8").catch(() => null);
  if (source === null) throw new ContentError([{ file, message: "is missing: it lists the course's steps" }]);
  const data = parseYamlOrProblem(source, file);
  if ("problem" in data) throw new ContentError([data.problem]);
  const parsed = stepsFileSchema.safeParse(data.value);
  if (!parsed.success) throw new ContentError(problemsFromZodError(file, parsed.error));
  return parsed.data.map((step, order) => ({ ...step, order }));
}

function parseYamlOrProblem(source: string, file: string): { value: unknown } | { problem: ContentProblem } {
  try {
    return { value: parseYaml(source) };
  } catch (error) {
    return { problem: { file, message: `is not valid YAML: ${(error as Error).message}` } };
  }
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}

async function loadExercise(
  dir: string,
  slug: string,
  stepIds: readonly string[],
  display: (...parts: string[]) => string,
): Promise<{ exercise: ExerciseContent } | { problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const slugCheck = contentIdSchema.safeParse(slug);
  if (!slugCheck.success) {
    problems.push({ file: display(slug), message: `folder name (the exercise's slug) ${slugCheck.error.issues[0].message}` });
  }

  const files: Partial<Record<(typeof REQUIRED_EXERCISE_FILES)[number], string>> = {};
  for (const name of REQUIRED_EXERCISE_FILES) {
    const text = await readOptional(path.join(dir, name));
    if (text === null) problems.push({ file: display(slug, name), message: "is missing" });
    else files[name] = text;
  }

  let frontMatter: ReturnType<ReturnType<typeof exerciseFrontMatterSchema>["parse"]> | undefined;
  let promptMarkdown = "";
  if (files["exercise.md"] !== undefined) {
    const file = display(slug, "exercise.md");
    try {
      const document = parseFrontMatter(files["exercise.md"]);
      promptMarkdown = document.body.trim();
      const parsed = exerciseFrontMatterSchema(stepIds).safeParse(document.data);
      if (parsed.success) frontMatter = parsed.data;
      else problems.push(...problemsFromZodError(file, parsed.error));
      if (!promptMarkdown) problems.push({ file, message: "needs a prompt in Markdown after the front matter" });
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
    }
  }

  const mistakes = await loadMistakes(dir, slug, display, problems);
  const alternatives = await loadAlternatives(dir, slug, display, problems);
  const example = await readOptional(path.join(dir, "example.py"));
  if (example !== null && !example.trim()) problems.push({ file: display(slug, "example.py"), message: "is empty: delete it or give it code" });

  if (problems.length > 0 || !frontMatter) return { problems };
  return {
    exercise: {
      slug,
      dir,
      title: frontMatter.title,
      summary: frontMatter.summary,
      step: frontMatter.step,
      difficulty: frontMatter.difficulty,
      topics: frontMatter.topics,
      points: frontMatter.points,
      // Without an order, exercises sort first in their step, by title.
      order: frontMatter.order ?? 0,
      ...(frontMatter.limits ? { limits: frontMatter.limits } : {}),
      hints: frontMatter.hints ?? [],
      promptMarkdown,
      starter: files["starter.py"]!,
      ...(example !== null ? { example } : {}),
      solution: files["solution.py"]!,
      tests: files["tests.py"]!,
      mistakes,
      alternatives,
      contentHash: await hashDirectory(dir),
    },
  };
}

async function loadMistakes(
  dir: string,
  slug: string,
  display: (...parts: string[]) => string,
  problems: ContentProblem[],
): Promise<ExerciseMistake[]> {
  const mistakes: ExerciseMistake[] = [];
  for (const { name, code, file } of await pythonFiles(dir, "mistakes", slug, display, problems)) {
    const feedback = FEEDBACK_LINE.exec(code.split(/\r?\n/, 1)[0])?.[1];
    if (!feedback) {
      problems.push({ file, field: "line 1", message: "must be `# feedback: <phrase the grader's message must contain>`" });
      continue;
    }
    mistakes.push({ name, code, feedback });
  }
  return mistakes;
}

async function pythonFiles(
  dir: string,
  folder: string,
  slug: string,
  display: (...parts: string[]) => string,
  problems: ContentProblem[],
): Promise<{ name: string; code: string; file: string }[]> {
  const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => []);
  const files: { name: string; code: string; file: string }[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, "en"))) {
    if (entry.name.startsWith(".") || entry.name === "__pycache__") continue;
    const file = display(slug, folder, entry.name);
    if (!entry.isFile() || !entry.name.endsWith(".py")) {
      problems.push({ file, message: `${folder} must be Python files named <name>.py` });
      continue;
    }
    const code = await readFile(path.join(dir, folder, entry.name), "utf8");
    files.push({ name: entry.name.slice(0, -".py".length), code, file });
  }
  return files;
}

async function loadAlternatives(
  dir: string,
  slug: string,
  display: (...parts: string[]) => string,
  problems: ContentProblem[],
): Promise<ExerciseAlternative[]> {
  const files = await pythonFiles(dir, "alternatives", slug, display, problems);
  return files.map(({ name, code }) => ({ name, code }));
}

async function loadQuiz(
  file: string,
  stepIds: readonly string[],
  display: (...parts: string[]) => string,
): Promise<{ quiz: QuizContent } | { problems: ContentProblem[] }> {
  const fileName = path.basename(file);
  const shown = display(QUIZZES_DIR, fileName);
  const slug = fileName.slice(0, -".yaml".length);
  const problems: ContentProblem[] = [];
  const slugCheck = contentIdSchema.safeParse(slug);
  if (!slugCheck.success) problems.push({ file: shown, message: `file name (the quiz's slug) ${slugCheck.error.issues[0].message}` });

  const source = await readFile(file, "utf8");
  const data = parseYamlOrProblem(source, shown);
  if ("problem" in data) return { problems: [...problems, data.problem] };
  const parsed = quizFileSchema(stepIds).safeParse(data.value);
  if (!parsed.success) problems.push(...problemsFromZodError(shown, parsed.error));
  if (problems.length > 0 || !parsed.success) return { problems };

  const quiz = parsed.data;
  return {
    quiz: {
      slug,
      title: quiz.title,
      summary: quiz.summary,
      step: quiz.step,
      order: quiz.order ?? 0,
      questions: quiz.questions,
      contentHash: hashText(source),
    },
  };
}
