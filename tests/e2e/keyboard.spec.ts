import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp, uniqueEmail, allTestsPassed } from "./support";

const solution = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";

/** Whatever has keyboard focus shows it: an outline or a ring (for the editor, on the editor's frame). */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    let element = document.activeElement as HTMLElement;
    element = (element.closest(".cm-editor") as HTMLElement | null) ?? element;
    const computed = getComputedStyle(element);
    return { outline: computed.outlineStyle, width: parseFloat(computed.outlineWidth), shadow: computed.boxShadow, tag: element.outerHTML.slice(0, 80) };
  });
  expect((style.outline !== "none" && style.width > 0) || style.shadow !== "none", `visible focus on ${style.tag}`).toBe(true);
}

/** Presses Tab (never clicks) until `target` has focus, then checks that the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

test("a learner signs up, solves an exercise, runs and submits it, and takes a quiz with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/signup");
  await tabTo(page, page.getByLabel("Name"));
  await page.keyboard.type("Keyboard Kay");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(uniqueEmail("keyboard"));
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type("only-the-keys");
  await tabTo(page, page.getByLabel("Student"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Sign up" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exercises" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: /Countdown generator/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Countdown generator" })).toBeVisible();

  await tabTo(page, page.locator(".cm-content"), 80);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(solution);
  await page.screenshot({ path: "test-results/screenshots/keyboard-editor-focus.png" });
  // Tab indents inside the editor; Escape then Tab leaves it.
  await page.keyboard.press("Escape");
  await tabTo(page, page.getByRole("button", { name: "Run" }), 5);
  await page.keyboard.press("Enter");
  const run = page.getByRole("region", { name: "Run in your browser" }).getByRole("status");
  await expect(run).toContainText("Finished in", { timeout: 90_000 });
  await expect(page.getByLabel("Printed output")).toContainText("[3, 2, 1]");
  await tabTo(page, page.getByRole("button", { name: "Submit" }), 5);
  await page.screenshot({ path: "test-results/screenshots/keyboard-submit-focus.png" });
  await page.keyboard.press("Enter");
  const result = page.getByRole("status").filter({ hasText: /passed|failed|Queued|Running|Waiting/ });
  await expect(result).toContainText(allTestsPassed("countdown"), { timeout: 45_000 });
  // Focus stays on Submit while grading, so the learner is not thrown back to the top of the page.
  await expect(page.getByRole("button", { name: "Submit" })).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: "Open attempt 1" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Code of this attempt")).toContainText("n -= 1");

  await page.goto("/quizzes");
  await tabTo(page, page.getByRole("link", { name: "Take quiz: Generators and yield" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 1 of")).toBeVisible();
  for (let answered = 0; ; answered++) {
    const choices = page.locator("fieldset input");
    if (await choices.count()) {
      await tabTo(page, choices.first());
      await page.keyboard.press("Space");
    }
    await tabTo(page, page.getByRole("button", { name: "Check answer" }), 30);
    await page.keyboard.press("Enter");
    await expect(page.getByText(/Correct!|Not quite/)).toBeVisible();
    const next = page.getByRole("button", { name: /Next question|See your score/ });
    await tabTo(page, next, 30);
    const finishing = (await next.textContent())?.includes("See your score");
    await page.keyboard.press("Enter");
    if (finishing) break;
    expect(answered).toBeLessThan(20);
  }
  await expect(page.getByRole("status")).toContainText(/\d+ of \d+ correct/);
});

test("a teacher moves through the class matrix to a student's attempt with the keyboard alone", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: "Mr Keys", email: uniqueEmail("keyboard-teacher"), password: "only-the-keys", role: "teacher" });
  await page.goto("/teach");
  await page.getByLabel("Class name").fill("Keyboard class");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("new-join-code").textContent())!.trim();
  await page.getByRole("link", { name: "Open class" }).click();
  await page.waitForURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  await page.goto(`${classUrl}?view=assignments`);
  await page.getByLabel("Exercise or quiz").selectOption("exercise:countdown");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toHaveText("Assigned.");

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, { name: "Kim Student", email: uniqueEmail("keyboard-student"), password: "only-the-keys", role: "student" });
  expect((await student.request.post("/api/classes/join", { data: { code } })).status()).toBe(201);
  const submitted = await student.request.post("/api/exercises/countdown/submissions", { data: { code: solution } });
  const { id } = (await submitted.json()) as { id: string };
  await expect
    .poll(async () => ((await (await student.request.get(`/api/submissions/${id}`)).json()) as { status: string }).status, { timeout: 45_000 })
    .toBe("graded");
  await studentContext.close();

  await page.goto(classUrl);
  const cell = page.getByRole("row", { name: /Kim Student/ }).locator("td[data-status] a").first();
  await tabTo(page, cell, 80);
  await page.screenshot({ path: "test-results/screenshots/keyboard-matrix-focus.png" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Kim Student · / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Attempt 1 of 1" })).toBeVisible();
});
