import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/server/env";
import { declaredSandboxLimits } from "@/lib/grading-protocol";
import { gradingHash } from "@/server/grading/exercise-grading-spec";
import { loadCourse, type Course, type ExerciseContent } from "./load-course";

export interface SyncReport {
  created: string[];
  updated: string[];
  unchanged: number;
  archived: string[];
}

/**
 * Makes the database's exercises and quizzes match `exercises/`. Keyed by slug and content hash: an unchanged item
 * is not touched, an edited one gets its new hash (and an ExerciseVersion row holding everything grading needs:
 * tests.py, points, limits) while its past submissions keep the version they were submitted against, and an item
 * removed from disk is archived, never deleted.
 */
export async function syncContent(db: PrismaClient, rootDir = env().CONTENT_DIR, course?: Course): Promise<SyncReport> {
  const { steps, exercises, quizzes } = course ?? (await loadCourse(rootDir));
  const stepOrder = new Map(steps.map((step, index) => [step.id, index]));
  const report: SyncReport = { created: [], updated: [], unchanged: 0, archived: [] };

  const existingExercises = new Map(
    (await db.exercise.findMany({ select: { id: true, slug: true, contentHash: true, archived: true } })).map((row) => [row.slug, row]),
  );
  // Versions synced before grading data was stored with them: filled in the first time their content is seen again.
  const versionsWithoutTests = new Set(
    (await db.exerciseVersion.findMany({ where: { tests: null }, select: { exerciseId: true, contentHash: true } })).map(
      (row) => `${row.exerciseId}:${row.contentHash}`,
    ),
  );
  for (const exercise of exercises) {
    const known = existingExercises.get(exercise.slug);
    if (known && known.contentHash === exercise.contentHash && !known.archived) {
      if (versionsWithoutTests.has(`${known.id}:${exercise.contentHash}`)) {
        await db.exerciseVersion.update({
          where: { exerciseId_contentHash: { exerciseId: known.id, contentHash: exercise.contentHash } },
          data: versionGradingData(exercise),
        });
      }
      report.unchanged++;
      continue;
    }
    const data = {
      title: exercise.title,
      summary: exercise.summary,
      step: exercise.step,
      stepOrder: stepOrder.get(exercise.step) ?? 0,
      difficulty: exercise.difficulty,
      topics: exercise.topics,
      points: exercise.points,
      order: exercise.order,
      promptMarkdown: exercise.promptMarkdown,
      starter: exercise.starter,
      example: exercise.example ?? null,
      hints: exercise.hints,
      limits: (exercise.limits ?? undefined) as Prisma.InputJsonValue | undefined,
      contentHash: exercise.contentHash,
      archived: false,
    };
    await db.$transaction(async (tx) => {
      const row = await tx.exercise.upsert({ where: { slug: exercise.slug }, create: { slug: exercise.slug, ...data }, update: data });
      // The same content hash is the same files, so refreshing an existing row (a reverted edit, or one synced
      // before grading data was stored) changes nothing a past verdict depended on.
      await tx.exerciseVersion.upsert({
        where: { exerciseId_contentHash: { exerciseId: row.id, contentHash: exercise.contentHash } },
        create: { exerciseId: row.id, contentHash: exercise.contentHash, ...versionGradingData(exercise) },
        update: versionGradingData(exercise),
      });
    });
    (known ? report.updated : report.created).push(exercise.slug);
  }
  const onDisk = new Set(exercises.map((exercise) => exercise.slug));
  for (const [slug, row] of existingExercises) {
    if (!onDisk.has(slug) && !row.archived) {
      await db.exercise.update({ where: { slug }, data: { archived: true } });
      report.archived.push(slug);
    }
  }

  const existingQuizzes = new Map(
    (await db.quiz.findMany({ select: { slug: true, contentHash: true, archived: true } })).map((row) => [row.slug, row]),
  );
  for (const quiz of quizzes) {
    const known = existingQuizzes.get(quiz.slug);
    if (known && known.contentHash === quiz.contentHash && !known.archived) {
      report.unchanged++;
      continue;
    }
    const data = {
      title: quiz.title,
      summary: quiz.summary,
      step: quiz.step,
      stepOrder: stepOrder.get(quiz.step) ?? 0,
      order: quiz.order,
      questions: quiz.questions as unknown as Prisma.InputJsonValue,
      contentHash: quiz.contentHash,
      archived: false,
    };
    await db.quiz.upsert({ where: { slug: quiz.slug }, create: { slug: quiz.slug, ...data }, update: data });
    (known ? report.updated : report.created).push(`quizzes/${quiz.slug}`);
  }
  const quizzesOnDisk = new Set(quizzes.map((quiz) => quiz.slug));
  for (const [slug, row] of existingQuizzes) {
    if (!quizzesOnDisk.has(slug) && !row.archived) {
      await db.quiz.update({ where: { slug }, data: { archived: true } });
      report.archived.push(`quizzes/${slug}`);
    }
  }
  return report;
}

/** What an ExerciseVersion stores so that grading it needs no files: tests.py, points, limits and their hash. */
function versionGradingData(exercise: ExerciseContent) {
  return {
    points: exercise.points,
    tests: exercise.tests,
    limits: (exercise.limits ?? undefined) as Prisma.InputJsonValue | undefined,
    gradingHash: gradingHash({ tests: exercise.tests, points: exercise.points, limits: declaredSandboxLimits(exercise.limits) }),
  };
}
