import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support";

const screenshots = "test-results/screenshots";
const wrongCountdown = "def countdown(n):\n    return [n]\n";
const rightCountdown = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";

/** Submits code as the signed-in user of `request` and waits until it is graded. */
async function submitAndWait(request: APIRequestContext, code: string) {
  const response = await request.post("/api/exercises/countdown/submissions", { data: { code } });
  expect(response.status()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/submissions/${id}`)).json()) as { status: string }).status, { timeout: 45_000 })
    .toBe("graded");
}

async function cellFor(page: Page, studentName: string) {
  return page.getByRole("row", { name: new RegExp(studentName) }).locator("td[data-status]").first();
}

test("a teacher creates a class, a student joins and solves countdown, the teacher sees it, drills down and exports CSV", async ({ page, browser }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(screenshots, { recursive: true });
  const teacherEmail = uniqueEmail("teacher");
  await signUp(page, { name: "Ms Lovelace", email: teacherEmail, password: "analytical-engine", role: "teacher" });
  await page.goto("/teach");
  await page.getByLabel("Class name").fill("Period 3 Python");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("new-join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByTestId("new-join-link")).toContainText(`/join?code=${code.replace("-", "")}`);
  await page.getByRole("link", { name: "Open class" }).click();
  await page.waitForURL(/\/teach\/classes\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Period 3 Python" })).toBeVisible();
  const classUrl = page.url();

  await page.getByRole("link", { name: /Assignments/ }).click();
  await page.getByLabel("Exercise or quiz").selectOption("exercise:countdown");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toHaveText("Assigned.");
  await expect(page.getByRole("table")).toContainText(/countdown/i);

  // The student joins by the shared link, in a browser of their own.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, { name: "Grace Student", email: uniqueEmail("student"), password: "compilers-rock", role: "student" });
  await student.goto(`/join?code=${code.replace("-", "")}`);
  await expect(student.getByLabel("Join code")).toHaveValue(code.replace("-", ""));
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status")).toContainText("You joined “Period 3 Python”");

  await page.goto(classUrl);
  await expect(await cellFor(page, "Grace Student")).toHaveAttribute("data-status", "not_started");

  await submitAndWait(student.request, wrongCountdown);
  await page.reload();
  await expect(await cellFor(page, "Grace Student")).toHaveAttribute("data-status", "attempted");
  await submitAndWait(student.request, rightCountdown);
  await page.reload();
  const cell = await cellFor(page, "Grace Student");
  await expect(cell).toHaveAttribute("data-status", "solved");
  await expect(page.locator("tfoot tr", { hasText: "Solved" }).first()).toContainText("100%");
  await page.screenshot({ path: `${screenshots}/teacher-class-page.png`, fullPage: true });

  await cell.getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Grace Student · / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Attempt 2 of 2" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Changes since attempt 1" })).toBeVisible();
  await expect(page.getByText("while n > 0:").last()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/teacher-drill-down.png`, fullPage: true });
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page.getByRole("heading", { name: "Attempt 1 of 2" })).toBeVisible();
  await expect(page.getByText("✘").first()).toBeVisible();

  await page.goto(classUrl);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe("period-3-python-progress.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toMatch(/^student,email,.+ score,.+ solved_at$/);
  const [name, , score, solvedAt] = lines[1].split(",");
  expect(name).toBe("Grace Student");
  expect(Number(score)).toBeGreaterThan(0);
  expect(new Date(solvedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  await studentContext.close();
});

test("the class API answers each role as the authorization rules say", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const signUpToken = async (role: "student" | "teacher") => {
    const email = uniqueEmail(`api-${role}`);
    const created = await anonymous.post("/api/users", { data: { name: `API ${role}`, email, password: "long-enough-pw", role } });
    expect(created.status()).toBe(201);
    const token = await anonymous.post("/api/tokens", { data: { email, password: "long-enough-pw" } });
    const { token: value } = (await token.json()) as { token: string };
    return playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${value}` } });
  };
  const teacher = await signUpToken("teacher");
  const otherTeacher = await signUpToken("teacher");
  const student = await signUpToken("student");
  const otherStudent = await signUpToken("student");

  const created = await teacher.post("/api/classes", { data: { name: "API class" } });
  expect(created.status()).toBe(201);
  const { id, joinCode } = (await created.json()) as { id: string; joinCode: string };
  expect((await student.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);
  expect((await student.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(200);

  const roles = { anonymous, student, "other student": otherStudent, teacher, "other teacher": otherTeacher };
  const expected: Record<string, Record<keyof typeof roles, number>> = {
    "GET progress": { anonymous: 401, student: 403, "other student": 403, teacher: 200, "other teacher": 404 },
    "GET progress.csv": { anonymous: 401, student: 403, "other student": 403, teacher: 200, "other teacher": 404 },
    "POST classes": { anonymous: 401, student: 403, "other student": 403, teacher: 201, "other teacher": 201 },
    "POST join": { anonymous: 401, student: 200, "other student": 201, teacher: 403, "other teacher": 403 },
  };
  for (const [role, context] of Object.entries(roles) as [keyof typeof roles, APIRequestContext][]) {
    const statuses = {
      "GET progress": (await context.get(`/api/classes/${id}/progress`)).status(),
      "GET progress.csv": (await context.get(`/api/classes/${id}/progress.csv`)).status(),
      "POST classes": (await context.post("/api/classes", { data: { name: "Another" } })).status(),
      "POST join": (await context.post("/api/classes/join", { data: { code: joinCode } })).status(),
    };
    for (const [route, status] of Object.entries(statuses)) expect({ role, route, status }).toEqual({ role, route, status: expected[route][role] });
  }
  const body = (await (await teacher.get(`/api/classes/${id}/progress`)).json()) as { students: { name: string }[] };
  expect(body.students.map((entry) => entry.name).sort()).toEqual(["API student", "API student"]);
});
