import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { createClass } from "@/server/classes/create-class";
import { joinClass } from "@/server/classes/join-class";
import { addAssignment } from "@/server/classes/add-assignment";
import { removeAssignment } from "@/server/classes/remove-assignment";
import { removeStudent } from "@/server/classes/remove-student";
import { regenerateJoinCode } from "@/server/classes/regenerate-join-code";
import { setJoinEnabled } from "@/server/classes/set-join-enabled";
import { listTeacherClasses } from "@/server/classes/list-teacher-classes";
import { getClassProgress } from "@/server/classes/class-progress";
import { getStrugglingStudents } from "@/server/classes/struggling-students";
import { getStudentItemAttempts } from "@/server/classes/student-item-attempts";
import { getItemInsight } from "@/server/classes/item-insight";
import { classProgressCsv } from "@/server/classes/class-progress-csv";
import type { PublicUser } from "@/server/auth/users";
import { makeExercise, makeSubmission, makeUser, recomputeExerciseProgress } from "./class-fixtures";

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
type RoleName = "anonymous" | "student" | "other student" | "class teacher" | "other teacher" | "admin";
type Expected = "allowed" | 401 | 403 | 404;

let db: Db;
const users = {} as Record<RoleName, PublicUser | null>;
let exerciseId: string;

/** A class of `class teacher` with `student` enrolled, one assignment and one submission: fresh per case. */
async function makeClass() {
  const classroom = await createClass(users["class teacher"], "Period 1");
  await db.prisma.enrollment.create({ data: { classId: classroom.id, userId: users.student!.id } });
  const assignment = await addAssignment(users["class teacher"], classroom.id, { item: "exercise:countdown", dueAt: null });
  return { classId: classroom.id, joinCode: classroom.joinCode, assignmentId: assignment.id };
}

beforeAll(async () => {
  db = await createTestDatabase();
  users.anonymous = null;
  users.student = await makeUser(db.prisma, "student", "Student");
  users["other student"] = await makeUser(db.prisma, "student", "Other student");
  users["class teacher"] = await makeUser(db.prisma, "teacher", "Class teacher");
  users["other teacher"] = await makeUser(db.prisma, "teacher", "Other teacher");
  users.admin = await makeUser(db.prisma, "admin", "Admin");
  exerciseId = (await makeExercise(db.prisma, "countdown")).id;
  await makeSubmission(db.prisma, users.student!.id, exerciseId, { test_a: true }, new Date());
  await recomputeExerciseProgress(db.prisma, users.student!.id, exerciseId);
  // The other teacher has a class of their own, with the other student in it.
  const other = await createClass(users["other teacher"], "Elsewhere");
  await joinClass(users["other student"], other.joinCode);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

const classTeacherOnly: Record<RoleName, Expected> = {
  anonymous: 401,
  student: 403,
  "other student": 403,
  "class teacher": "allowed",
  "other teacher": 404,
  admin: "allowed",
};

type Fixture = Awaited<ReturnType<typeof makeClass>>;
const classFunctions: Record<string, (viewer: PublicUser | null, fixture: Fixture) => Promise<unknown>> = {
  getClassProgress: (viewer, { classId }) => getClassProgress(viewer, classId),
  getStrugglingStudents: (viewer, { classId }) => getStrugglingStudents(viewer, classId),
  getStudentItemAttempts: (viewer, { classId }) => getStudentItemAttempts(viewer, classId, users.student!.id, "countdown"),
  getItemInsight: (viewer, { classId }) => getItemInsight(viewer, classId, "countdown"),
  classProgressCsv: (viewer, { classId }) => classProgressCsv(viewer, classId),
  regenerateJoinCode: (viewer, { classId }) => regenerateJoinCode(viewer, classId),
  setJoinEnabled: (viewer, { classId }) => setJoinEnabled(viewer, classId, false),
  removeStudent: (viewer, { classId }) => removeStudent(viewer, classId, users.student!.id),
  addAssignment: (viewer, { classId }) => addAssignment(viewer, classId, { item: "exercise:countdown", dueAt: new Date() }),
  removeAssignment: (viewer, { classId, assignmentId }) => removeAssignment(viewer, classId, assignmentId),
};

const cases: [string, RoleName, Expected][] = [];
for (const name of Object.keys(classFunctions)) {
  for (const [role, expected] of Object.entries(classTeacherOnly) as [RoleName, Expected][]) cases.push([name, role, expected]);
}

async function outcome(run: () => Promise<unknown>): Promise<Expected> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return status;
    throw error;
  }
}

describe("authorization matrix: class functions", () => {
  it.each(cases)("%s as %s -> %s", async (name, role, expected) => {
    const fixture = await makeClass();
    expect(await outcome(() => classFunctions[name](users[role], fixture))).toBe(expected);
  });

  it("leaves the class untouched when a refused viewer tries to change it", async () => {
    const fixture = await makeClass();
    await outcome(() => removeStudent(users["other teacher"], fixture.classId, users.student!.id));
    await outcome(() => regenerateJoinCode(users.student, fixture.classId));
    const classroom = await db.prisma.classroom.findUniqueOrThrow({ where: { id: fixture.classId }, include: { enrollments: true } });
    expect(classroom.joinCode).toBe(fixture.joinCode);
    expect(classroom.enrollments.map((enrollment) => enrollment.userId)).toEqual([users.student!.id]);
  });

  it("never shows a teacher a student outside their class, even one in another class", async () => {
    const fixture = await makeClass();
    expect(await outcome(() => getStudentItemAttempts(users["class teacher"], fixture.classId, users["other student"]!.id, "countdown"))).toBe(404);
    const progress = await getClassProgress(users["class teacher"], fixture.classId);
    expect(progress.students.map((student) => student.userId)).toEqual([users.student!.id]);
  });
});

describe("authorization matrix: account-level functions", () => {
  const createExpected: Record<RoleName, Expected> = { ...classTeacherOnly, "other teacher": "allowed" };
  it.each(Object.entries(createExpected))("createClass as %s -> %s", async (role, expected) => {
    expect(await outcome(() => createClass(users[role as RoleName], "New class"))).toBe(expected);
  });

  it.each(Object.entries(createExpected))("listTeacherClasses as %s -> %s", async (role, expected) => {
    expect(await outcome(() => listTeacherClasses(users[role as RoleName]))).toBe(expected);
  });

  it("lists a teacher's own classes only, and every class for an admin", async () => {
    const fixture = await makeClass();
    const mine = await listTeacherClasses(users["class teacher"]);
    const theirs = await listTeacherClasses(users["other teacher"]);
    const all = await listTeacherClasses(users.admin);
    expect(mine.map((entry) => entry.id)).toContain(fixture.classId);
    expect(theirs.map((entry) => entry.id)).not.toContain(fixture.classId);
    expect(theirs.every((entry) => entry.name !== "Period 1")).toBe(true);
    expect(all.map((entry) => entry.id)).toContain(fixture.classId);
  });

  const joinExpected: Record<RoleName, Expected> = {
    anonymous: 401,
    student: "allowed",
    "other student": "allowed",
    "class teacher": 403,
    "other teacher": 403,
    admin: 403,
  };
  it.each(Object.entries(joinExpected))("joinClass as %s -> %s", async (role, expected) => {
    const fixture = await makeClass();
    expect(await outcome(() => joinClass(users[role as RoleName], fixture.joinCode))).toBe(expected);
  });
});

describe("joining", () => {
  it("is idempotent, accepts the code in any format, and refuses wrong or disabled codes", async () => {
    const fixture = await makeClass();
    const student = users["other student"]!;
    const typed = `${fixture.joinCode.slice(0, 4).toLowerCase()}-${fixture.joinCode.slice(4)}`;
    expect(await joinClass(student, typed)).toMatchObject({ classId: fixture.classId, alreadyEnrolled: false });
    expect(await joinClass(student, fixture.joinCode)).toMatchObject({ classId: fixture.classId, alreadyEnrolled: true });
    expect(await db.prisma.enrollment.count({ where: { classId: fixture.classId, userId: student.id } })).toBe(1);
    await expect(joinClass(student, "ZZZZZZZZ")).rejects.toMatchObject({ status: 404 });

    await setJoinEnabled(users["class teacher"], fixture.classId, false);
    const newcomer = await makeUser(db.prisma, "student", "Newcomer");
    await expect(joinClass(newcomer, fixture.joinCode)).rejects.toMatchObject({ status: 403 });
    // Already enrolled students are not thrown out by a disabled code.
    expect(await joinClass(student, fixture.joinCode)).toMatchObject({ alreadyEnrolled: true });

    const { joinCode } = await regenerateJoinCode(users["class teacher"], fixture.classId);
    expect(joinCode).not.toBe(fixture.joinCode);
    await expect(joinClass(newcomer, fixture.joinCode)).rejects.toMatchObject({ status: 404 });
    expect(await joinClass(newcomer, joinCode)).toMatchObject({ alreadyEnrolled: false });
  });
});
