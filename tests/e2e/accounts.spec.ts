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

test("signing in never follows a return URL to another site, and still follows one on this site", async ({ page, baseURL }) => {
  const email = uniqueEmail("return-url");
  await signUp(page, { name: "Return Url", email, password: "stay-on-site", role: "student" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Stands in for the other site, so a redirect there shows up as a URL instead of a network error.
  await page.route(/^https?:\/\/evil\.example\//, (route) => route.fulfill({ status: 200, body: "evil" }));

  const signInWith = async (callbackUrl: string) => {
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("stay-on-site");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const landed = new URL(page.url());
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    return landed;
  };

  // Browsers read "/\" and "/<tab>/" as "//", the start of another site's address.
  for (const hostile of ["/%5Cevil.example/x", "/%09/evil.example/x", "/%5C%5Cevil.example", "%2F%2Fevil.example", "https://evil.example/x", "/.//evil.example/x"]) {
    const landed = await signInWith(hostile);
    expect(landed.origin, hostile).toBe(new URL(baseURL!).origin);
    expect(landed.pathname, hostile).toBe("/exercises");
  }
  expect((await signInWith("/progress")).pathname).toBe("/progress");
  const withQuery = await signInWith(encodeURIComponent("/settings?tab=tokens"));
  expect(`${withQuery.pathname}${withQuery.search}`).toBe("/settings?tab=tokens");
});
