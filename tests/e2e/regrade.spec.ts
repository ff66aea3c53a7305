import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startApp, type RunningApp } from "../support/app-server";
import { iteratorClassAnswer, testsV2, writeCountdownCourse } from "../queue/regrade-course";
import { signIn, signUp, uniqueEmail } from "./support";

// Issue 12: a teacher regrades after an exercise's tests were fixed, and the learner sees the regraded result. The
// app runs on a course of its own, so the test can edit an exercise and restart the app (`npm start` syncs the
// course on start-up, which is how an edit reaches an embedded deployment).
const screenshots = "test-results/screenshots";
let app: RunningApp | undefined;
let course: Awaited<ReturnType<typeof writeCountdownCourse>> | undefined;

test.afterAll(async () => {
  await app?.stop();
  await course?.cleanup();
});

async function open(browser: Browser, baseURL: string): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage();
}

test("a teacher regrades a class after a test change, and the learner sees the regraded result", async ({ browser }) => {
  test.setTimeout(300_000);
  fs.mkdirSync(screenshots, { recursive: true });
  course = await writeCountdownCourse();
  const env = { CONTENT_DIR: course.root, GRADER_CONCURRENCY: "2" };
  app = await startApp({ env });
  const teacher = { name: "Mr Knuth", email: uniqueEmail("regrade-teacher"), password: "literate-programs" };
  const student = { name: "Ada Student", email: uniqueEmail("regrade-student"), password: "iterators-too" };

  let page = await open(browser, app.baseUrl);
  await signUp(page, { ...teacher, role: "teacher" });
  await page.goto("/teach");
  await page.getByLabel("Class name").fill("Period 5 Python");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("new-join-code").textContent())!.trim().replace("-", "");
  await page.getByRole("link", { name: "Open class" }).click();
  await page.waitForURL(/\/teach\/classes\/[^/]+$/);
  const classPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: /Assignments/ }).click();
  await page.getByLabel("Exercise or quiz").selectOption("exercise:countdown");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toHaveText("Assigned.");

  // A correct answer written as an iterator class: the first tests demand a generator function, so half marks.
  let learner = await open(browser, app.baseUrl);
  await signUp(learner, { ...student, role: "student" });
  await learner.goto(`/join?code=${code}`);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByRole("status")).toContainText("You joined");
  const submitted = await learner.request.post("/api/exercises/countdown/submissions", { data: { code: iteratorClassAnswer } });
  expect(submitted.status()).toBe(202);
  const { id } = (await submitted.json()) as { id: string };
  await expect
    .poll(async () => ((await (await learner.request.get(`/api/submissions/${id}`)).json()) as { score: number | null }).score, { timeout: 60_000 })
    .toBe(5);

  // The author fixes the tests and the app restarts on the same data, syncing the new version.
  await course.writeTests(testsV2);
  await page.context().close();
  await learner.context().close();
  await app.stop();
  app = await startApp({ env, dataDir: app.dataDir });

  page = await open(browser, app.baseUrl);
  await signIn(page, teacher.email, teacher.password);
  await page.goto(classPath);
  const notice = page.getByRole("region", { name: "Tests changed after students were graded" });
  await expect(notice).toContainText("1 submission by 1 student graded by earlier tests");
  await notice.getByRole("link", { name: "Review and regrade Countdown generator" }).click();
  const panel = page.getByRole("region", { name: "Regrade after a test change" });
  await expect(panel.getByTestId("regrade-candidates")).toContainText("1 graded submission by 1 student was graded by earlier tests");

  await panel.getByRole("button", { name: "Dry run" }).click();
  await expect(panel.getByRole("status")).toContainText("Dry run finished: 1 student would go up, 0 would go down, 0 unchanged.", { timeout: 60_000 });
  await expect(panel.getByRole("row", { name: /Ada Student/ })).toContainText(/5\s*10 \/ 10/);
  await page.screenshot({ path: `${screenshots}/regrade-dry-run.png`, fullPage: true });
  // Nothing changed for the learner yet.
  expect(((await (await page.request.get(`/api/submissions/${id}`)).json()) as { score: number }).score).toBe(5);

  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Apply regrade" }).click();
  await expect(panel.getByRole("status")).toContainText("Regrade applied", { timeout: 60_000 });
  await expect(panel.getByRole("status")).toContainText("1 student went up, 0 went down");
  await page.screenshot({ path: `${screenshots}/regrade-applied.png`, fullPage: true });
  await page.goto(classPath);
  await expect(page.getByRole("region", { name: "Tests changed after students were graded" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Ada Student/ }).locator("td[data-status]").first()).toHaveAttribute("data-status", "solved");

  // The learner's page says the grade came from a regrade, and what it was before.
  learner = await open(browser, app.baseUrl);
  await signIn(learner, student.email, student.password);
  await learner.goto("/exercises/countdown");
  const history = learner.getByRole("region", { name: "Your attempts" });
  await expect(history.getByRole("listitem").first()).toContainText("10 / 10");
  await expect(history.getByText("Regraded")).toBeVisible();
  await history.getByRole("button", { name: "Open attempt 1" }).click();
  await expect(learner.getByTestId("regrade-note")).toContainText("Before it, this attempt scored 5 / 10.");
  await expect(learner.getByText("All 2 tests passed.")).toBeVisible();
  await learner.screenshot({ path: `${screenshots}/regrade-learner.png`, fullPage: true });
});
