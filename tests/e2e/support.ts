import { readFileSync } from "node:fs";

import { expect, type Page } from "@playwright/test";

/** What the result says when every hidden test of a course exercise passes (its count read from its tests.py). */
export function allTestsPassed(slug: string): string {
  const tests = readFileSync(`exercises/${slug}/tests.py`, "utf8").match(/^\s+def test_/gm)?.length ?? 0;
  return `All ${tests} tests passed`;
}

let counter = 0;

/** A unique email for this run, so tests never collide with each other or a previous run. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** Signs up through the real form and waits until the app shows the signed-in user. */
export async function signUp(page: Page, user: { name: string; email: string; password: string; role: "student" | "teacher" }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel(user.role === "student" ? "Student" : "Teacher").check();
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs in through the real form. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Replaces the editor's content the way a learner would: click in, select all, type. */
export async function typeIntoEditor(page: Page, code: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+a");
  // insertText types the text as one input, so the editor's auto-indent does not indent it a second time.
  await page.keyboard.insertText(code);
}

/** Fails with a readable list if axe-core finds any serious or critical WCAG 2.1 A/AA violation on the page as it is. */
export async function expectAccessible(page: Page, what: string) {
  const { AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(serious, `axe on ${what} (${page.url()})`).toEqual([]);
}
