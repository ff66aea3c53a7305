import "server-only";
import { getDb } from "../db";
import { AppError, notFound } from "../errors";

/** An exercise and the version a regrade would grade against: the one synced from disk now. */
export interface CurrentGradingVersion {
  exercise: { id: string; slug: string; title: string };
  contentHash: string;
  gradingHash: string;
  syncedAt: Date;
}

/** The live exercise `slug` and its current version's grading hash; 404 for an unknown or archived exercise. */
export async function currentGradingVersion(slug: string): Promise<CurrentGradingVersion> {
  const db = await getDb();
  const exercise = await db.exercise.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, contentHash: true, archived: true },
  });
  if (!exercise || exercise.archived) throw notFound("The exercise");
  const version = await db.exerciseVersion.findUnique({
    where: { exerciseId_contentHash: { exerciseId: exercise.id, contentHash: exercise.contentHash } },
    select: { gradingHash: true, createdAt: true },
  });
  if (!version?.gradingHash) {
    throw new AppError("unavailable", "This exercise's tests are not stored yet: sync the content (npm run content:sync) first.");
  }
  return {
    exercise: { id: exercise.id, slug: exercise.slug, title: exercise.title },
    contentHash: exercise.contentHash,
    gradingHash: version.gradingHash,
    syncedAt: version.createdAt,
  };
}
