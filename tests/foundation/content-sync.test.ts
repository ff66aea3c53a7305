import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { syncContent } from "@/server/content/sync-content";
import { createTestDatabase } from "../support/test-database";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

function copyCourse(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "course-"));
  fs.cpSync("exercises", dir, { recursive: true });
  return dir;
}

describe("syncing content into the database", () => {
  it("is idempotent, versions edits by content hash, keeps old submissions' version, and archives removals", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    const course = copyCourse();

    const first = await syncContent(db.prisma, course);
    expect(first.created).toContain("countdown");
    const again = await syncContent(db.prisma, course);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);

    const before = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    const student = await db.prisma.user.create({ data: { email: "s@example.com", name: "S", role: "student", passwordHash: "x" } });
    const submission = await db.prisma.submission.create({
      data: { userId: student.id, exerciseId: before.id, code: "pass", maxScore: before.points, contentHash: before.contentHash },
    });

    fs.appendFileSync(path.join(course, "countdown", "exercise.md"), "\nOne more sentence.\n");
    const edited = await syncContent(db.prisma, course);
    expect(edited.updated).toEqual(["countdown"]);
    const after = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    expect(after.id).toBe(before.id);
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.promptMarkdown).toContain("One more sentence.");
    const versions = await db.prisma.exerciseVersion.findMany({ where: { exerciseId: before.id } });
    expect(versions.map((version) => version.contentHash).sort()).toEqual([before.contentHash, after.contentHash].sort());
    const kept = await db.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(kept.contentHash).toBe(before.contentHash);

    fs.rmSync(path.join(course, "countdown"), { recursive: true });
    const removed = await syncContent(db.prisma, course);
    expect(removed.archived).toEqual(["countdown"]);
    const archived = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    expect(archived.archived).toBe(true);
    expect(await db.prisma.submission.count({ where: { exerciseId: before.id } })).toBe(1);
  });

  it("stores what grading needs with each version, so grading reads no files", async () => {
    const db = await createTestDatabase();
    dispose = db.dispose;
    const course = copyCourse();
    await syncContent(db.prisma, course);
    const versionOf = async () => {
      const exercise = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
      return db.prisma.exerciseVersion.findUniqueOrThrow({
        where: { exerciseId_contentHash: { exerciseId: exercise.id, contentHash: exercise.contentHash } },
      });
    };
    const first = await versionOf();
    expect(first.tests).toBe(fs.readFileSync(path.join(course, "countdown", "tests.py"), "utf8"));
    expect(first.gradingHash).toMatch(/^[0-9a-f]{64}$/);

    // A prompt edit is a new version that grades alike; a tests edit is one that does not.
    fs.appendFileSync(path.join(course, "countdown", "exercise.md"), "\nOne more sentence.\n");
    await syncContent(db.prisma, course);
    const promptEdit = await versionOf();
    expect(promptEdit.contentHash).not.toBe(first.contentHash);
    expect(promptEdit.gradingHash).toBe(first.gradingHash);
    fs.appendFileSync(path.join(course, "countdown", "tests.py"), "\n# a comment is a change too\n");
    await syncContent(db.prisma, course);
    const testsEdit = await versionOf();
    expect(testsEdit.tests).toContain("# a comment is a change too");
    expect(testsEdit.gradingHash).not.toBe(first.gradingHash);

    // A version synced before grading data was stored gets it the next time its content is synced.
    await db.prisma.exerciseVersion.update({
      where: { exerciseId_contentHash: { exerciseId: testsEdit.exerciseId, contentHash: testsEdit.contentHash } },
      data: { tests: null, gradingHash: null },
    });
    const again = await syncContent(db.prisma, course);
    expect(again.updated).toEqual([]);
    expect((await versionOf()).gradingHash).toBe(testsEdit.gradingHash);
  });
});
