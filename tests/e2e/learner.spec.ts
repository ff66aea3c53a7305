import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signUp, typeIntoEditor, uniqueEmail, allTestsPassed } from "./support";

const SCREENSHOTS = "test-results/screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

const solution = `def countdown(n):
    while n > 0:
        yield n
        n -= 1
`;


test("a new student solves countdown, sees it pass live, finds it in the history and on /progress", async ({ page }) => {
  await signUp(page, { name: "Ada Learner", email: uniqueEmail("learner"), password: "generators-rock", role: "student" });
  await page.goto("/exercises");
  await expect(page.getByRole("heading", { name: "Generators and lazy values" })).toBeVisible();
  await page.getByRole("link", { name: /Countdown generator/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Countdown generator" })).toBeVisible();
  await expect(page.locator(".cm-content")).toContainText("def countdown(n):");
  await expect(page.getByText("No attempts yet.")).toBeVisible();

  await typeIntoEditor(page, solution);
  // The draft survives a reload.
  await page.reload();
  await expect(page.locator(".cm-content")).toContainText("n -= 1");
  await page.screenshot({ path: `${SCREENSHOTS}/exercise-page.png`, fullPage: true });

  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("status").filter({ hasText: /passed|failed|Queued|Running|Waiting/ });
  await expect(result).toContainText(allTestsPassed("countdown"), { timeout: 45_000 });
  await expect(result).toContainText("10 / 10 points");
  await page.screenshot({ path: `${SCREENSHOTS}/passed-result.png`, fullPage: true });

  const history = page.getByRole("region", { name: "Your attempts" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("Passed");
  await expect(page.getByRole("article")).toContainText("Solved");

  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent activity" })).toContainText("Countdown generator");
  await expect(page.getByRole("region", { name: "Recent activity" })).toContainText("Passed · 10 / 10");
  await expect(page.getByRole("progressbar", { name: "Exercises solved", exact: true })).toHaveAttribute("aria-valuenow", "1");
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/progress-page.png`, fullPage: true });

  await page.goto("/exercises");
  const countdownRow = page.getByRole("link", { name: /Countdown generator/ });
  await expect(countdownRow).toContainText("Solved");
});

test("a wrong answer shows the failing test's message, a syntax error marks its line, and an old attempt can be restored", async ({ page }) => {
  await signUp(page, { name: "Bo Learner", email: uniqueEmail("wrong"), password: "generators-rock", role: "student" });
  await page.goto("/exercises/countdown");
  await typeIntoEditor(page, "def countdown(n):\n    return list(range(n, 0, -1))\n");
  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("status").filter({ hasText: /passed|failed|Queued|Running|Waiting/ });
  await expect(result).toContainText("failed", { timeout: 45_000 });
  await expect(result).toContainText("a generator yields values one at a time");
  await expect(result).toContainText("0 / 10 points");
  await page.screenshot({ path: `${SCREENSHOTS}/failed-result.png`, fullPage: true });

  await typeIntoEditor(page, "def countdown(n):\n    while n > 0\n        yield n\n");
  await page.keyboard.press("ControlOrMeta+Enter");
  const error = page.getByRole("status").filter({ hasText: /could not be checked|passed|failed/ });
  await expect(error).toContainText("syntax error on line 2", { timeout: 45_000 });
  await expect(page.locator(".cm-error-line")).toHaveCount(1);
  await expect(page.locator(".cm-error-line")).toContainText("while n > 0");
  await page.screenshot({ path: `${SCREENSHOTS}/syntax-error.png`, fullPage: true });

  const history = page.getByRole("region", { name: "Your attempts" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  // Newest first: the syntax error is an error (the code never ran), the list-returning answer a failure.
  await expect(history.getByRole("listitem").nth(0)).toContainText("Error");
  await expect(history.getByRole("listitem").nth(1)).toContainText("Failed");
  await history.getByRole("button", { name: "Open attempt 1" }).click();
  await expect(page.getByLabel("Code of this attempt")).toContainText("return list(range(n, 0, -1))");
  await page.getByRole("button", { name: "Restore into editor" }).click();
  await expect(page.locator(".cm-content")).toContainText("return list(range(n, 0, -1))");
});

test("a quiz taken end to end: feedback after each answer, a score at the end, a retake", async ({ page }) => {
  await signUp(page, { name: "Cy Learner", email: uniqueEmail("quiz"), password: "generators-rock", role: "student" });
  await page.goto("/quizzes");
  await page.getByRole("link", { name: "Take quiz: Generators and yield" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Generators and yield" })).toBeVisible();
  await expect(page.getByText("Question 1 of")).toBeVisible();
  let answered = 0;
  for (;;) {
    // Question 2 predicts the output of code, shown highlighted.
    if (answered === 1) await expect(page.getByLabel("Code").locator(".hljs-keyword").first()).toBeVisible();
    const firstChoice = page.locator("fieldset input").first();
    if (await firstChoice.count()) await firstChoice.check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(/Correct!|Not quite/)).toBeVisible();
    answered++;
    if (answered === 2) await page.screenshot({ path: `${SCREENSHOTS}/quiz-feedback.png`, fullPage: true });
    const next = page.getByRole("button", { name: "Next question" });
    if (await next.count()) await next.click();
    else break;
  }
  await page.getByRole("button", { name: "See your score" }).click();
  await expect(page.getByRole("status")).toContainText(new RegExp(`\\d+ of ${answered} correct`));
  await expect(page.getByText("Saved to your progress.")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/quiz-score.png`, fullPage: true });

  await page.getByRole("button", { name: "Retake quiz" }).click();
  await expect(page.getByText("Question 1 of")).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByRole("region", { name: "Quiz best scores" })).toContainText("Generators and yield");
});
