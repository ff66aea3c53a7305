import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { allTestsPassed, signUp, typeIntoEditor, uniqueEmail } from "./support";

const SCREENSHOTS = "test-results/screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

// The reference answer, read from the course itself so the journey follows the exercise as it is.
const solution = readFileSync(path.join(process.cwd(), "exercises/convert-legacy-module/solution.py"), "utf8");
// A typical first attempt: everything converted except the bare yield, which turns record_order into an async generator.
const keepsTheBareYield = solution.replace("await asyncio.sleep(0)", "yield");

function resultOf(page: Page) {
  return page.getByRole("status").filter({ hasText: /passed|failed|Queued|Running|Waiting|could not be checked/ });
}

test("a learner converts the Python 3.4 capstone module: the bare yield is named, then the conversion passes", async ({ page }) => {
  test.setTimeout(150_000);
  await signUp(page, { name: "Cap Stone", email: uniqueEmail("capstone"), password: "from-yield-to-await", role: "student" });
  await page.goto("/exercises");
  await expect(page.getByRole("heading", { name: "From @asyncio.coroutine to async/await" })).toBeVisible();
  await page.getByRole("link", { name: /Capstone: convert a Python 3\.4 module/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Capstone: convert a Python 3.4 module" })).toBeVisible();
  // The legacy module is in the prompt and, decorators commented out, in the editor.
  await expect(page.getByText("with (yield from lock):").first()).toBeVisible();
  await expect(page.locator(".cm-content")).toContainText("def process_all(order_ids, size, loop):");

  expect(keepsTheBareYield).not.toEqual(solution);
  await typeIntoEditor(page, keepsTheBareYield);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(resultOf(page)).toContainText("failed", { timeout: 45_000 });
  await expect(resultOf(page)).toContainText("becomes await asyncio.sleep(0)");

  await typeIntoEditor(page, solution);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(resultOf(page)).toContainText(allTestsPassed("convert-legacy-module"), { timeout: 45_000 });
  await expect(resultOf(page)).toContainText("40 / 40 points");
  await page.screenshot({ path: `${SCREENSHOTS}/capstone-passed.png`, fullPage: true });

  const history = page.getByRole("region", { name: "Your attempts" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").nth(0)).toContainText("Passed");
  await expect(page.getByRole("article")).toContainText("Solved");
});
