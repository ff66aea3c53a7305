import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, signUp, typeIntoEditor, uniqueEmail } from "./support";

const sequential = readFileSync("exercises/gather-fetches/starter.py", "utf8");

test("every page a visitor can open has no serious or critical axe violations", async ({ page }) => {
  for (const path of ["/", "/login", "/signup", "/exercises", "/exercises/countdown", "/quizzes", "/quizzes/generators-and-yield", "/no-such-page"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("a student's and a teacher's pages, in the states they reach, have no serious or critical axe violations", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUp(page, { name: "Ms Axe", email: uniqueEmail("axe-teacher"), password: "accessible-pages", role: "teacher" });
  await page.goto("/teach");
  await expectAccessible(page, "the teacher's classes");
  await page.getByLabel("Class name").fill("Axe class");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("new-join-code").textContent())!.trim();
  await expectAccessible(page, "a new class's join code");
  await page.getByRole("link", { name: "Open class" }).click();
  await page.waitForURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  await page.getByRole("link", { name: /Assignments/ }).click();
  await page.getByLabel("Exercise or quiz").selectOption("exercise:gather-fetches");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toHaveText("Assigned.");
  await expectAccessible(page, "assignments");

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, { name: "Axel Student", email: uniqueEmail("axe-student"), password: "accessible-pages", role: "student" });
  for (const path of ["/progress", "/settings", "/join"]) {
    await student.goto(path);
    await expectAccessible(student, path);
  }
  await student.goto(`/join?code=${code.replace("-", "")}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status")).toContainText("You joined");
  await expectAccessible(student, "joined a class");

  await student.goto("/exercises/gather-fetches");
  await typeIntoEditor(student, sequential);
  await student.getByRole("button", { name: "Run" }).click();
  await expect(student.getByRole("region", { name: "Run in your browser" }).getByRole("status")).toContainText("Finished in", { timeout: 90_000 });
  await expectAccessible(student, "an exercise after Run");
  await student.getByRole("button", { name: "Submit" }).click();
  await expect(student.getByRole("status").filter({ hasText: /passed|failed/ })).toContainText("failed", { timeout: 45_000 });
  await student.getByText("Timeline as a table").first().click();
  await expectAccessible(student, "a graded result with timelines");
  await student.getByRole("button", { name: "Open attempt 1" }).click();
  await expect(student.getByLabel("Code of this attempt")).toBeVisible();
  await expectAccessible(student, "an opened attempt");

  await student.goto("/quizzes/generators-and-yield");
  await student.locator("fieldset input").first().check();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByText(/Correct!|Not quite/)).toBeVisible();
  await expectAccessible(student, "quiz feedback");
  await student.goto("/progress");
  await expectAccessible(student, "progress after work");

  await page.goto(classUrl);
  await expectAccessible(page, "the class progress matrix");
  for (const view of ["struggling", "students", "assignments"]) {
    await page.goto(`${classUrl}?view=${view}`);
    await expectAccessible(page, `the class's ${view} view`);
  }
  await page.goto(`${classUrl}/items/gather-fetches`);
  await expectAccessible(page, "an item's insight page");
  await page.goto(classUrl);
  await page.getByRole("row", { name: /Axel Student/ }).locator("td[data-status] a").first().click();
  await expect(page.getByRole("heading", { name: "Async timelines" })).toBeVisible();
  // The teacher sees the learner's timeline, drawn from the same stored result.
  await expect(page.getByTestId("async-timeline").first()).toContainText("The 3 rows ran one after another");
  await expectAccessible(page, "the teacher's drill-down");
  await page.screenshot({ path: "test-results/screenshots/teacher-drill-down-timeline.png", fullPage: true });
  await studentContext.close();
});
