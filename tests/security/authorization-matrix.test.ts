import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseEnv, startApp, type RunningApp } from "../support/app-server";
import { accountWithToken, bearer, jsonRequest, type Account } from "./http-client";
import { runScript } from "./script-runner";

// Every JSON route that touches one person's data, requested by each kind of caller. IDs in URLs are never trusted:
// a caller who may not see a thing gets the same 404 as for a thing that does not exist.
type RoleName = "anonymous" | "student" | "other student" | "class teacher" | "other teacher" | "admin";
const roles: RoleName[] = ["anonymous", "student", "other student", "class teacher", "other teacher", "admin"];

const EXERCISE = "async-ticker";
const QUIZ = "generators-and-yield";

let app: RunningApp;
const accounts = {} as Record<Exclude<RoleName, "anonymous">, Account>;
const tokenOf = (role: RoleName) => (role === "anonymous" ? null : accounts[role].token);
let submissionId: string;
let classId: string;
let studentTokenIds: Record<RoleName, string>;

beforeAll(async () => {
  // Admins have no sign-up: create one from the CLI before the app takes the embedded database's lock.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pygrade-authz-"));
  const databaseEnv = await appDatabaseEnv(dataDir); // the database startApp will open on this directory
  const admin = await runScript(
    "scripts/create-admin.ts",
    ["--email", "admin@pygrade.example", "--name", "Admin"],
    { ...databaseEnv, ADMIN_PASSWORD: "admin-password-1" },
  );
  expect(admin.output).toContain("admin@pygrade.example");
  expect(admin.code).toBe(0);

  app = await startApp({ dataDir });
  accounts.admin = await accountWithToken(app, { email: "admin@pygrade.example", name: "Admin", password: "admin-password-1" }, { signUp: false });
  accounts.student = await accountWithToken(app, { name: "Student", email: "student@school.example", password: "student-pass-1" });
  accounts["other student"] = await accountWithToken(app, { name: "Other", email: "other@school.example", password: "other-pass-12" });
  accounts["class teacher"] = await accountWithToken(app, { name: "Teacher", email: "teacher@school.example", password: "teacher-pass-1", role: "teacher" });
  accounts["other teacher"] = await accountWithToken(app, { name: "Elsewhere", email: "elsewhere@school.example", password: "elsewhere-pass", role: "teacher" });
  expect((await (await fetch(`${app.baseUrl}/api/me`, { headers: bearer(accounts.admin.token) })).json()).role).toBe("admin");

  const created = await fetch(`${app.baseUrl}/api/classes`, jsonRequest("POST", { name: "Period 1" }, accounts["class teacher"].token));
  expect(created.status).toBe(201);
  const classroom = await created.json();
  classId = classroom.id;
  const joined = await fetch(`${app.baseUrl}/api/classes/join`, jsonRequest("POST", { code: classroom.joinCode }, accounts.student.token));
  expect(joined.status).toBe(201);
  // The other teacher has a class too, with the other student in it.
  const elsewhere = await (await fetch(`${app.baseUrl}/api/classes`, jsonRequest("POST", { name: "Elsewhere" }, accounts["other teacher"].token))).json();
  await fetch(`${app.baseUrl}/api/classes/join`, jsonRequest("POST", { code: elsewhere.joinCode }, accounts["other student"].token));

  const submitted = await fetch(
    `${app.baseUrl}/api/exercises/${EXERCISE}/submissions`,
    jsonRequest("POST", { code: "print('mine')\n" }, accounts.student.token),
  );
  expect(submitted.status).toBe(202);
  submissionId = (await submitted.json()).id;

  // One spare student token per caller, so each case can try to revoke its own.
  studentTokenIds = {} as Record<RoleName, string>;
  for (const role of roles) {
    const issued = await fetch(
      `${app.baseUrl}/api/tokens`,
      jsonRequest("POST", { email: accounts.student.email, password: accounts.student.password, name: `spare for ${role}` }),
    );
    studentTokenIds[role] = (await issued.json()).id;
  }
}, 400_000);

afterAll(async () => {
  await app?.stop();
});

type Expectation = Record<RoleName, number>;
const learnerWork: Expectation = {
  anonymous: 401, student: 200, "other student": 404, "class teacher": 200, "other teacher": 404, admin: 200,
};
const signedIn: Expectation = {
  anonymous: 401, student: 200, "other student": 200, "class teacher": 200, "other teacher": 200, admin: 200,
};
const everyone: Expectation = {
  anonymous: 200, student: 200, "other student": 200, "class teacher": 200, "other teacher": 200, admin: 200,
};
const classTeacher: Expectation = {
  anonymous: 401, student: 403, "other student": 403, "class teacher": 200, "other teacher": 404, admin: 200,
};
const teachers: Expectation = {
  anonymous: 401, student: 403, "other student": 403, "class teacher": 200, "other teacher": 200, admin: 200,
};
const adminOnly: Expectation = {
  anonymous: 401, student: 403, "other student": 403, "class teacher": 403, "other teacher": 403, admin: 200,
};
// Allowed, and then refused for what it asks: this exercise's tests have not changed, so there is nothing to regrade.
const classTeacherNothingToRegrade: Expectation = { ...classTeacher, "class teacher": 409, admin: 409 };
const ownTokenOnly: Expectation = {
  anonymous: 401, student: 204, "other student": 404, "class teacher": 404, "other teacher": 404, admin: 404,
};

interface Route {
  name: string;
  expected: Expectation;
  request: (role: RoleName) => Promise<Response>;
  /** Checks the body of an allowed response. */
  check?: (role: RoleName, response: Response) => Promise<void>;
}

const get = (url: string, role: RoleName) => fetch(`${app.baseUrl}${url}`, { headers: bearer(tokenOf(role)) });

const routes: Route[] = [
  {
    name: "GET /api/me",
    expected: signedIn,
    request: (role) => get("/api/me", role),
    check: async (role, response) => expect((await response.json()).id).toBe(accounts[role as "student"].id),
  },
  { name: "GET /api/me/progress", expected: signedIn, request: (role) => get("/api/me/progress", role) },
  {
    name: "GET /api/tokens",
    expected: signedIn,
    request: (role) => get("/api/tokens", role),
    check: async (role, response) => {
      const { tokens } = await response.json();
      const names: string[] = tokens.map((token: { name: string }) => token.name);
      if (role === "student") expect(names).toContain("spare for admin");
      else expect(names.some((name) => name.startsWith("spare for"))).toBe(false);
      expect(JSON.stringify(tokens)).not.toMatch(/tokenHash|pgr_[A-Za-z0-9_-]{20,}/);
    },
  },
  {
    name: "DELETE /api/tokens/:id (the student's)",
    expected: ownTokenOnly,
    request: (role) => fetch(`${app.baseUrl}/api/tokens/${studentTokenIds[role]}`, { method: "DELETE", headers: bearer(tokenOf(role)) }),
  },
  {
    name: "GET /api/submissions/:id (the student's)",
    expected: learnerWork,
    request: (role) => get(`/api/submissions/${submissionId}`, role),
    check: async (_role, response) => expect((await response.json()).id).toBe(submissionId),
  },
  {
    name: "GET /api/submissions/:id/events (the student's)",
    expected: learnerWork,
    request: (role) => get(`/api/submissions/${submissionId}/events`, role),
    // Only the status matters: close the stream instead of waiting for the grade.
    check: async (_role, response) => {
      expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
      await response.body?.cancel();
    },
  },
  {
    name: "GET /api/exercises/:slug/submissions?userId= (the student's)",
    expected: learnerWork,
    request: (role) => get(`/api/exercises/${EXERCISE}/submissions?userId=${accounts.student.id}`, role),
    check: async (_role, response) => {
      const { submissions } = await response.json();
      expect(submissions.map((submission: { id: string }) => submission.id)).toEqual([submissionId]);
    },
  },
  {
    name: "GET /api/exercises/:slug (never tests or solution)",
    expected: everyone,
    request: (role) => get(`/api/exercises/${EXERCISE}`, role),
    check: async (_role, response) => {
      const text = await response.text();
      expect(Object.keys(JSON.parse(text)).sort()).toEqual(
        ["difficulty", "hints", "points", "prompt_markdown", "slug", "starter", "status", "step", "summary", "title", "topics"].sort(),
      );
      for (const line of secretLines(EXERCISE)) expect(text).not.toContain(JSON.stringify(line).slice(1, -1));
    },
  },
  {
    name: "GET /api/quizzes/:slug (never the answer key)",
    expected: everyone,
    request: (role) => get(`/api/quizzes/${QUIZ}`, role),
    check: async (_role, response) => {
      const body = await response.json();
      expect(keysDeep(body)).not.toEqual(expect.arrayContaining(["answer"]));
      expect(keysDeep(body)).not.toEqual(expect.arrayContaining(["explanation"]));
      const text = JSON.stringify(body);
      for (const explanation of quizExplanations(QUIZ)) expect(text).not.toContain(JSON.stringify(explanation).slice(1, -1));
    },
  },
  { name: "GET /api/classes", expected: teachers, request: (role) => get("/api/classes", role),
    check: async (role, response) => {
      const ids = (await response.json()).classes.map((classroom: { id: string }) => classroom.id);
      if (role === "other teacher") expect(ids).not.toContain(classId);
      else expect(ids).toContain(classId);
    } },
  { name: "GET /api/classes/:id/progress", expected: classTeacher, request: (role) => get(`/api/classes/${classId}/progress`, role) },
  { name: "GET /api/classes/:id/progress.csv", expected: classTeacher, request: (role) => get(`/api/classes/${classId}/progress.csv`, role) },
  {
    name: "GET /api/exercises/:slug/regrades?classId= (what a class regrade would cover)",
    expected: classTeacher,
    request: (role) => get(`/api/exercises/${EXERCISE}/regrades?classId=${classId}`, role),
    check: async (_role, response) => expect(await response.json()).toMatchObject({ submissions: 0, learners: 0 }),
  },
  {
    name: "GET /api/exercises/:slug/regrades (every learner: admins only)",
    expected: adminOnly,
    request: (role) => get(`/api/exercises/${EXERCISE}/regrades`, role),
  },
  {
    name: "POST /api/exercises/:slug/regrades {classId} (a dry run)",
    expected: classTeacherNothingToRegrade,
    request: (role) => fetch(`${app.baseUrl}/api/exercises/${EXERCISE}/regrades`, jsonRequest("POST", { classId }, tokenOf(role) ?? undefined)),
  },
];

const cases = routes.flatMap((route) => roles.map((role) => [route.name, role, route.expected[role]] as const));

describe("authorization matrix over HTTP", () => {
  it.each(cases)("%s as %s -> %i", async (name, role, expected) => {
    const route = routes.find((candidate) => candidate.name === name)!;
    const response = await route.request(role);
    expect(response.status).toBe(expected);
    if (expected < 300 && route.check) await route.check(role, response);
    if (expected >= 400) {
      // Refusals say why without echoing what was asked for.
      const { error } = await response.json();
      expect(error.message).toBeTypeOf("string");
      if (expected === 404) expect(error.message).not.toContain(submissionId);
    }
  });

  it("treats malformed and foreign ids in URLs as not found, never as a server error", async () => {
    const token = accounts["class teacher"].token;
    for (const url of [
      `/api/submissions/${"x".repeat(5000)}`,
      "/api/submissions/..%2F..%2Fetc%2Fpasswd",
      "/api/submissions/' OR '1'='1",
      `/api/classes/${"y".repeat(5000)}/progress`,
      `/api/exercises/${EXERCISE}/submissions?userId=${"z".repeat(5000)}`,
      "/api/exercises/..%2Fasync-ticker",
      "/api/quizzes/%00",
      `/api/regrades/${"r".repeat(5000)}`,
      "/api/regrades/no-such-regrade",
      `/api/exercises/${EXERCISE}/regrades?classId=${"c".repeat(5000)}`,
    ]) {
      const response = await fetch(`${app.baseUrl}${url}`, { headers: bearer(token) });
      expect([400, 404], url).toContain(response.status);
    }
    const revoke = await fetch(`${app.baseUrl}/api/tokens/${"t".repeat(500)}`, { method: "DELETE", headers: bearer(token) });
    expect([400, 404]).toContain(revoke.status);
  });

  it("a revoked token stops working at once", async () => {
    const spare = await accountWithToken(app, { email: accounts["other student"].email, name: "Other", password: accounts["other student"].password }, { signUp: false });
    const list = await (await fetch(`${app.baseUrl}/api/tokens`, { headers: bearer(spare.token) })).json();
    const newest = list.tokens[0];
    expect(newest.revoked_at).toBeNull();
    expect((await fetch(`${app.baseUrl}/api/tokens/${newest.id}`, { method: "DELETE", headers: bearer(spare.token) })).status).toBe(204);
    expect((await fetch(`${app.baseUrl}/api/me`, { headers: bearer(spare.token) })).status).toBe(401);
    expect((await fetch(`${app.baseUrl}/api/me`, { headers: bearer(accounts["other student"].token) })).status).toBe(200);
  });
});

/** Lines of the exercise's solution and hidden tests that appear nowhere in what learners are meant to see. */
function secretLines(slug: string): string[] {
  const dir = path.join("exercises", slug);
  const visible = fs.readFileSync(path.join(dir, "exercise.md"), "utf8") + fs.readFileSync(path.join(dir, "starter.py"), "utf8");
  return ["solution.py", "tests.py"].flatMap((file) =>
    fs
      .readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length >= 25 && !visible.includes(line)),
  );
}

function quizExplanations(slug: string): string[] {
  const quiz = YAML.parse(fs.readFileSync(path.join("exercises", "quizzes", `${slug}.yaml`), "utf8"));
  return (quiz.questions as { explanation?: string }[]).map((question) => question.explanation?.trim()).filter((text): text is string => !!text && text.length > 20);
}

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  return [];
}
