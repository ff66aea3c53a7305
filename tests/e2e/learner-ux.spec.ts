import { mkdirSync, readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp, typeIntoEditor, uniqueEmail, allTestsPassed } from "./support";

const SCREENSHOTS = "test-results/screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

// The real exercise: its starter awaits one fetch after another, its solution gathers them.
const sequential = readFileSync("exercises/gather-fetches/starter.py", "utf8");
const concurrent = readFileSync("exercises/gather-fetches/solution.py", "utf8");

/** Where each row's bar starts and ends on screen, in pixels from the track's left edge. */
async function barSpans(rows: Locator): Promise<[number, number][]> {
  return rows.evaluateAll((tracks) =>
    tracks.map((track) => {
      const bar = track.querySelector("span.bg-brand-100")!.getBoundingClientRect();
      const left = track.getBoundingClientRect().left;
      return [Math.round(bar.left - left), Math.round(bar.right - left)] as [number, number];
    }),
  );
}

function resultOf(page: Page) {
  return page.getByRole("status").filter({ hasText: /passed|failed|Queued|Running|Waiting/ });
}

test("a sequential answer's timeline shows one fetch after another beside the expected time, then the concurrent one overlaps", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Tim Line", email: uniqueEmail("timeline"), password: "gather-them-all", role: "student" });
  await page.goto("/exercises/gather-fetches");
  await typeIntoEditor(page, sequential);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(resultOf(page)).toContainText("failed", { timeout: 45_000 });

  const concurrently = page.getByRole("listitem").filter({ hasText: "runs fetches concurrently" });
  const timeline = concurrently.getByTestId("async-timeline");
  await expect(timeline).toContainText("Took 3 s of virtual time; expected 1 s, so it was too slow.");
  await expect(timeline).toContainText("The 3 rows ran one after another: none overlapped.");
  const rows = timeline.getByTestId("timeline-row");
  await expect(rows).toHaveCount(3);
  // Each fetch's bar starts where the previous one ended: a staircase across the track.
  const [a, b, c] = await barSpans(rows);
  expect(a[0]).toBe(0);
  expect(Math.abs(b[0] - a[1])).toBeLessThanOrEqual(1);
  expect(Math.abs(c[0] - b[1])).toBeLessThanOrEqual(1);
  // The same story as a table, for the keyboard and screen readers.
  await timeline.getByText("Timeline as a table").click();
  await expect(timeline.getByRole("row", { name: /^1 s start \/b:1$/ })).toBeVisible();
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/timeline-sequential.png`, fullPage: true });
  await timeline.screenshot({ path: `${SCREENSHOTS}/timeline-sequential-detail.png` });

  await typeIntoEditor(page, concurrent);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(resultOf(page)).toContainText(allTestsPassed("gather-fetches"), { timeout: 45_000 });
  const passing = page.getByRole("listitem").filter({ hasText: "runs fetches concurrently" }).getByTestId("async-timeline");
  await expect(passing).toContainText("Took 1 s of virtual time; expected 1 s.");
  await expect(passing).toContainText("Up to 3 of 3 rows ran at the same time.");
  const spans = await barSpans(passing.getByTestId("timeline-row"));
  expect(spans).toHaveLength(3);
  for (const span of spans) expect(span).toEqual(spans[0]);
  expect(spans[0][0]).toBe(0);
  await passing.scrollIntoViewIfNeeded();
  await passing.screenshot({ path: `${SCREENSHOTS}/timeline-concurrent-detail.png` });
  await page.screenshot({ path: `${SCREENSHOTS}/timeline-concurrent.png`, fullPage: true });
});

test("Run prints output in the browser, shows a traceback with the line marked, stops an infinite loop, and runs async code", async ({ page }) => {
  test.setTimeout(180_000);
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/exercises/countdown");
  await expect(page.getByText("Only Submit grades it, on our server")).toBeVisible();
  await typeIntoEditor(page, "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\nprint('counting down')\n");
  const started = Date.now();
  await page.getByRole("button", { name: "Run" }).click();
  const status = page.getByRole("region", { name: "Run in your browser" }).getByRole("status");
  await expect(status).toContainText("Finished in", { timeout: 90_000 });
  const firstRun = Date.now() - started;
  const output = page.getByLabel("Printed output");
  // The learner's print, then the exercise's public example (exercises/countdown/example.py).
  await expect(output).toHaveText("counting down\n[3, 2, 1]\n2\n1");
  const loadedText = page.getByText(/Python loaded in/);
  const loaded = `${await loadedText.textContent()} steps in ms: ${await loadedText.getAttribute("data-load-steps")}`;
  await page.screenshot({ path: `${SCREENSHOTS}/run-output.png`, fullPage: true });

  // A warm run (Python already loaded in the worker).
  const warmStarted = Date.now();
  await page.getByRole("button", { name: "Run" }).click();
  await expect(status).toContainText("Finished in");
  const warmRun = Date.now() - warmStarted;
  const warmReported = await status.textContent();
  const report = `Pyodide in Chromium: first run ${firstRun} ms from the click (${loaded}); warm run ${warmRun} ms from the click (${warmReported})`;
  console.log(report);
  test.info().annotations.push({ type: "pyodide timing", description: report });

  await typeIntoEditor(page, "def countdown(n):\n    yield 10 // n\n\nprint(list(countdown(0)))\n");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(status).toContainText("Your code raised ZeroDivisionError on line 2 of your code.");
  const traceback = page.getByLabel("Traceback");
  await expect(traceback).toContainText('File "your_code.py", line 2, in countdown');
  await expect(traceback).toContainText("ZeroDivisionError: integer division or modulo by zero");
  await expect(page.locator(".cm-error-line")).toHaveCount(1);
  await expect(page.locator(".cm-error-line")).toContainText("yield 10 // n");
  await page.screenshot({ path: `${SCREENSHOTS}/run-traceback.png`, fullPage: true });

  await typeIntoEditor(page, "print('spinning')\nwhile True:\n    pass\n");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(output).toContainText("spinning");
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: `${SCREENSHOTS}/run-infinite-loop-running.png`, fullPage: true });
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(status).toHaveText("Stopped.");
  await expect(page.getByRole("button", { name: "Run" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/run-stopped.png`, fullPage: true });

  // After a stop Python loads again in a fresh worker; async code runs on the virtual clock, like grading.
  await page.goto("/exercises/gather-fetches");
  await typeIntoEditor(page, concurrent);
  await page.getByRole("button", { name: "Run" }).click();
  await expect(status).toContainText("1 s of virtual asyncio time", { timeout: 90_000 });
  await expect(output).toContainText("['page /a', 'page /b', 'page /c']");
  await expect(output).toContainText("took 1 s");
  expect(missing, "no request of these pages is a 404 (the favicon included)").toEqual([]);
});

test("Run stops a program that never ends at the time limit", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/exercises/countdown");
  await typeIntoEditor(page, "n = 0\nwhile True:\n    n += 1\n");
  await page.getByRole("button", { name: "Run" }).click();
  const status = page.getByRole("region", { name: "Run in your browser" }).getByRole("status");
  await expect(status).toHaveText("Stopped after 10 seconds: is there a loop that never ends?", { timeout: 100_000 });
});
