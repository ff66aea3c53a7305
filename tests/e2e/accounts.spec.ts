import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./support";

test("a new student signs up, signs out, and signs back in", async ({ page }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "Grace Hopper", email, password: "compilers-rock", role: "student" });
  await expect(page.getByRole("link", { name: /Grace Hopper/ })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn(page, email, "compilers-rock");
  await expect(page.getByRole("link", { name: /Grace Hopper/ })).toBeVisible();
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({ page }) => {
  const email = uniqueEmail("wrongpw");
  await signUp(page, { name: "Alan", email, password: "right-password", role: "student" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Scoped to the form: Next adds its own (empty) route-announcer alert to every page.
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("sign-up shows field messages for bad input and keeps the user on the form", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Bo");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});
