import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { createClass } from "@/server/classes/create-class";
import { joinClass } from "@/server/classes/join-class";
import { addAssignment } from "@/server/classes/add-assignment";
import { getClassProgress } from "@/server/classes/class-progress";
import { findStrugglingStudents } from "@/server/classes/struggling-students";
import { getStudentItemAttempts } from "@/server/classes/student-item-attempts";
import { getItemInsight } from "@/server/classes/item-insight";
import { classProgressCsv } from "@/server/classes/class-progress-csv";
import { listStudentAssignments } from "@/server/classes/student-assignments";
import type { PublicUser } from "@/server/auth/users";
import { daysAgo, makeExercise, makeQuiz, makeSubmission, makeUser, recomputeExerciseProgress } from "./class-fixtures";

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
let teacher: PublicUser;
let ada: PublicUser; // solves on time on the third attempt, aces the quiz
let bob: PublicUser; // six failed attempts, never solves
let cy: PublicUser; // solves after the due date on the second attempt
let dee: PublicUser; // joined ten days ago, never did anything
let outsider: PublicUser; // not in the class, but worked on the same exercise
let classId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  teacher = await makeUser(prisma, "teacher", "Ms Teacher");
  ada = await makeUser(prisma, "student", "Ada");
  bob = await makeUser(prisma, "student", "Bob");
  cy = await makeUser(prisma, "student", "Cy");
  dee = await makeUser(prisma, "student", "Dee");
  outsider = await makeUser(prisma, "student", "Outsider");
  const exercise = await makeExercise(prisma, "countdown");
  await makeExercise(prisma, "fibonacci", 2);
  const quiz = await makeQuiz(prisma, "generator-basics", 3);

  const classroom = await createClass(teacher, "Period 3");
  classId = classroom.id;
  for (const student of [ada, bob, cy, dee]) await joinClass(student, classroom.joinCode);
  await prisma.enrollment.update({ where: { classId_userId: { classId, userId: dee.id } }, data: { joinedAt: daysAgo(10) } });
  await addAssignment(teacher, classId, { item: "exercise:countdown", dueAt: daysAgo(2) });
  await addAssignment(teacher, classId, { item: "exercise:fibonacci", dueAt: null });
  await addAssignment(teacher, classId, { item: "quiz:generator-basics", dueAt: null });

  await makeSubmission(prisma, ada.id, exercise.id, { test_counts_down: false, test_stops_at_zero: false }, daysAgo(5), "def countdown(n):\n    return n\n");
  await makeSubmission(prisma, ada.id, exercise.id, { test_counts_down: true, test_stops_at_zero: false }, daysAgo(4), "def countdown(n):\n    while True:\n        yield n\n");
  await makeSubmission(prisma, ada.id, exercise.id, { test_counts_down: true, test_stops_at_zero: true }, daysAgo(3));
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await makeSubmission(prisma, bob.id, exercise.id, { test_counts_down: attempt > 2, test_stops_at_zero: false }, daysAgo(1.5 - attempt * 0.1));
  }
  await makeSubmission(prisma, cy.id, exercise.id, { test_counts_down: false, test_stops_at_zero: true }, daysAgo(1.2));
  await makeSubmission(prisma, cy.id, exercise.id, { test_counts_down: true, test_stops_at_zero: true }, daysAgo(1));
  await makeSubmission(prisma, outsider.id, exercise.id, { test_counts_down: false, test_stops_at_zero: false }, daysAgo(1));
  for (const student of [ada, bob, cy, outsider]) await recomputeExerciseProgress(prisma, student.id, exercise.id);

  await prisma.quizAttempt.createMany({
    data: [
      { userId: ada.id, quizId: quiz.id, answers: {}, feedback: {}, score: 2, maxScore: 3, contentHash: "hash", createdAt: daysAgo(2) },
      { userId: ada.id, quizId: quiz.id, answers: {}, feedback: {}, score: 3, maxScore: 3, contentHash: "hash", createdAt: daysAgo(1) },
    ],
  });
  await prisma.quizProgress.create({ data: { userId: ada.id, quizId: quiz.id, bestScore: 3, maxScore: 3, attempts: 2, lastAttemptAt: daysAgo(1) } });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe("class progress", () => {
  it("lists only enrolled students, by name, with one cell per assigned item in course order", async () => {
    const progress = await getClassProgress(teacher, classId);
    expect(progress.students.map((student) => student.name)).toEqual(["Ada", "Bob", "Cy", "Dee"]);
    expect(progress.items.map((item) => item.slug)).toEqual(["countdown", "fibonacci", "generator-basics"]);
    expect(progress.items.map((item) => item.maxScore)).toEqual([10, 10, 3]);
  });

  it("gives each cell its status, with a solve after the due date marked late", async () => {
    const progress = await getClassProgress(teacher, classId);
    const statuses = Object.fromEntries(progress.students.map((student) => [student.name, student.cells.map((cell) => cell.status)]));
    expect(statuses).toEqual({
      Ada: ["solved", "not_started", "solved"],
      Bob: ["attempted", "not_started", "not_started"],
      Cy: ["solved_late", "not_started", "not_started"],
      Dee: ["not_started", "not_started", "not_started"],
    });
    const bobCell = progress.students[1].cells[0];
    expect(bobCell).toMatchObject({ bestScore: 5, attempts: 6, failedAttempts: 6, solvedAt: null });
    expect(progress.students[0].cells[0].attemptsToSolve).toBe(3);
    expect(progress.students[0].cells[2].attemptsToSolve).toBe(2);
    expect(progress.students[0].solvedCount).toBe(2);
  });

  it("summarises each column: attempted %, solved %, late solves and the median attempts to solve", async () => {
    const progress = await getClassProgress(teacher, classId);
    expect(progress.summaries[0]).toEqual({ attemptedPercent: 75, solvedPercent: 50, solvedLateCount: 1, medianAttemptsToSolve: 2.5 });
    expect(progress.summaries[1]).toEqual({ attemptedPercent: 0, solvedPercent: 0, solvedLateCount: 0, medianAttemptsToSolve: null });
    expect(progress.summaries[2]).toEqual({ attemptedPercent: 25, solvedPercent: 25, solvedLateCount: 0, medianAttemptsToSolve: 2 });
  });

  it("flags students stuck after many failed attempts and students inactive for days", async () => {
    const struggling = findStrugglingStudents(await getClassProgress(teacher, classId), { failedAttempts: 5, inactiveDays: 7 });
    expect(struggling.map((student) => student.name)).toEqual(["Bob", "Dee"]);
    expect(struggling[0].reasons).toEqual(["6 failed attempts on “Exercise countdown”"]);
    expect(struggling[1].reasons).toEqual(["No activity since joining 10 days ago"]);
    const stricter = findStrugglingStudents(await getClassProgress(teacher, classId), { failedAttempts: 10, inactiveDays: 2 });
    expect(stricter.map((student) => student.name)).toEqual(["Dee"]);
  });
});

describe("drill-down and insight", () => {
  it("shows a student's attempts for an item oldest first, with code and per-test results", async () => {
    const attempts = await getStudentItemAttempts(teacher, classId, ada.id, "countdown");
    expect(attempts.attempts.map((attempt) => attempt.score)).toEqual([0, 5, 10]);
    expect(attempts.attempts[0].code).toContain("return n");
    expect(attempts.attempts[1].tests).toEqual([
      { name: "test_counts_down", status: "pass", message: undefined },
      { name: "test_stops_at_zero", status: "fail", message: "test_stops_at_zero failed" },
    ]);
    expect(attempts.dueAt).not.toBeNull();
    await expect(getStudentItemAttempts(teacher, classId, outsider.id, "countdown")).rejects.toMatchObject({ status: 404 });
  });

  it("ranks the tests that fail most often across the class, ignoring students outside it", async () => {
    const insight = await getItemInsight(teacher, classId, "countdown");
    expect(insight).toMatchObject({ studentCount: 4, studentsAttempted: 3, gradedSubmissions: 11 });
    expect(insight.failingTests.map(({ name, failedSubmissions, studentsFailed, studentsStillFailing }) => ({ name, failedSubmissions, studentsFailed, studentsStillFailing }))).toEqual([
      { name: "test_stops_at_zero", failedSubmissions: 8, studentsFailed: 2, studentsStillFailing: 1 },
      { name: "test_counts_down", failedSubmissions: 5, studentsFailed: 3, studentsStillFailing: 0 },
    ]);
  });
});

describe("CSV export", () => {
  it("has a row per student and a score / solved_at column pair per item", async () => {
    const { csv, filename } = await classProgressCsv(teacher, classId);
    expect(filename).toBe("period-3-progress.csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe(
      "student,email,Exercise countdown score,Exercise countdown solved_at,Exercise fibonacci score,Exercise fibonacci solved_at,Quiz generator-basics score,Quiz generator-basics solved_at",
    );
    expect(lines).toHaveLength(6);
    const adaRow = lines[1].split(",");
    expect(adaRow[0]).toBe("Ada");
    expect(adaRow[2]).toBe("10");
    const adaSolve = await db.prisma.exerciseProgress.findFirstOrThrow({ where: { userId: ada.id } });
    expect(adaRow[3]).toBe(adaSolve.firstSolvedAt?.toISOString());
    expect(adaRow.slice(4)).toEqual(["", "", "3", adaRow[7]]);
    expect(lines[4].split(",").slice(2)).toEqual(["", "", "", "", "", ""]);
  });
});

describe("student assignments", () => {
  it("lists a student's class assignments with their status, soonest due first", async () => {
    const assignments = await listStudentAssignments(cy.id);
    expect(assignments.map((assignment) => [assignment.title, assignment.status, assignment.href, assignment.className])).toEqual([
      ["Exercise countdown", "solved_late", "/exercises/countdown", "Period 3"],
      ["Exercise fibonacci", "not_started", "/exercises/fibonacci", "Period 3"],
      ["Quiz generator-basics", "not_started", "/quizzes/generator-basics", "Period 3"],
    ]);
    expect((await listStudentAssignments(ada.id)).find((assignment) => assignment.kind === "quiz")?.status).toBe("solved");
    expect(await listStudentAssignments(outsider.id)).toEqual([]);
  });
});

describe("names written to look like someone else's", () => {
  // Accounts created before sign-up refused these characters: an override that shows "Eve" + "admin" reversed,
  // isolates, zero-width characters and a byte order mark.
  const spoofs = ["Eve\u202Enimda\u202C", "\u2067Ada\u2069", "A\u200Bda", "Ad\u200Fa\uFEFF"];
  const invisible = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

  it("shows them with a visible mark instead of the invisible characters in the matrix, drill-down and CSV", async () => {
    const owner = await makeUser(db.prisma, "teacher", "Spoof Teacher");
    const classroom = await createClass(owner, "Spoof \u202Eclass");
    const students = [];
    for (const name of spoofs) {
      const student = await makeUser(db.prisma, "student", name);
      await joinClass(student, classroom.joinCode);
      students.push(student);
    }
    await addAssignment(owner, classroom.id, { item: "exercise:countdown", dueAt: null });
    const countdown = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "countdown" } });
    await makeSubmission(db.prisma, students[0].id, countdown.id, { test_counts_down: false }, daysAgo(1));

    const progress = await getClassProgress(owner, classroom.id);
    const shown = progress.students.map((student) => student.name);
    expect(shown.sort()).toEqual(["Eve\uFFFDnimda\uFFFD", "\uFFFDAda\uFFFD", "A\uFFFDda", "Ad\uFFFDa\uFFFD"].sort());
    expect(progress.classroom.name).toBe("Spoof \uFFFDclass");

    const drillDown = await getStudentItemAttempts(owner, classroom.id, students[0].id, "countdown");
    expect(drillDown.student.name).toBe("Eve\uFFFDnimda\uFFFD");
    expect(drillDown.classroom.name).not.toMatch(invisible);

    const { csv } = await classProgressCsv(owner, classroom.id);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).not.toMatch(invisible);
    expect(csv).toContain("Eve\uFFFDnimda\uFFFD");

    const [assignment] = await listStudentAssignments(students[1].id);
    expect(assignment.className).toBe("Spoof \uFFFDclass");
  });
});
