import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { getSubmissionForViewer, listSubmissions } from "@/server/submissions/get-submission";
import type { PublicUser } from "@/server/auth/users";
import { makeCountdownExercise, makeUser } from "./fixtures";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: PublicUser;
let classmate: PublicUser;
let teacher: PublicUser;
let otherTeacher: PublicUser;
let admin: PublicUser;
let submissionIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  const exercise = await makeCountdownExercise(database.prisma);
  [owner, classmate, teacher, otherTeacher, admin] = await Promise.all([
    makeUser(database.prisma),
    makeUser(database.prisma),
    makeUser(database.prisma, "teacher"),
    makeUser(database.prisma, "teacher"),
    makeUser(database.prisma, "admin"),
  ]);
  const ownClass = await database.prisma.classroom.create({ data: { name: "A", ownerId: teacher.id, joinCode: "JOIN-A" } });
  const otherClass = await database.prisma.classroom.create({
    data: { name: "B", ownerId: otherTeacher.id, joinCode: "JOIN-B" },
  });
  await database.prisma.enrollment.createMany({
    data: [
      { classId: ownClass.id, userId: owner.id },
      { classId: ownClass.id, userId: classmate.id },
      { classId: otherClass.id, userId: classmate.id },
    ],
  });
  submissionIds = [];
  for (const [i, code] of ["first = 1", "second = 2"].entries()) {
    const row = await database.prisma.submission.create({
      data: { userId: owner.id, exerciseId: exercise.id, code, maxScore: 10, contentHash: "h", createdAt: new Date(Date.now() + i) },
    });
    submissionIds.push(row.id);
  }
}, 120_000);

afterAll(async () => {
  await database.dispose();
});

describe("who may see a learner's submissions", () => {
  it("lets the owner, their class's teacher and an admin see the submission with its code", async () => {
    for (const viewer of [owner, teacher, admin]) {
      const seen = await getSubmissionForViewer(viewer, submissionIds[0]);
      expect(seen).toMatchObject({ id: submissionIds[0], code: "first = 1", userId: owner.id, status: "queued", max_score: 10 });
      expect(seen.exercise).toEqual({ slug: "countdown", title: "Countdown generator" });
    }
  });

  it("answers 404, as for a submission that does not exist, to a classmate and to another class's teacher", async () => {
    for (const viewer of [classmate, otherTeacher]) {
      await expect(getSubmissionForViewer(viewer, submissionIds[0])).rejects.toMatchObject({ status: 404 });
      await expect(listSubmissions(viewer, owner.id, "countdown")).rejects.toMatchObject({ status: 404 });
    }
    await expect(getSubmissionForViewer(owner, "does-not-exist")).rejects.toMatchObject({ status: 404 });
  });

  it("lists a learner's submissions newest first for the allowed viewers", async () => {
    for (const viewer of [owner, teacher, admin]) {
      const list = await listSubmissions(viewer, owner.id, "countdown");
      expect(list.map((item) => item.id)).toEqual([...submissionIds].reverse());
      expect(list[0]).not.toHaveProperty("code");
    }
  });
});
