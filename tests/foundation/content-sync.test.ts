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
});
